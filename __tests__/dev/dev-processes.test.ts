import * as fs from "node:fs";
import * as path from "node:path";
import { INHERITED_VARIABLES } from "../../tools/dev/child-process";
import { tempDir } from "../support/paths";
import { freePort } from "../support/free-port";
import {
  DevReady,
  devProject,
  environmentOf,
  eventually,
  listening,
  processGone,
  startDev,
  waitForReady,
  WebClient,
} from "./support/dev-run";

/**
 * npm run dev with real processes and ports: what its dashboard child receives, that PORT moves
 * the whole dashboard (URL, callback, readiness), and that nothing outlives it, however it is
 * stopped (through npm or directly, SIGKILL included).
 */

// Canaries: credentials a developer may have exported. None may reach the dashboard or any output.
const PASSWORDS = {
  alice: "Cnry7-TfVarA-q7Zx",
  bob: "Cnry7-TfVarB-w4Yv",
  carol: "Cnry7-TfVarC-e2Xu",
  dave: "Cnry7-TfVarD-r9Wt",
};
const CANARY_ENV: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PASSWORDS).map(([user, pw]) => [`TF_VAR_${user}_password`, pw])),
  TF_VAR_unrelated_secret: "cnry-tfvar-unrelated-5b1",
  AUTH0_DOMAIN: "cnry-auth0-domain.eu.auth0.com",
  AUTH0_CLIENT_ID: "cnry-auth0-client-id-77",
  AUTH0_CLIENT_SECRET: "cnry-auth0-client-secret-31",
  AUTH0_READONLY_CLIENT_SECRET: "cnry-auth0-readonly-secret-08",
  AWS_ACCESS_KEY_ID: "AKIACNRY0000EXAMPLE",
  AWS_SECRET_ACCESS_KEY: "cnry-aws-secret-access-key-64",
  AWS_SESSION_TOKEN: "cnry-aws-session-token-19",
  PG_CONN_STR: "postgres://terraform:cnry-pg-password-52@127.0.0.1:5432/state",
  TF_TOKEN_app_terraform_io: "cnry-tf-token-app-terraform-io-40",
  GITHUB_TOKEN: "cnry-github-token-86",
  SOME_SERVICE_API_KEY: "cnry-unlisted-api-key-23",
};
const CANARIES = Object.values(CANARY_ENV);

// What the dashboard is given explicitly (its settings, see docs/dashboard.md), and what Node
// itself adds for the IPC channel the child watches.
const DASHBOARD_SETTINGS = [
  "ISSUER_BASE_URL",
  "BASE_URL",
  "CLIENT_ID",
  "CLIENT_SECRET",
  "CLAIM_NAMESPACE",
  "SECRET",
  "PORT",
  "HOST",
  "NODE_EXTRA_CA_CERTS",
];
const NODE_IPC = ["NODE_CHANNEL_FD", "NODE_CHANNEL_SERIALIZATION_MODE"];

const expectNoCanary = (text: string) => {
  for (const canary of CANARIES) expect(text).not.toContain(canary);
};

async function expectAllStopped(ready: DevReady): Promise<void> {
  await eventually(
    "npm run dev and its dashboard have exited",
    () => processGone(ready.pid) && processGone(ready.dashboardPid),
  );
  // Their ports are free once nothing listens there any more; a process that kept one open would
  // still fail this, after the wait.
  await eventually("the dashboard's and the tenant's ports are closed", async () => {
    const open = await Promise.all([listening(ready.dashboardPort), listening(ready.tenantPort)]);
    return open.every((isOpen) => !isOpen);
  });
}

