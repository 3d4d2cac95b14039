// npm run dev: synthesizes an environment (default dev), starts a local Auth0-compatible tenant
// built from that stack, and the reference dashboard against it. Ctrl-C stops both.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { stackNameOf } from "../../lib/stack-name";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { LocalTenant, LocalTenantConfigError, startLocalTenant } from "../local-tenant";
import { readStackFile } from "../local-tenant/stack-file";
import { GATEWAY_ROUTES } from "../gateway/settings";
import { variableUses } from "../local-tenant/variables";
import { launchChild, LaunchedChild } from "./child-process";
import { checkClientUrls, DashboardEndpoint, dashboardEndpoint, pickLocalDashboard } from "./dashboard-endpoint";
import { DevOptions, DevUsageError, parseDevArgs, USAGE } from "./dev-args";
import { DevError } from "./dev-error";
import { devVariables, PasswordSource } from "./dev-passwords";
import { watchParent } from "./parent-watch";
import { portInUse } from "./port-check";
import { synthesizeOnPort } from "./port-variant";
import { StackDashboard, stackDashboards } from "./stack-dashboards";
import { demoDirectory, DemoUser } from "./upstream-directory";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const say = (line = "") => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`dev: ${line}\n`);

/** Signals that stop npm run dev in order (the dashboard, then the tenant). SIGKILL is covered by the children. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"];

interface DevStack {
  readonly file: string;
  /** Every Terraform variable the stack declares. */
  readonly variables: string[];
  /** User key -> the variable holding its initial password. */
  readonly passwordVariables: ReadonlyMap<string, string>;
  /** Users' emails and names, split into parts a generated password must not contain. */
  readonly personalInfo: string[];
  readonly dashboards: StackDashboard[];
  readonly stack: ReturnType<typeof readStackFile>;
}

/** What npm run dev needs from the stack, read with the local tenant's own stack reader. */
function readStack(stackFile: string): DevStack {
  const stack = readStackFile(stackFile);
  const passwordVariables = new Map<string, string>();
  for (const [variable, uses] of variableUses(stack)) {
    for (const where of uses) {
      const user = /^auth0_user\.(.+)\.password$/.exec(where)?.[1];
      if (user) passwordVariables.set(user, variable);
    }
  }
  const personalInfo = stack.resources
    .filter((r) => r.type === "auth0_user")
    .flatMap((r) => [r.body.email, r.body.nickname, r.body.name, r.body.username])
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(/[@.]/));
  return {
    file: stackFile,
    variables: Object.keys(stack.variables),
    passwordVariables,
    personalInfo,
    dashboards: stackDashboards(stack),
    stack,
  };
}

