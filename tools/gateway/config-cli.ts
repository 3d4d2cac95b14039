// npm run gateway:config -- --env <env> --dashboard <key> --format grafana|oauth2-proxy [--outputs <file>]
import * as path from "node:path";
import { DEFAULT_ADMIN_ROLES } from "../../dashboard/settings";
import { GatewayUsageError, loadOutputs, parseGatewayArgs } from "./cli-args";
import { ConfigFormatError, grafanaConfig, oauth2ProxyConfig } from "./config-formats";
import { upstreamProblem } from "./settings";
import { dashboardOutputs, StackOutputsError } from "./stack-outputs";

const USAGE = `usage: npm run gateway:config -- --env <env> --dashboard <key> --format grafana|oauth2-proxy [--outputs <file>]
  grafana:      prints an [auth.generic_oauth] block; --admin-roles/--editor-roles (comma-separated) pick the
                roles that become Grafana Admin/Editor (default admin: ${DEFAULT_ADMIN_ROLES.join(",")} when allowed), the rest Viewer
  oauth2-proxy: prints an oauth2-proxy config file; --upstream http://127.0.0.1:<port> sets its upstream`;

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean)
    : undefined;

function main(): number {
  let parsed: ReturnType<typeof parseGatewayArgs>;
  try {
    parsed = parseGatewayArgs(
      process.argv.slice(2),
      {
        format: { type: "string" },
        upstream: { type: "string" },
        "admin-roles": { type: "string" },
        "editor-roles": { type: "string" },
      },
      USAGE,
      PROJECT_ROOT,
    );
  } catch (err) {
    process.stderr.write(`gateway:config: ${(err as Error).message}\n`);
    return 64;
  }
  if (parsed === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { options, values } = parsed;
  const format = values.format;
  if (format !== "grafana" && format !== "oauth2-proxy") {
    process.stderr.write(
      `gateway:config: --format ${JSON.stringify(format ?? "")} is invalid: expected grafana or oauth2-proxy\n${USAGE}\n`,
    );
    return 64;
  }
  const upstream = typeof values.upstream === "string" ? values.upstream : undefined;
  const problem = upstream === undefined ? undefined : upstreamProblem(upstream);
  if (problem) {
    process.stderr.write(`gateway:config: --upstream ${JSON.stringify(upstream)} is invalid: ${problem}\n`);
    return 64;
  }
  try {
    const outputs = dashboardOutputs(loadOutputs(options), options.dashboard);
    const admin = list(values["admin-roles"]) ?? DEFAULT_ADMIN_ROLES.filter((r) => outputs.allowedRoles.includes(r));
    const generated =
      format === "grafana"
        ? grafanaConfig(outputs, {
            admin,
            editor: list(values["editor-roles"]) ?? [],
          })
        : oauth2ProxyConfig(outputs, upstream === undefined ? undefined : `${new URL(upstream).origin}/`);
    process.stdout.write(generated.text);
    for (const note of generated.notes) process.stderr.write(`gateway:config: note: ${note}\n`);
    return 0;
  } catch (err) {
    if (err instanceof StackOutputsError || err instanceof ConfigFormatError || err instanceof GatewayUsageError) {
      process.stderr.write(`gateway:config: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(
      `gateway:config: unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}\n`,
    );
    return 1;
  }
}

process.exitCode = main();
