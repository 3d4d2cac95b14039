import * as path from "node:path";
import { parseArgs } from "node:util";
import { ChosenPort } from "./dashboard-endpoint";

export interface DevOptions {
  /** Project folder holding config/ and rules/. */
  readonly projectRoot: string;
  /** Environment to run. */
  readonly environment: string;
  /** Dashboard key (default: the stack's first dashboard). */
  readonly dashboard?: string;
  /** HTTPS port of the local tenant (0: any free port). */
  readonly tenantPort: number;
  /** The dashboard's port, when chosen (--port or PORT); default: the port of its url in the config. */
  readonly dashboardPort?: ChosenPort;
  /** Where to write a JSON description of the running setup once it is ready (for tests and scripts). */
  readonly readyFile?: string;
  /** Start the gateway in front of this dashboard (e.g. http://127.0.0.1:8888) instead of the reference dashboard. */
  readonly upstream?: string;
  /** User directory of the local upstream IdP (default: demo users made from the stack's group mappings). */
  readonly idpDirectory?: string;
  /** Port of the local upstream IdP on 127.0.0.1 (0: any free port). */
  readonly idpPort: number;
}

export const USAGE = `usage: [PORT=<port>] npm run dev -- [--env dev] [--dashboard <key>] [--port <port>] [--tenant-port 4443] [--project <dir>] [--ready-file <file>] [--upstream http://127.0.0.1:<port>] [--idp-directory <file>] [--idp-port 4500]`;

export class DevUsageError extends Error {}

/**
 * The dashboard's port: --port, or else the PORT variable (the reference dashboard's own setting),
 * both meaning the same thing; given both, they must agree.
 */
function chosenPort(flag: string | undefined, env: NodeJS.ProcessEnv): ChosenPort | undefined {
  const fromEnv = env.PORT === "" ? undefined : env.PORT;
  const parse = (value: string, source: ChosenPort["source"]): ChosenPort => {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port < 1 || port > 65535)
      throw new DevUsageError(
        `${source} ${JSON.stringify(value)} is invalid; expected the dashboard's port, 1 to 65535 (e.g. PORT=3001 npm run dev)`,
      );
    return { port, source };
  };
  const fromFlag = flag === undefined ? undefined : parse(flag, "--port");
  const fromVariable = fromEnv === undefined ? undefined : parse(fromEnv, "PORT");
  if (fromFlag && fromVariable && fromFlag.port !== fromVariable.port)
    throw new DevUsageError(
      `--port ${fromFlag.port} and PORT=${fromVariable.port} disagree; both set the dashboard's port: give one of them`,
    );
  return fromFlag ?? fromVariable;
}

export function parseDevArgs(
  argv: readonly string[],
  defaultProjectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): DevOptions | "help" {
  let values: ReturnType<typeof parse>["values"];
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        env: { type: "string", default: "dev" },
        dashboard: { type: "string" },
        port: { type: "string" },
        "tenant-port": { type: "string", default: "4443" },
        project: { type: "string" },
        "ready-file": { type: "string" },
        upstream: { type: "string" },
        "idp-directory": { type: "string" },
        "idp-port": { type: "string", default: "0" },
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
  const idpPort = Number(values["idp-port"]);
  if (!Number.isInteger(idpPort) || idpPort < 0 || idpPort > 65535) {
    throw new DevUsageError(
      `--idp-port ${JSON.stringify(values["idp-port"])} is invalid; expected 0 (any free port) to 65535`,
    );
  }
  return {
    idpDirectory: values["idp-directory"] ? path.resolve(values["idp-directory"]) : undefined,
    idpPort,
    projectRoot: path.resolve(values.project ?? defaultProjectRoot),
    environment: values.env,
    dashboard: values.dashboard,
    tenantPort,
    dashboardPort: chosenPort(values.port, env),
    readyFile: values["ready-file"] ? path.resolve(values["ready-file"]) : undefined,
    upstream: values.upstream,
  };
}
