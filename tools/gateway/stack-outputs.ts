import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { dashboardOutputNames, STACK_OUTPUT_NAMES } from "../../lib/output-names";

/**
 * The stack's outputs, read from `terraform output -json` (each output is {value, type,
 * sensitive}) or from the local tenant's outputs file (each output is its value). Secrets in
 * them (`<dashboard>_client_secret`) are dropped on reading: the gateway takes CLIENT_SECRET
 * from the environment, and nothing here may print it.
 */
export class StackOutputsError extends Error {}

export type StackOutputs = ReadonlyMap<string, unknown>;

/** Outputs the gateway never keeps. */
const SECRET_OUTPUT = /_client_secret$/;

/** Where the outputs came from, for messages: a file, or the terraform command. */
export interface OutputsSource {
  readonly description: string;
  readonly outputs: StackOutputs;
}

/** Reads a `terraform output -json` file or a local tenant outputs file. */
export function readOutputsFile(file: string): OutputsSource {
  const relative = path.relative(process.cwd(), file);
  const description = relative && !relative.startsWith("..") ? relative : file;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // In the container image the gateway runs as an unprivileged user, which a mounted file must allow.
    const fix =
      code === "EACCES"
        ? `make it readable by the gateway's user (uid ${process.getuid?.() ?? "?"}), e.g. chmod 644 on its host copy`
        : `write it with terraform output -json > ${description}, or pass the local tenant's --outputs-file`;
    throw new StackOutputsError(
      `${description}: cannot read it (${code === "ENOENT" ? "no such file" : code}); ${fix}`,
    );
  }
  return { description, outputs: parseOutputs(text, description) };
}

/** Runs `terraform output -json` in the stack's folder (state from the stack's backend). */
export function readTerraformOutputs(stackDir: string): OutputsSource {
  const description = `terraform -chdir=${path.relative(process.cwd(), stackDir) || "."} output -json`;
  if (!fs.existsSync(path.join(stackDir, "cdk.tf.json"))) {
    throw new StackOutputsError(
      `${path.relative(process.cwd(), stackDir)}: no synthesized stack there; run npx cdktf synth (and deploy), or pass --outputs <file>`,
    );
  }
  const result = spawnSync("terraform", [`-chdir=${stackDir}`, "output", "-json", "-no-color"], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    timeout: 120_000,
  });
  if (result.error || result.status !== 0) {
    // Terraform's own message is about state and backends, never outputs' values.
    const reason = result.error ? result.error.message : (result.stderr.trim().split("\n")[0] ?? "");
    throw new StackOutputsError(`${description} failed: ${reason}; has the stack been deployed (cdktf deploy)?`);
  }
  return { description, outputs: parseOutputs(result.stdout, description) };
}

function parseOutputs(text: string, description: string): StackOutputs {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // The position only: the file holds secrets, so no excerpt of it.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new StackOutputsError(`${description}: not valid JSON${at ? ` (at character ${at})` : ""}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new StackOutputsError(`${description}: expected a JSON object of outputs, as terraform output -json writes`);
  }
  const outputs = new Map<string, unknown>();
  for (const [name, entry] of Object.entries(parsed as Record<string, unknown>)) {
    if (SECRET_OUTPUT.test(name)) continue;
    outputs.set(name, isTerraformOutput(entry) ? entry.value : entry);
  }
  if (outputs.size === 0) throw new StackOutputsError(`${description}: has no outputs; has the stack been applied?`);
  return outputs;
}

function isTerraformOutput(entry: unknown): entry is { value: unknown } {
  return !!entry && typeof entry === "object" && "value" in entry && ("type" in entry || "sensitive" in entry);
}

/** The dashboards the outputs describe (each has `<key>_client_id`). */
export function dashboardKeys(outputs: StackOutputs): string[] {
  const suffix = dashboardOutputNames("").clientId;
  return [...outputs.keys()].filter((n) => n.endsWith(suffix)).map((n) => n.slice(0, -suffix.length));
}

/** What the gateway and the generated configs need from the outputs, for one dashboard. */
export interface DashboardOutputs {
  readonly key: string;
  readonly issuerBaseUrl: string;
  readonly clientId: string;
  readonly baseUrl: string;
  readonly callbackUrls: readonly string[];
  readonly claimNamespace: string;
  readonly allowedRoles: readonly string[];
}

/** Picks one dashboard's values, with a message naming the source and the output for anything missing. */
export function dashboardOutputs(source: OutputsSource, key: string): DashboardOutputs {
  const { outputs, description } = source;
  const names = dashboardOutputNames(key);
  const keys = dashboardKeys(outputs);
  if (!keys.includes(key)) {
    throw new StackOutputsError(
      `${description}: no dashboard ${JSON.stringify(key)} (no ${key}_client_id output); the stack has ${keys.map((k) => JSON.stringify(k)).join(", ") || "none"}`,
    );
  }
  const text = (name: string): string => {
    const value = outputs.get(name);
    if (typeof value !== "string" || value.length === 0) throw missing(description, name, "a string");
    return value;
  };
  const list = (name: string, hint = ""): string[] => {
    const value = outputs.get(name);
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string" && v.length > 0)) {
      throw missing(description, name, "a non-empty list of strings", hint);
    }
    return value as string[];
  };
  return {
    key,
    issuerBaseUrl: text(STACK_OUTPUT_NAMES.issuerBaseUrl),
    clientId: text(names.clientId),
    baseUrl: text(names.baseUrl),
    callbackUrls: list(names.callbackUrls),
    claimNamespace: text(STACK_OUTPUT_NAMES.claimNamespace),
    allowedRoles: list(
      names.allowedRoles,
      "; stacks synthesized before the gateway existed lack it: synth and deploy again",
    ),
  };
}

function missing(description: string, name: string, expected: string, hint = ""): StackOutputsError {
  return new StackOutputsError(`${description}: output ${name} is missing or invalid; expected ${expected}${hint}`);
}
