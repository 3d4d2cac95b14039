// npm run gateway -- --env <env> --dashboard <key> --upstream http://127.0.0.1:<port> [--outputs <file>]
// An authenticating reverse proxy for a dashboard that has no login of its own.
import * as http from "node:http";
import * as path from "node:path";
import { openSessionStore } from "../../dashboard/session";
import { createGateway } from "./app";
import { GatewayUsageError, loadOutputs, parseGatewayArgs } from "./cli-args";
import { GatewaySettingsError, gatewaySettings } from "./settings";
import { dashboardOutputs, StackOutputsError } from "./stack-outputs";

const USAGE = `usage: npm run gateway -- --env <env> --dashboard <key> --upstream http://127.0.0.1:<port> [--outputs <terraform-output.json>]
  Settings come from the stack's outputs (terraform output -json in cdktf.out/stacks/ml-dashboard-auth-<env>,
  or the --outputs file: a terraform output -json file or the local tenant's outputs file), plus the
  environment: CLIENT_SECRET (output <key>_client_secret), SECRET (32+ random characters), and optionally
  PORT, HOST, SESSION_ABSOLUTE_DURATION, SESSION_ROLLING_DURATION, SESSION_STORE, SESSION_STORE_URL, SESSION_STORE_TABLE.`;

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const fail = (line: string, code = 1): never => {
  process.stderr.write(`gateway: ${line}\n`);
  process.exit(code);
};

function main(): void {
  let parsed: ReturnType<typeof parseGatewayArgs>;
  try {
    parsed = parseGatewayArgs(process.argv.slice(2), { upstream: { type: "string" } }, USAGE, PROJECT_ROOT);
  } catch (err) {
    return fail((err as Error).message, 64);
  }
  if (parsed === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const upstream = parsed.values.upstream;
  if (typeof upstream !== "string") return fail(`--upstream is required\n${USAGE}`, 64);

  let settings: ReturnType<typeof gatewaySettings>;
  try {
    const outputs = dashboardOutputs(loadOutputs(parsed.options), parsed.options.dashboard);
    settings = gatewaySettings(outputs, upstream, process.env);
  } catch (err) {
    if (err instanceof GatewaySettingsError) {
      for (const problem of err.problems) process.stderr.write(`gateway: ${problem}\n`);
      return fail("not started; see the README, Protecting an existing dashboard");
    }
    if (err instanceof StackOutputsError || err instanceof GatewayUsageError) return fail(err.message);
    return fail(`not started: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
  }

  const log = (line: string) => process.stderr.write(`gateway: ${line}\n`);
  const sessions = openSessionStore(settings.session, log);
  const gateway = createGateway(settings, sessions, log);
  const server = http.createServer(gateway.handleRequest);
  server.on("upgrade", gateway.handleUpgrade);
  server.on("error", (err: NodeJS.ErrnoException) => {
    void sessions.close();
    fail(
      `cannot listen on port ${settings.port}: ${err.code === "EADDRINUSE" ? "the port is in use; set PORT to another port" : err.message}`,
    );
  });
  server.listen(settings.port, settings.host ?? "::", () => {
    process.stdout.write(
      `gateway: ${settings.baseUrl} → ${settings.upstream.origin} (dashboard ${settings.key}; roles ${settings.allowedRoles.join(", ")}; ${settings.session.store.kind} sessions), listening on ${settings.host ?? "every interface"} port ${settings.port}\n`,
    );
  });
  const stop = () => {
    server.close(() => void Promise.allSettled([gateway.close(), sessions.close()]).finally(() => process.exit(0)));
    server.closeIdleConnections();
    // Upgraded (WebSocket) connections are not idle connections: end them too.
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main();
