import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { freePort } from "../support/free-port";
import { Browser, logIn, runTenantToExit, startTenantProcess, synthDevStack, tfVars } from "../local-tenant/harness";

/**
 * The secrets sweep: every error path of every tool, run with canary values where a user's
 * secrets live (a password typed into a config field, TF_VAR_*, AUTH0_*, AWS_*, PG_CONN_STR,
 * TF_TOKEN_*, the dashboard's own secrets), and no canary may appear in anything printed: synth,
 * policy, plan review, the local tenant, the dashboard (npm run dev's own runs, logins included,
 * are swept in __tests__/dev/dev-processes.test.ts).
 */

/** A password a user might type in the wrong place: it meets the dev connection's policy. */
const TYPED = "Cnry-Typed-Pw-8814!";
const ENV_CANARIES: Record<string, string> = {
  TF_VAR_unrelated_secret: "cnry-sweep-tfvar-5b1",
  AUTH0_DOMAIN: "cnry-sweep-auth0-domain.eu.auth0.com",
  AUTH0_CLIENT_ID: "cnry-sweep-auth0-client-id-77",
  AUTH0_CLIENT_SECRET: "cnry-sweep-auth0-client-secret-31",
  AUTH0_READONLY_CLIENT_SECRET: "cnry-sweep-auth0-readonly-08",
  AWS_ACCESS_KEY_ID: "AKIACNRYSWEEP0EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "cnry-sweep-aws-secret-64",
  AWS_SESSION_TOKEN: "cnry-sweep-aws-session-19",
  PG_CONN_STR: "postgres://terraform:cnry-sweep-pg-52@127.0.0.1:5432/state",
  TF_TOKEN_app_terraform_io: "cnry-sweep-tf-token-40",
};
// What must never be printed: each value whole, its distinctive cnry-… part (a connection
// string's password, say), and the ends of the typed password (what a syntax error quoting a
// few bytes around the error would show).
const FRAGMENTS = [
  ...new Set([
    TYPED,
    TYPED.slice(0, 8),
    TYPED.slice(-8),
    ...Object.values(ENV_CANARIES),
    ...Object.values(ENV_CANARIES).flatMap((value) => value.match(/c?nry[\w-]*/gi) ?? []),
  ]),
];

function expectNoCanary(what: string, output: string): void {
  const leaked = FRAGMENTS.filter((f) => output.includes(f));
  // The message names the run and the fragments, never the output around them.
  expect({ what, leaked }).toEqual({ what, leaked: [] });
}

const RUN_TS = path.join(PROJECT_ROOT, "scripts", "run-ts.js");

/** Runs a TypeScript entry point with the canary environment; returns everything it printed. */
function runTool(entry: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [RUN_TS, path.join(PROJECT_ROOT, entry), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? "", CHECKPOINT_DISABLE: "1", ...ENV_CANARIES, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const dir = tempDir("secrets-sweep");
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
/** The parts of a config file the sweep edits. */
interface Config {
  users: Record<string, Record<string, unknown> | string>;
  dashboards: Record<string, { url: string }>;
}
const devConfig = () => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "config", "dev.json"), "utf8")) as Config;
const alice = (config: Config) => config.users.alice as Record<string, unknown>;