describe("PORT=<port> npm run dev, stopped with SIGTERM to npm", () => {
  const dir = tempDir("dev-port");
  let port: number;
  let ready: DevReady;
  let run: ReturnType<typeof startDev>;

  beforeAll(async () => {
    port = await freePort();
    const project = devProject(path.join(dir, "project"));
    const readyFile = path.join(dir, "ready.json");
    run = startDev({
      viaNpm: true,
      args: ["--project", project, "--tenant-port", "0", "--ready-file", readyFile],
      env: { ...CANARY_ENV, PORT: String(port) },
    });
    ready = await waitForReady(run, readyFile);
  }, 150_000);

  test("the dashboard, its callback and the readiness check all follow PORT", () => {
    expect(ready.dashboardUrl).toBe(`http://localhost:${port}`);
    expect(ready.dashboardPort).toBe(port);
    expect(run.output()).toContain(`Dashboard     http://localhost:${port}`);
    expect(environmentOf(ready.dashboardPid)).toMatchObject({
      BASE_URL: `http://localhost:${port}`,
      PORT: String(port),
    });
  });

  test("a login works end to end on that port: the tenant accepts its callback", async () => {
    const client = new WebClient(fs.readFileSync(ready.certificateFile, "utf8"));
    const chain = await client.logIn(ready.dashboardUrl, "bob@example.com", PASSWORDS.bob);
    const authorize = chain.find((r) => r.url.pathname === "/authorize");
    expect(authorize?.url.searchParams.get("redirect_uri")).toBe(`http://localhost:${port}/callback`);
    expect(chain.some((r) => r.url.href.startsWith(`http://localhost:${port}/callback?code=`))).toBe(true);
    const page = chain[chain.length - 1];
    expect([page.url.href, page.status]).toEqual([`http://localhost:${port}/`, 200]);
    expect(page.body).toContain('data-testid="user-email">bob@example.com');
  });

  test("the dashboard's environment is its settings and the inherited allow-list, nothing else", () => {
    const env = environmentOf(ready.dashboardPid);
    const allowed = new Set([...INHERITED_VARIABLES, ...DASHBOARD_SETTINGS, ...NODE_IPC]);
    expect(Object.keys(env).filter((name) => !allowed.has(name))).toEqual([]);
    expectNoCanary(Object.values(env).join("\n"));
    // npm's own variables (npm_config_*, npm_package_*) do not pass either.
    expect(Object.keys(env).some((name) => name.startsWith("npm_"))).toBe(false);
  });

  test("SIGTERM to npm stops npm run dev, the tenant and the dashboard; no output shows a canary", async () => {
    run.child.kill("SIGTERM");
    await run.exited;
    await expectAllStopped(ready);
    expectNoCanary(run.output());
  }, 60_000);
});

describe("npm run dev dies with its parent, whatever signal it gets", () => {
  const dir = tempDir("dev-signals");
  // Started together (each on its own ports), then stopped one way each.
  const ways = ["npm SIGKILL", "SIGINT", "SIGHUP", "SIGKILL"] as const;
  const runs = new Map<(typeof ways)[number], { run: ReturnType<typeof startDev>; ready: DevReady }>();

  beforeAll(async () => {
    await Promise.all(
      ways.map(async (way, i) => {
        const port = await freePort();
        const project = devProject(path.join(dir, `project-${i}`), (config) => {
          config.dashboards.mlflow.url = `http://localhost:${port}`;
        });
        const readyFile = path.join(dir, `ready-${i}.json`);
        const run = startDev({
          viaNpm: way.startsWith("npm"),
          args: ["--project", project, "--tenant-port", "0", "--ready-file", readyFile],
          env: CANARY_ENV,
        });
        runs.set(way, { run, ready: await waitForReady(run, readyFile) });
      }),
    );
  }, 240_000);

  test("npm killed with SIGKILL: npm run dev notices its parent is gone and stops both", async () => {
    const { run, ready } = runs.get("npm SIGKILL")!;
    run.child.kill("SIGKILL");
    await expectAllStopped(ready);
    expect(run.output()).toContain("the process that started npm run dev has exited; stopping");
    expectNoCanary(run.output());
  }, 60_000);

  test.each(["SIGINT", "SIGHUP"] as const)(
    "%s to npm run dev stops the dashboard and the tenant, then exits 0",
    async (signal) => {
      const { run, ready } = runs.get(signal)!;
      run.child.kill(signal);
      expect(await run.exited).toBe(0);
      await expectAllStopped(ready);
    },
    60_000,
  );

  test("npm run dev killed with SIGKILL: the dashboard sees its launcher gone and exits", async () => {
    const { run, ready } = runs.get("SIGKILL")!;
    run.child.kill("SIGKILL");
    expect(await run.exited).toBe("SIGKILL");
    await expectAllStopped(ready);
  }, 60_000);
});
