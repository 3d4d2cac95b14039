import * as path from "node:path";
import { parseArgs } from "node:util";

export interface DevOptions {
  /** Project folder holding config/ and rules/. */
  readonly projectRoot: string;
  /** Environment to run. */
  readonly environment: string;
  /** Dashboard key (default: the stack's first dashboard). */
  readonly dashboard?: string;
  /** HTTPS port of the local tenant (0: any free port). */
  readonly tenantPort: number;
  /** Where to write a JSON description of the running setup once it is ready (for tests and scripts). */
  readonly readyFile?: string;
}

export const USAGE = `usage: npm run dev -- [--env dev] [--dashboard <key>] [--tenant-port 4443] [--project <dir>] [--ready-file <file>]`;

export class DevUsageError extends Error {}

export function parseDevArgs(argv: readonly string[], defaultProjectRoot: string): DevOptions | "help" {
  let values: ReturnType<typeof parse>["values"];
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        env: { type: "string", default: "dev" },
        dashboard: { type: "string" },
        "tenant-port": { type: "string", default: "4443" },
        project: { type: "string" },
        "ready-file": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  }
  try {
    values = parse().values;
  } catch (err) {
    throw new DevUsageError(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) return "help";
  const tenantPort = Number(values["tenant-port"]);
  if (!Number.isInteger(tenantPort) || tenantPort < 0 || tenantPort > 65535) {
    throw new DevUsageError(
      `--tenant-port ${JSON.stringify(values["tenant-port"])} is invalid; expected 0 (any free port) to 65535`,
    );
  }
  return {
    projectRoot: path.resolve(values.project ?? defaultProjectRoot),
    environment: values.env!,
    dashboard: values.dashboard,
    tenantPort,
    readyFile: values["ready-file"] ? path.resolve(values["ready-file"]) : undefined,
  };
}