async function waitForHealth(
  url: string,
  dashboard: LaunchedChild,
  healthPath: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const health = new URL(healthPath, url);
  while (Date.now() < deadline) {
    if (!dashboard.running()) throw new DevError("the dashboard exited before it was ready (see its messages above)");
    try {
      const response = await fetch(health);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new DevError(`the dashboard did not answer ${health.href} within ${timeoutMs / 1000} s`);
}

function describeUsers(
  tenant: LocalTenant,
  passwordVariables: ReadonlyMap<string, string>,
  passwords: Map<string, PasswordSource>,
): string[] {
  const width = Math.max(...tenant.users.map((u) => u.email.length), 5);
  return tenant.users.map((u) => {
    const variable = passwordVariables.get(u.key);
    const source = variable ? passwords.get(variable) : undefined;
    // A password from TF_VAR_* is the user's own secret and is never printed; a generated one
    // exists only for this local run, on loopback, so it is shown to make logging in possible.
    const password = !source
      ? "no password"
      : source.generated
        ? `password: ${source.value}`
        : `password: from TF_VAR_${variable}`;
    const roles = u.roles.length > 0 ? u.roles.join(", ") : "(no role: the Action denies the dashboard)";
    return `    ${u.email.padEnd(width)}  ${password.padEnd(38)}  roles: ${roles}${u.blocked ? "  [blocked]" : ""}`;
  });
}

/** Synthesizes the environment into the project's cdktf.out, as cdktf synth would. */
function synthesize(options: DevOptions): DevStack | number {
  const outdir = path.resolve(options.projectRoot, process.env.CDKTF_OUTDIR ?? "cdktf.out");
  const code = runApp(options.projectRoot, {
    CDKTF_OUTDIR: outdir,
    ML_DASHBOARD_ENV: options.environment,
    ML_DASHBOARD_DEBUG: process.env.ML_DASHBOARD_DEBUG,
  });
  if (code !== 0) return code;
  return readStack(path.join(outdir, "stacks", stackNameOf(options.environment), "cdk.tf.json"));
}

/**
 * The stack the local tenant serves and where the dashboard runs. Everything that can refuse
 * the run is checked here, before any port is bound.
 */
async function plan(
  options: DevOptions,
  stack: DevStack,
  runDir: string,
): Promise<{ stack: DevStack; dashboard: StackDashboard; endpoint: DashboardEndpoint }> {
  const configured = pickLocalDashboard(stack.dashboards, options.dashboard, options.environment);
  const endpoint = dashboardEndpoint(configured, options.dashboardPort);
  const served = endpoint.moved
    ? readStack(synthesizeOnPort(options.projectRoot, options.environment, configured.key, endpoint.baseUrl, runDir))
    : stack;
  const dashboard = served.dashboards.find((d) => d.key === configured.key) ?? configured;
  checkClientUrls(dashboard, endpoint, options.dashboardPort, options.environment);
  let inUse: boolean;
  try {
    inUse = await portInUse(endpoint.host, endpoint.port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new DevError(
      `the dashboard cannot listen on ${endpoint.host} port ${endpoint.port} (${code}${code === "EACCES" ? ": ports below 1024 need root" : ""}); pick another port with PORT=<port> npm run dev`,
    );
  }
  if (inUse)
    throw new DevError(
      `port ${endpoint.port} on ${endpoint.host} is in use (another npm run dev?): stop that process, or pick another port for the dashboard with PORT=<port> npm run dev`,
    );
  return { stack: served, dashboard, endpoint };
}

/**
 * The gateway (tools/gateway) in front of `upstream`, configured from the local tenant's outputs
 * (written for it without client secrets) and given only the variables it needs.
 */
function startGateway(
  environment: string,
  tenant: LocalTenant,
  key: string,
  upstream: string,
  runDir: string,
  certificateFile: string,
): LaunchedChild {
  const outputsFile = path.join(runDir, "outputs.json");
  const outputs = Object.fromEntries(
    Object.entries(tenant.outputs).filter(([name]) => !name.endsWith("_client_secret")),
  );
  writeFileAtomic(outputsFile, JSON.stringify(outputs), 0o600);
  return launchChild({
    name: "gateway",
    entry: path.join(PROJECT_ROOT, "tools", "gateway", "server.ts"),
    args: ["--env", environment, "--dashboard", key, "--upstream", upstream, "--outputs", outputsFile],
    env: {
      CLIENT_SECRET: String(tenant.outputs[`${key}_client_secret`]),
      SECRET: randomBytes(32).toString("base64url"),
      // The tenant's certificate is self-signed: the gateway trusts exactly that certificate.
      NODE_EXTRA_CA_CERTS: certificateFile,
    },
  });
}

async function run(options: DevOptions): Promise<number> {
  const stackName = stackNameOf(options.environment);
  say(`Synthesizing ${stackName} ...`);
  const synthesized = synthesize(options);
  if (typeof synthesized === "number") return synthesized;
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "ml-dashboard-auth-dev-"));
  const removeRunDir = () => fs.rmSync(runDir, { recursive: true, force: true });
  let planned: Awaited<ReturnType<typeof plan>>;
  try {
    planned = await plan(options, synthesized, runDir);
  } catch (err) {
    removeRunDir();
    throw err;
  }
  const { stack, dashboard: chosen, endpoint } = planned;
  const passwords = devVariables(stack.variables, process.env, stack.personalInfo);

  // Federated connections sign in at a local upstream IdP: its directory is the one given, or
  // demo users made for this run from the stack's group mappings.
  let demoUsers: DemoUser[] = [];
  let directoryFile = options.idpDirectory;
  if (!directoryFile) {
    const demo = demoDirectory(stack.stack, path.join(runDir, "upstream-directory.json"));
    demoUsers = demo.users;
    directoryFile = demo.file;
  }
  let tenant: LocalTenant;
  try {
    tenant = await startLocalTenant({
      stackFile: stack.file,
      port: options.tenantPort,
      variables: Object.fromEntries([...passwords].map(([name, source]) => [name, source.value])),
      log: (line) => process.stderr.write(`tenant: ${line}\n`),
      upstream: directoryFile ? { directoryFile, port: options.idpPort } : undefined,
    });
  } catch (err) {
    removeRunDir();
    throw err;
  }
  const certificateFile = path.join(runDir, "local-tenant.pem");
  fs.writeFileSync(certificateFile, tenant.certificatePem, { mode: 0o600 });

  const key = chosen.key;
  // The reference dashboard, or the gateway in front of the given upstream (npm run dev -- --upstream).
  // Exactly what the dashboard needs, named as the stack's outputs map to its settings (see
  // README); nothing else of this process's environment reaches it.
  const dashboard = options.upstream
    ? startGateway(options.environment, tenant, key, options.upstream, runDir, certificateFile)
    : launchChild({
        name: "dashboard",
        entry: path.join(PROJECT_ROOT, "dashboard", "server.ts"),
        env: {
          ISSUER_BASE_URL: tenant.issuer,
          BASE_URL: endpoint.baseUrl,
          CLIENT_ID: String(tenant.outputs[`${key}_client_id`]),
          CLIENT_SECRET: String(tenant.outputs[`${key}_client_secret`]),
          CLAIM_NAMESPACE: String(tenant.outputs.claim_namespace),
          SECRET: randomBytes(32).toString("base64url"),
          PORT: String(endpoint.port),
          HOST: endpoint.host,
          // The tenant's certificate is self-signed: the dashboard trusts exactly that certificate.
          NODE_EXTRA_CA_CERTS: certificateFile,
        },
      });

  let stopping: Promise<number> | undefined;
  const stop = (code: number): Promise<number> =>
    (stopping ??= (async () => {
      await dashboard.stop();
      await tenant.close();
      removeRunDir();
      return code;
    })());
  const stopped = new Promise<number>((resolve) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => void stop(0).then(resolve));
    watchParent(() => {
      warn("the process that started npm run dev has exited; stopping");
      void stop(1).then(resolve);
    });
    void dashboard.exited.then(({ code, signal }) => {
      if (stopping) return;
      warn(`the dashboard stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the local tenant`);
      void stop(1).then(resolve);
    });
  });

  try {
    await waitForHealth(endpoint.baseUrl, dashboard, options.upstream ? GATEWAY_ROUTES.health : "/healthz");
  } catch (err) {
    await stop(1);
    throw err;
  }

  say();
  say(`ml-dashboard-auth: ${stackName} is running locally (Ctrl-C stops both)`);
  say(
    options.upstream
      ? `  Gateway       ${endpoint.baseUrl}   (${key}; open this) → ${options.upstream}`
      : `  Dashboard     ${endpoint.baseUrl}   (${key}; open this)`,
  );
  say(`  Local tenant  ${tenant.issuer}   (self-signed certificate: the browser asks once)`);
  if (tenant.users.length > 0) {
    say(`  Users`);
    for (const line of describeUsers(tenant, stack.passwordVariables, passwords)) say(line);
  }
  if (tenant.upstreamIssuer) {
    say(
      `  Upstream IdP  ${tenant.upstreamIssuer}   (stands in for the company IdP: "Continue with ..." on the login page)`,
    );
    // Demo passwords exist only for this run, on loopback, so they are shown.
    for (const u of demoUsers)
      say(`    ${u.email.padEnd(32)}  password: ${u.password.padEnd(22)}  groups: ${u.groups.join(", ") || "(none)"}`);
    if (options.idpDirectory) say(`    users: ${options.idpDirectory} (read at every login)`);
  }
  say();
  if (options.readyFile) {
    const ready = {
      dashboard: key,
      dashboardUrl: endpoint.baseUrl,
      issuer: tenant.issuer,
      clientId: tenant.outputs[`${key}_client_id`],
      users: tenant.users,
      pid: process.pid,
      dashboardPid: dashboard.pid,
      tenantPort: tenant.port,
      dashboardPort: endpoint.port,
      certificateFile,
      upstreamIssuer: tenant.upstreamIssuer,
    };
    writeFileAtomic(options.readyFile, JSON.stringify(ready, null, 2));
  }
  return stopped;
}

async function main(): Promise<void> {
  let options: DevOptions | "help";
  try {
    options = parseDevArgs(process.argv.slice(2), PROJECT_ROOT);
  } catch (err) {
    warn((err as Error).message);
    process.exit(64);
  }
  if (options === "help") {
    say(USAGE);
    return;
  }
  try {
    process.exitCode = await run(options);
  } catch (err) {
    if (err instanceof DevError || err instanceof LocalTenantConfigError || err instanceof DevUsageError) {
      warn(err.message);
    } else {
      warn(`unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
    }
    process.exitCode = 1;
  }
  // Nothing else keeps running once both are stopped.
  process.exit();
}

void main();
