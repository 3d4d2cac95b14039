import * as fs from "node:fs";
import { findNodeAtLocation, parseTree } from "jsonc-parser";

/** 1-based line and column of the value at a JSON path in a file, or undefined when it is not there. */
export function jsonLocation(
  file: string,
  path: ReadonlyArray<string | number>,
): { line: number; column: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const tree = parseTree(text);
  if (!tree) return undefined;
  // The closest ancestor that exists (a default the file does not spell out points at its parent).
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
    if (!node) continue;
    const anchor = node.parent?.type === "property" ? node.parent : node;
    const before = text.slice(0, anchor.offset);
    const line = before.split("\n").length;
    return { line, column: anchor.offset - before.lastIndexOf("\n") };
  }
  return undefined;
}

/** "dashboards.mlflow.callbackUrls[0]" → ["dashboards", "mlflow", "callbackUrls", 0]. */
export function parseJsonPath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return out;
}
