import * as fs from "node:fs";
import { jsonSyntaxErrorAt } from "../../lib/json-syntax-error";
import { isObject, stackNameFromFile, synthesizedStack } from "../stack-model";
import { LocalTenantConfigError } from "./errors";

/** A resource block of cdk.tf.json: `resource.<type>.<name>`. */
export interface StackResource {
  readonly type: string;
  readonly name: string;
  /** `<type>.<name>`, as Terraform names it in messages. */
  readonly address: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** The parts of a synthesized stack the local tenant reads. */
export interface StackFile {
  /** The file, as given (for messages). */
  readonly file: string;
  /** cdktf's stack name ("//".metadata.stackName), when present. */
  readonly stackName?: string;
  readonly resources: readonly StackResource[];
  readonly variables: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly locals: Readonly<Record<string, unknown>>;
  readonly outputs: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** `provider.auth0` blocks. */
  readonly auth0Providers: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/** Top-level blocks that do not change what the tenant contains after apply. */
const PASSIVE_BLOCKS = new Set(["//", "terraform", "import", "moved", "removed", "check"]);

/** Reads and shape-checks a synthesized `cdk.tf.json`. */
export function readStackFile(file: string): StackFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LocalTenantConfigError(
      code === "ENOENT"
        ? `${file}: no such file; run "cdktf synth" (or node scripts/run-ts.js main.ts) first, then pass cdktf.out/stacks/<stack>/cdk.tf.json`
        : `${file}: cannot read it (${code ?? String(err)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LocalTenantConfigError(
      `${file}: not valid JSON (${jsonSyntaxErrorAt(text, err)}; the text is not shown, it may hold a secret); pass the cdk.tf.json that cdktf synth wrote`,
    );
  }
  return parseStack(file, json);
}

/**
 * Shape-checks a parsed `cdk.tf.json` strictly (the local tenant refuses what it cannot
 * emulate), then reads it through the shared stack model.
 */
export function parseStack(file: string, json: unknown): StackFile {
  checkEmulatable(file, json);
  const model = synthesizedStack(json, file, stackNameFromFile(file));
  const blocksOf = (kind: "variable" | "output") =>
    Object.fromEntries(model.elements.filter((e) => e.kind === kind).map((e) => [e.name, e.block]));
  return {
    file,
    stackName: model.cdktfStackName,
    resources: model.elements
      .filter((e) => e.kind === "resource")
      .map((e) => ({ type: e.type, name: e.name, address: e.address, body: e.block })),
    variables: blocksOf("variable"),
    locals: model.locals,
    outputs: blocksOf("output"),
    auth0Providers: model.elements.filter((e) => e.kind === "provider" && e.type === "auth0").map((e) => e.block),
  };
}

/** What the shared (lenient) model would skip, the local tenant refuses, naming where. */
function checkEmulatable(file: string, json: unknown): asserts json is Record<string, unknown> {
  if (!isObject(json)) throw new LocalTenantConfigError(`${file}: expected a JSON object (a synthesized cdk.tf.json)`);
  for (const key of Object.keys(json)) {
    if (PASSIVE_BLOCKS.has(key) || ["resource", "variable", "locals", "output", "provider"].includes(key)) continue;
    if (key === "data" && isObject(json.data) && Object.keys(json.data).length === 0) continue;
    if (key === "data") {
      const first = Object.entries(json.data as Record<string, unknown>)[0];
      const name = isObject(first?.[1]) ? Object.keys(first[1])[0] : undefined;
      throw new LocalTenantConfigError(
        `${file}: data source data.${first?.[0]}${name ? `.${name}` : ""} cannot be emulated: it reads a live tenant; the local tenant is built from resources only`,
      );
    }
    if (key === "module") {
      throw new LocalTenantConfigError(
        `${file}: Terraform modules ("module" block) cannot be emulated; the local tenant reads resources of this stack only`,
      );
    }
    throw new LocalTenantConfigError(`${file}: top-level block "${key}" cannot be emulated by the local tenant`);
  }

  const block = (key: string): Record<string, unknown> => {
    const value = json[key];
    if (value === undefined) return {};
    if (!isObject(value)) throw new LocalTenantConfigError(`${file}: "${key}" must be an object`);
    return value;
  };
  for (const [type, byName] of Object.entries(block("resource"))) {
    if (!isObject(byName))
      throw new LocalTenantConfigError(`${file}: resource.${type} must be an object of named resources`);
    for (const [name, body] of Object.entries(byName)) {
      if (!isObject(body)) throw new LocalTenantConfigError(`${file}: resource ${type}.${name} must be an object`);
    }
  }
  for (const key of ["variable", "output"]) {
    for (const [name, body] of Object.entries(block(key))) {
      if (!isObject(body)) throw new LocalTenantConfigError(`${file}: ${key}.${name} must be an object`);
    }
  }
  block("locals");
  const auth0 = block("provider").auth0;
  const auth0Providers = auth0 === undefined ? [] : Array.isArray(auth0) ? auth0 : [auth0];
  if (!auth0Providers.every(isObject))
    throw new LocalTenantConfigError(`${file}: provider.auth0 must be an object or a list of objects`);
}
