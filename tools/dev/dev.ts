// npm run dev: synthesizes an environment (default dev), starts a local Auth0-compatible tenant
// built from that stack, and the reference dashboard against it. Ctrl-C stops both.
import { ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { stackNameOf } from "../../lib/stack";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { LocalTenant, LocalTenantConfigError, startLocalTenant } from "../local-tenant";
import { readStackFile } from "../local-tenant/stack-file";
import { variableUses } from "../local-tenant/variables";
import { DevOptions, DevUsageError, parseDevArgs, USAGE } from "./dev-args";
import { devVariables, PasswordSource } from "./dev-passwords";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const say = (line = "") => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`dev: ${line}\n`);

class DevError extends Error {}

interface DevStack {
  /** Every Terraform variable the stack declares. */
  readonly variables: string[];
  /** User key -> the variable holding its initial password. */
  readonly passwordVariables: ReadonlyMap<string, string>;
  /** Users' emails and names, split into parts a generated password must not contain. */
  readonly personalInfo: string[];
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
  return { variables: Object.keys(stack.variables), passwordVariables, personalInfo };
}

function pickDashboard(outputs: Record<string, unknown>, wanted: string | undefined): string {
  const keys = Object.keys(outputs)
    .filter((name) => name.endsWith("_client_id"))
    .map((name) => name.slice(0, -"_client_id".length));
  if (keys.length === 0) throw new DevError("the stack has no dashboard (no <dashboard>_client_id output)");
  if (wanted === undefined) return keys[0];
  if (!keys.includes(wanted))
    throw new DevError(
      `--dashboard ${JSON.stringify(wanted)}: no such dashboard; the stack has ${keys.map((k) => JSON.stringify(k)).join(", ")}`,
    );
  return wanted;
}

async function waitForHealth(url: string, dashboard: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dashboard.exitCode !== null)
      throw new DevError(
        `the dashboard exited with code ${dashboard.exitCode} before it was ready (see its messages above)`,
      );
    try {
      const response = await fetch(new URL("/healthz", url));
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new DevError(`the dashboard did not answer ${new URL("/healthz", url)} within ${timeoutMs / 1000} s`);
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

async function run(options: DevOptions): Promise<number> {
  const stackName = stackNameOf(options.environment);
  say(`Synthesizing ${stackName} ...`);
  const outdir = path.resolve(options.projectRoot, process.env.CDKTF_OUTDIR ?? "cdktf.out");
  const synthCode = runApp(options.projectRoot, {
    ...process.env,
    CDKTF_OUTDIR: outdir,
    ML_DASHBOARD_ENV: options.environment,
  });
  if (synthCode !== 0) return synthCode;
  const stackFile = path.join(outdir, "stacks", stackName, "cdk.tf.json");
  const stack = readStack(stackFile);
  const passwords = devVariables(stack.variables, process.env, stack.personalInfo);

  const tenant = await startLocalTenant({
    stackFile,
    port: options.tenantPort,
    variables: Object.fromEntries([...passwords].map(([name, source]) => [name, source.value])),
    log: (line) => process.stderr.write(`tenant: ${line}\n`),
  });
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "ml-dashboard-auth-dev-"));
  const certificateFile = path.join(runDir, "local-tenant.pem");
  fs.writeFileSync(certificateFile, tenant.certificatePem, { mode: 0o600 });

  const key = pickDashboard(tenant.outputs, options.dashboard);
  const baseUrl = String(tenant.outputs[`${key}_base_url`]);
  const dashboard = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, "scripts", "run-ts.js"), path.join(PROJECT_ROOT, "dashboard", "server.ts")],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        // The names the stack's outputs map to (see README): the same as after `cdktf deploy`.
        ISSUER_BASE_URL: tenant.issuer,
        BASE_URL: baseUrl,
        CLIENT_ID: String(tenant.outputs[`${key}_client_id`]),
        CLIENT_SECRET: String(tenant.outputs[`${key}_client_secret`]),
        CLAIM_NAMESPACE: String(tenant.outputs.claim_namespace),
        SECRET: randomBytes(32).toString("base64url"),
        // The tenant's certificate is self-signed: the dashboard trusts exactly that certificate.
        NODE_EXTRA_CA_CERTS: certificateFile,
      },
    },
  );

  let stopping: Promise<number> | undefined;
  const stop = (code: number): Promise<number> =>
    (stopping ??= (async () => {
      if (dashboard.exitCode === null && dashboard.signalCode === null) {
        const exited = new Promise((resolve) => dashboard.once("exit", resolve));
        dashboard.kill("SIGTERM");
        await exited;
      }
      await tenant.close();
      fs.rmSync(runDir, { recursive: true, force: true });
      return code;
    })());
  const stopped = new Promise<number>((resolve) => {
    process.once("SIGINT", () => void stop(0).then(resolve));
    process.once("SIGTERM", () => void stop(0).then(resolve));
    dashboard.once("exit", (code, signal) => {
      if (stopping) return;
      warn(`the dashboard stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the local tenant`);
      void stop(1).then(resolve);
    });
  });

  try {
    await waitForHealth(baseUrl, dashboard);
  } catch (err) {
    await stop(1);
    throw err;
  }

  say();
  say(`ml-dashboard-auth: ${stackName} is running locally (Ctrl-C stops both)`);
  say(`  Dashboard     ${baseUrl}   (${key}; open this)`);
  say(`  Local tenant  ${tenant.issuer}   (self-signed certificate: the browser asks once)`);
  say(`  Users`);
  for (const line of describeUsers(tenant, stack.passwordVariables, passwords)) say(line);
  say();
  if (options.readyFile) {
    const ready = {
      dashboard: key,
      dashboardUrl: baseUrl,
      issuer: tenant.issuer,
      clientId: tenant.outputs[`${key}_client_id`],
      users: tenant.users,
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
      warn((err as Error).message);
    } else {
      warn(`unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
    }
    process.exitCode = 1;
  }
  // Nothing else keeps running once both are stopped.
  process.exit();
}

void main();
