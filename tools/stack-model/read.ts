import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseJsonc, ParseError } from "jsonc-parser";
import { isObject, StackModel } from "./model";
import { isPlanJson, planStack } from "./plan";
import { synthesizedStack, TERRAFORM_JSON_BLOCKS } from "./synthesized";

/** A file or folder that is not a stack or plan; the message names it and says what to pass. */
export class StackInputError extends Error {}

const EXPECTED =
  'expected a synthesized Terraform JSON stack (cdktf.out/stacks/<stack>/cdk.tf.json, or any *.tf.json) or a plan ("terraform show -json <planfile>")';

/** Reads one JSON document, refusing binary plans and keeping file contents out of messages. */
export function readJson(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    throw new StackInputError(
      `${file}: ${reason}; run npx cdktf synth first, or pass the path of a cdk.tf.json or plan`,
    );
  }
  // A binary plan (`terraform plan -out`) is a zip archive.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    throw new StackInputError(
      `${file}: a binary plan file, not JSON; convert it with "terraform show -json ${file} > ${file}.json"`,
    );
  }
  const text = bytes.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    // V8's message may quote a piece of the file, which could be a secret: give the position only.
    throw new StackInputError(`${file}: not valid JSON (syntax error at ${syntaxErrorPosition(text)}); ${EXPECTED}`);
  }
}

/** "line L column C" of the first JSON syntax error. */
function syntaxErrorPosition(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  const offset = errors[0]?.offset ?? text.length;
  const before = text.slice(0, offset);
  return `line ${before.split("\n").length} column ${offset - before.lastIndexOf("\n")}`;
}

/** Which kind of document it is, or why it is neither (with a hint). */
export function detectDocument(json: unknown, file: string): "synthesized" | "plan" {
  if (!isObject(json)) throw new StackInputError(`${file}: not a JSON object; ${EXPECTED}`);
  if (isPlanJson(json)) return "plan";
  const keys = Object.keys(json);
  if (keys.length === 0) throw new StackInputError(`${file}: an empty JSON object; ${EXPECTED}`);
  const foreign = keys.filter((k) => !TERRAFORM_JSON_BLOCKS.has(k));
  if (foreign.length === 0 && keys.some((k) => k !== "//")) return "synthesized";
  if ("tenant" in json && "dashboards" in json)
    throw new StackInputError(
      `${file}: an environment config, not a stack; run npx cdktf synth and pass cdktf.out/stacks/<stack>/cdk.tf.json (config checks run inside synth)`,
    );
  if ("name" in json && ("dependencies" in json || "scripts" in json || "version" in json))
    throw new StackInputError(`${file}: an npm package.json, not a stack; ${EXPECTED}`);
  if ("resource_changes" in json || "planned_values" in json)
    throw new StackInputError(
      `${file}: looks like a plan but has no "format_version"; pass the output of terraform show -json`,
    );
  const shown = foreign
    .slice(0, 3)
    .map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k))
    .join(", ");
  throw new StackInputError(
    `${file}: top-level key${foreign.length > 1 ? "s" : ""} ${shown} ${foreign.length > 1 ? "are" : "is"} not Terraform; ${EXPECTED}`,
  );
}

/** The stack name a file stands for: cdktf's folder for cdk.tf.json, else the file name without its suffixes. */
export function stackNameFromFile(file: string): string {
  const base = path.basename(file);
  if (base === "cdk.tf.json") return path.basename(path.dirname(path.resolve(file)));
  return base.replace(/(\.plan)?(\.tf)?\.json$/, "");
}

/** Reads one stack or plan file, detecting which it is. */
export function readStackModel(file: string): StackModel {
  const json = readJson(file);
  const kind = detectDocument(json, file);
  const record = json as Record<string, unknown>;
  return kind === "plan"
    ? planStack(record, file, stackNameFromFile(file))
    : synthesizedStack(record, file, stackNameFromFile(file));
}

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".terraform", ".git"]);

/**
 * The stack and plan files a command-line argument names: a file itself; a cdktf output folder
 * (its manifest.json lists the stacks); or any folder, searched for `*.tf.json` and `*.plan.json`.
 */
export function stackFilesIn(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new StackInputError(
      `${target}: no such file or folder; run npx cdktf synth first, or pass the path of a cdk.tf.json or plan`,
    );
  }
  if (!stat.isDirectory()) return [target];
  const manifest = path.join(target, "manifest.json");
  if (fs.existsSync(manifest)) {
    const json = readJson(manifest);
    const stacks = isObject(json) && isObject(json.stacks) ? Object.values(json.stacks) : [];
    const files = stacks
      .map((s) => (isObject(s) ? s.synthesizedStackPath : undefined))
      .filter((p): p is string => typeof p === "string")
      .map((p) => path.join(target, p))
      .sort();
    if (files.length > 0) return files;
  }
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith(".")) walk(path.join(dir, entry.name));
      } else if (/\.(tf|plan)\.json$/.test(entry.name)) found.push(path.join(dir, entry.name));
    }
  };
  walk(target);
  if (found.length === 0)
    throw new StackInputError(`${target}: a folder with no *.tf.json or *.plan.json file in it; ${EXPECTED}`);
  return found;
}

/** Every stack the arguments name (files and folders), in order. */
export function readStackModels(targets: readonly string[]): StackModel[] {
  return targets.flatMap(stackFilesIn).map(readStackModel);
}
