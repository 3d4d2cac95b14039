import { parseArgs } from "node:util";
import { AdoptError } from "./errors";
import { PLAN_READ_SCOPES } from "../deploy/read-only-scopes";
import { REQUIRED_SCOPES } from "./scopes";

export const USAGE = `usage: npm run adopt -- --env <name> [options]

Reads an existing Auth0 tenant through the Management API and writes config/<name>.json, in
which every adopted object carries its Auth0 id, so that synth writes Terraform import blocks.

Credentials of a machine-to-machine application come from the environment:
  AUTH0_DOMAIN          the tenant, e.g. my-tenant.eu.auth0.com
  AUTH0_CLIENT_ID       its client id
  AUTH0_CLIENT_SECRET   its client secret (never written anywhere)
It needs these Management API scopes (read-only):
${Object.entries(REQUIRED_SCOPES)
  .map(([scope, what]) => `  ${scope.padEnd(18)}${what}`)
  .join("\n")}
The read-only application that pull-request and drift plans use (README, "Deploying to a real
tenant") has exactly these scopes, which include the ones above:
  ${Object.keys(PLAN_READ_SCOPES).join(" ")}

options:
  --env NAME            environment name: writes config/NAME.json
  --dashboards LIST     regular-web applications to adopt as dashboards, by client id or name,
                        comma-separated (default: those marked as dashboards in client metadata,
                        or every regular-web application when none is marked)
  --connection NAME     database connection to adopt (default: Username-Password-Authentication,
                        or the only database connection)
  --tenant-domain HOST  tenant.domain to write (default: AUTH0_DOMAIN)
  --config-dir DIR      where config files live (default: config)
  --force               replace an existing config/NAME.json
  -h, --help            show this help`;

export interface AdoptOptions {
  readonly env: string;
  readonly dashboards?: readonly string[];
  readonly connection?: string;
  readonly tenantDomain?: string;
  readonly configDir: string;
  readonly force: boolean;
  readonly help: boolean;
}

/** Environment names become file and stack names; the config loader uses the same rule. */
const ENV_NAME = /^[a-z][a-z0-9-]{0,30}$/;

export function parseAdoptArgs(argv: readonly string[]): AdoptOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        env: { type: "string" },
        dashboards: { type: "string" },
        connection: { type: "string" },
        "tenant-domain": { type: "string" },
        "config-dir": { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new AdoptError(`${(err as Error).message}; see --help`);
  }
  if (values.help) return { env: "", configDir: "config", force: false, help: true };
  const env = values.env;
  if (typeof env !== "string" || env === "") throw new AdoptError("--env <name> is required; see --help");
  if (!ENV_NAME.test(env)) {
    throw new AdoptError(
      `--env ${JSON.stringify(env)} is invalid; expected lowercase letters, digits and hyphens, starting with a letter (at most 31)`,
    );
  }
  const list = typeof values.dashboards === "string" ? values.dashboards.split(",").map((s) => s.trim()) : undefined;
  if (list !== undefined && list.some((s) => s === "")) {
    throw new AdoptError("--dashboards expects client ids or names separated by commas, with none empty");
  }
  return {
    env,
    dashboards: list,
    connection: values.connection as string | undefined,
    tenantDomain: values["tenant-domain"] as string | undefined,
    configDir: (values["config-dir"] as string | undefined) ?? "config",
    force: values.force === true,
    help: false,
  };
}
