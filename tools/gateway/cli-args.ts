import * as path from "node:path";
import { parseArgs } from "node:util";
import { stackNameOf } from "../../lib/stack-name";
import { OutputsSource, readOutputsFile, readTerraformOutputs } from "./stack-outputs";

export class GatewayUsageError extends Error {}

/** The options both commands share: which stack outputs, which dashboard. */
export interface OutputsOptions {
  readonly environment: string;
  readonly dashboard: string;
  /** A `terraform output -json` file or a local tenant outputs file; default: run terraform output in the env's stack. */
  readonly outputsFile?: string;
  readonly projectRoot: string;
}

const SHARED = {
  env: { type: "string" },
  dashboard: { type: "string" },
  outputs: { type: "string" },
  project: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const ENVIRONMENT_NAME = /^[A-Za-z0-9_-]+$/;

/** Parses argv with the shared options plus `extra`; returns "help" for --help. */
export function parseGatewayArgs<E extends Record<string, { type: "string" | "boolean" }>>(
  argv: readonly string[],
  extra: E,
  usage: string,
  defaultProjectRoot: string,
) {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { ...SHARED, ...extra },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new GatewayUsageError(`${(err as Error).message}\n${usage}`);
  }
  if (values.help) return "help" as const;
  for (const required of ["env", "dashboard"]) {
    if (typeof values[required] !== "string" || values[required] === "")
      throw new GatewayUsageError(`--${required} is required\n${usage}`);
  }
  const environment = values.env as string;
  if (!ENVIRONMENT_NAME.test(environment))
    throw new GatewayUsageError(`--env ${JSON.stringify(environment)} is invalid: expected a config name such as dev`);
  const options: OutputsOptions = {
    environment,
    dashboard: values.dashboard as string,
    outputsFile: typeof values.outputs === "string" ? path.resolve(values.outputs) : undefined,
    projectRoot: path.resolve(typeof values.project === "string" ? values.project : defaultProjectRoot),
  };
  return { options, values };
}

/** Reads the outputs the options point at. */
export function loadOutputs(options: OutputsOptions): OutputsSource {
  if (options.outputsFile) return readOutputsFile(options.outputsFile);
  return readTerraformOutputs(path.join(options.projectRoot, "cdktf.out", "stacks", stackNameOf(options.environment)));
}