describe("synth: config errors never show a secret typed into the config", () => {
  test("every file's errors are reported, and none shows the password", () => {
    const project = path.join(dir, "synth");
    fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(project, "rules"), { recursive: true });
    const text = JSON.stringify(devConfig(), null, 2);
    const withUser = (edit: (user: Record<string, unknown>) => void) => {
      const config = devConfig();
      edit(alice(config));
      return JSON.stringify(config, null, 2);
    };
    const cases: Record<string, string> = {
      // Each in its own environment, so that one run reports them all.
      "password-as-variable-name": withUser((u) => (u.passwordVariable = TYPED)),
      "password-under-an-unknown-key": withUser((u) => (u.password = TYPED)),
      "user-given-as-a-password": (() => {
        const config = devConfig();
        config.users.bob = TYPED;
        return JSON.stringify(config, null, 2);
      })(),
      "unquoted-password": text.replace('"passwordVariable": "alice_password"', `"passwordVariable": ${TYPED}`),
      "truncated-after-a-password": text.slice(0, text.indexOf('"alice_password"')) + `"${TYPED}`,
      "credentials-in-a-url": (() => {
        const config = devConfig();
        config.dashboards.mlflow.url = `http://admin:${encodeURIComponent(TYPED)}@localhost:3000`;
        return JSON.stringify(config, null, 2);
      })(),
    };
    for (const [name, body] of Object.entries(cases)) write(path.join("synth", "config", `${name}.json`), body);

    const printed: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      jest.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
    const spies = [capture(process.stdout), capture(process.stderr)];
    let code: number;
    try {
      code = runApp(project, { ...ENV_CANARIES, CDKTF_OUTDIR: path.join(dir, "synth-out") }, (line) =>
        printed.push(line),
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const output = printed.join("\n");
    expect(code).toBe(1);
    for (const name of Object.keys(cases)) expect(output).toContain(`${name}.json`);
    expectNoCanary("synth", output);
  });
});

/** The example dev stack, as the plan-review fixtures hold it, with `edit` applied. */
interface Stack {
  variable: Record<string, { default?: unknown }>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
}
function devStack(edit: (stack: Stack) => void): string {
  const stack = JSON.parse(
    fs.readFileSync(
      path.join(PROJECT_ROOT, "__tests__", "plan-review", "fixtures", "stacks", "ml-dashboard-auth-dev", "cdk.tf.json"),
      "utf8",
    ),
  ) as Stack;
  edit(stack);
  return JSON.stringify(stack, null, 2);
}

const STACK_CASES = (): Record<string, string> => ({
  "unquoted.json": `{\n  "variable": {\n    "alice_password": { "default": ${TYPED} }\n  }\n}\n`,
  "truncated.json": `{\n  "variable": {\n    "alice_password": { "default": "${TYPED}`,
  "sensitive-default.json": devStack((s) => {
    s.variable.alice_password.default = TYPED;
  }),
  "literal-client-secret.json": devStack((s) => {
    s.resource.auth0_client_credentials.mlflow.client_secret = TYPED;
  }),
  "credentials-in-callback.json": devStack((s) => {
    s.resource.auth0_client.mlflow.callbacks = [`https://admin:${encodeURIComponent(TYPED)}@mlflow.example.com/cb`];
  }),
});

describe("policy, plan review and the local tenant: bad inputs holding a secret", () => {
  const files = Object.entries(STACK_CASES()).map(([name, text]) => write(path.join("stacks", name), text));

  test.each([
    ["policy", "tools/policy/cli.ts", []],
    ["plan review", "tools/plan-review/cli.ts", []],
    ["plan review --first-apply", "tools/plan-review/cli.ts", ["--first-apply"]],
  ])("%s", (what, entry, args) => {
    for (const file of files.filter((f) => what !== "policy" || !f.endsWith("credentials-in-callback.json"))) {
      const run = runTool(entry, [...args, file]);
      expect(run.output).not.toBe("");
      expectNoCanary(`${what} ${path.basename(file)}`, run.output);
    }
  });

  test("the local tenant, started on each, shows none of it", async () => {
    for (const file of files) {
      const run = await runTenantToExit({ stack: file, env: { ...ENV_CANARIES, ...tfVars() } });
      expectNoCanary(`local tenant ${path.basename(file)}`, `${run.stdout}${run.stderr}`);
    }
  }, 120_000);
});

describe("the local tenant's log: passwords typed anywhere at login, and passwords it refuses", () => {
  test("a password typed as the email, or a wrong one, is never logged", async () => {
    const stack = path.join(dir, "tenant-out");
    synthDevStack(stack);
    const tenant = await startTenantProcess({
      stack: path.join(stack, "stacks", "ml-dashboard-auth-dev", "cdk.tf.json"),
      dir,
      env: { ...ENV_CANARIES, ...tfVars() },
    });
    try {
      const client = {
        clientId: String(tenant.outputs.mlflow_client_id),
        redirectUri: "http://localhost:3000/callback",
      };
      const browser = new Browser(tenant.certificatePem);
      const typedAsEmail = await logIn(browser, tenant, client, { email: TYPED, password: TYPED });
      expect(typedAsEmail.final.body).toContain("Wrong email or password.");
      const wrongPassword = await logIn(new Browser(tenant.certificatePem), tenant, client, {
        email: "alice@example.com",
        password: TYPED,
      });
      expect(wrongPassword.final.body).toContain("Wrong email or password.");
    } finally {
      await tenant.stop();
    }
    expect(tenant.stderr()).toContain("login failed");
    expectNoCanary("local tenant log", tenant.stderr());
  }, 120_000);

  test("a TF_VAR_ password the connection's policy refuses is named, not shown", async () => {
    const stack = path.join(dir, "tenant-policy-out");
    synthDevStack(stack);
    const weak = "cnry-alice-weak-17"; // contains the user's name: the policy refuses it
    const run = await runTenantToExit({
      stack: path.join(stack, "stacks", "ml-dashboard-auth-dev", "cdk.tf.json"),
      env: { ...ENV_CANARIES, ...tfVars(), TF_VAR_alice_password: weak },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("TF_VAR_alice_password");
    expect(run.stderr).not.toContain(weak);
    expect(run.stderr).not.toContain(weak.slice(0, 10));
  }, 120_000);
});

describe("the dashboard: settings errors", () => {
  test("bad or missing settings are named, their secret values never shown", () => {
    const run = runTool("dashboard/server.ts", [], {
      CLIENT_SECRET: TYPED,
      SECRET: `${TYPED}-short`,
      SESSION_STORE: "postgres",
      SESSION_STORE_URL: `postgres://u:${encodeURIComponent(TYPED)}@ host/db`,
      BASE_URL: "http://localhost:3000",
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain("ISSUER_BASE_URL");
    expect(run.output).toContain("SECRET is too short");
    expect(run.output).toContain("SESSION_STORE_URL is invalid (not shown)");
    expectNoCanary("dashboard", run.output);
  });
});

describe("npm run dev: its refusals", () => {
  const project = path.join(dir, "dev");
  fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(project, "rules"), { recursive: true });
  write(
    path.join("dev", "config", "prod.json"),
    fs.readFileSync(path.join(PROJECT_ROOT, "config", "prod.json"), "utf8"),
  );
  const broken = devConfig();
  alice(broken).passwordVariable = TYPED;
  write(path.join("dev", "config", "broken.json"), JSON.stringify(broken, null, 2));

  test.each([
    ["a config error", ["--env", "broken"], {}],
    ["a non-loopback environment", ["--env", "prod"], {}],
    ["a TF_VAR_ password the policy refuses", [], { TF_VAR_alice_password: "cnry-alice-weak-17" }],
  ])(
    "%s",
    async (what, args, env: Record<string, string>) => {
      // The dashboard on a free port, so that the run gets as far as the tenant.
      const dev = devConfig();
      dev.dashboards.mlflow.url = `http://localhost:${await freePort()}`;
      write(path.join("dev", "config", "dev.json"), JSON.stringify(dev, null, 2));
      const run = runTool("tools/dev/dev.ts", ["--project", project, "--tenant-port", "0", ...args], env);
      expect(run.status).not.toBe(0);
      expectNoCanary(`npm run dev, ${what}`, run.output);
      expect(run.output).not.toContain("cnry-alice-weak");
    },
    120_000,
  );
});
