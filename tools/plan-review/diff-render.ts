import { createRequire } from "node:module";
import type * as DiffLibrary from "diff";

/**
 * The diff library, loaded on the first long value: most reviews have none, and loading it
 * takes about a sixth of the command's start-up.
 */
let diffLibrary: typeof DiffLibrary | undefined;
const loadDiffLibrary = (): typeof DiffLibrary =>
  (diffLibrary ??= createRequire(__filename)("diff") as typeof DiffLibrary);

/** Strings longer than this, or with a line break, are reviewed as a unified diff. */
export const LONG_STRING_LENGTH = 120;

export function isLongString(value: unknown): value is string {
  return typeof value === "string" && (value.length > LONG_STRING_LENGTH || value.includes("\n"));
}

/** A list of plain values too long for a table cell: reviewed as a diff, one element a line. */
export function isLongList(value: unknown): value is unknown[] {
  return Array.isArray(value) && JSON.stringify(value).length > LONG_STRING_LENGTH;
}

/** One JSON-encoded element per line, so a list diff shows exactly the elements added or removed. */
export function listLines(value: unknown): string {
  return Array.isArray(value) ? value.map((item) => JSON.stringify(item)).join("\n") : "";
}

/**
 * A unified diff of two versions of a long string (Action code, a JSON document), so a
 * reviewer reads the changed lines rather than two blobs. JSON documents are pretty-printed
 * first so that a change inside a one-line JSON string shows as the lines that changed.
 * The inputs must already be free of secrets.
 */
export function unifiedDiff(label: string, before: string, after: string): string {
  const [oldJson, newJson] = [prettyJson(before), prettyJson(after)];
  // Pretty-print only when every non-empty side is JSON; otherwise diff the text as it is.
  const asJson =
    (oldJson ?? newJson) !== undefined &&
    (oldJson !== undefined || before === "") &&
    (newJson !== undefined || after === "");
  const [oldText, newText] = asJson ? [oldJson ?? "", newJson ?? ""] : [before, after];
  const patch = loadDiffLibrary().structuredPatch(
    label,
    label,
    withFinalNewline(oldText),
    withFinalNewline(newText),
    "",
    "",
    {
      context: 3,
    },
  );
  const lines = [`--- ${label} (before)`, `+++ ${label} (after)`];
  for (const hunk of patch.hunks) {
    // As in GNU diff, an empty side's range starts at line 0.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    lines.push(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`);
    // "\ No newline at end of file" is noise here: the final newline was added above.
    for (const line of hunk.lines) if (!line.startsWith("\\")) lines.push(line);
  }
  return lines.join("\n");
}

function withFinalNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** The JSON document in a string, pretty-printed, or undefined when it is not one. */
function prettyJson(text: string): string | undefined {
  const start = text.trimStart()[0];
  if (start !== "{" && start !== "[") return undefined;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}
