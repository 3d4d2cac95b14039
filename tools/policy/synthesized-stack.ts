import * as fs from "node:fs";
import * as path from "node:path";
import { jsonSyntaxErrorAt } from "../../lib/json-syntax-error";

/** A synthesized cdk.tf.json, as the policy rules read it. */
export interface SynthesizedStack {
  /** Stack name (the folder under cdktf.out/stacks), or the file name. */
  readonly name: string;
  readonly file: string;
  readonly json: TerraformJson;
}

export interface TerraformJson {
  readonly provider?: Record<string, Array<Record<string, unknown>> | Record<string, unknown>>;
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly output?: Record<string, Record<string, unknown>>;
}

export class StackReadError extends Error {}

/** Reads one cdk.tf.json. */
export function readStack(file: string): SynthesizedStack {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new StackReadError(`${file}: no such file; run npx cdktf synth first, or pass the path of a cdk.tf.json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new StackReadError(
      `${file}: not valid JSON (${jsonSyntaxErrorAt(text, err)}; the text is not shown, it may hold a secret); expected a synthesized cdk.tf.json`,
    );
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new StackReadError(`${file}: expected a JSON object (a synthesized cdk.tf.json)`);
  }
  const dir = path.basename(path.dirname(file));
  return {
    name: path.basename(file) === "cdk.tf.json" ? dir : path.basename(file, ".json"),
    file,
    json: json,
  };
}

/** Every stack that the last `cdktf synth` wrote, from cdktf.out/manifest.json. */
export function readSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const manifestFile = path.join(outdir, "manifest.json");
  let manifest: { stacks?: Record<string, { synthesizedStackPath?: string }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as typeof manifest;
  } catch {
    throw new StackReadError(`${manifestFile}: not found or unreadable; run npx cdktf synth first`);
  }
  return Object.values(manifest.stacks ?? {})
    .map((s) => s.synthesizedStackPath)
    .filter((p): p is string => typeof p === "string")
    .sort()
    .map((p) => readStack(path.join(outdir, p)));
}

/** Every resource of a type, as [name, config]. */
export function resourcesOf(stack: SynthesizedStack, type: string): Array<[string, Record<string, unknown>]> {
  return Object.entries(stack.json.resource?.[type] ?? {});
}

/** A block that cdktf may write as an object or as a one-element list. */
export function block(value: unknown): Record<string, unknown> | undefined {
  return asRecord(Array.isArray(value) ? (value as unknown[])[0] : value);
}

/** The value as a JSON object, or undefined when it is anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A value as text for a message: strings as they are, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The value as a list of strings (non-strings dropped), or [] when it is not a list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The `//` comment cdktf and our constructs attach to a resource. */
export function comment(resource: Record<string, unknown>): Record<string, unknown> {
  return asRecord(resource["//"]) ?? {};
}
