import { execFileSync } from "node:child_process";
import { tempDir } from "../support/paths";
import { startPostgres, TestPostgres } from "../support/postgres";
import { describeWithCommands } from "../support/tools-available";
import { HttpSession } from "../dashboard/support/http-session";
import { startTestProvider } from "../dashboard/support/test-provider";
import { freePort, RunningProcess, stopAllProcesses, waitForOutput } from "../dashboard/support/processes";
import { startGateway, terraformOutputsJson, waitForGateway, writeFile } from "./support/gateway-process";
import { RecordingUpstream } from "./support/upstream";

// The gateway with its sessions in PostgreSQL (SESSION_STORE=postgres, as replicas share them),
// as `npm run gateway` runs and, in CI's image step, as the container image runs: the store
// creates its own table on first use, a login is kept there and a logout removes it.

const CLIENT_ID = "gateway-pg-client";
const CLIENT_SECRET = "gateway-pg-client-secret-7c21";
const SESSION_SECRET = "gateway-pg-session-secret-0123456789abcdef";
const CLAIM_NAMESPACE = "https://ml.example.com/";
const TABLE = "gateway_sessions";

describeWithCommands(["initdb", "pg_ctl", "psql"], "the gateway with sessions in PostgreSQL", () => {
  let postgres: TestPostgres;
  let issuer: string;
  let baseUrl: string;
  let upstream: RecordingUpstream;
  let gateway: RunningProcess;
  const workDir = tempDir("gateway-postgres");

  beforeAll(async () => {
    const postgresStarted = startPostgres();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    issuer = await startTestProvider({ CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL: baseUrl, CLAIM_NAMESPACE });
    upstream = new RecordingUpstream();
    const upstreamUrl = await upstream.start();
    const outputs = writeFile(
      workDir,
      "outputs.json",
      terraformOutputsJson({
        issuer_base_url: issuer,
        claim_namespace: CLAIM_NAMESPACE,
        mlflow_client_id: CLIENT_ID,
        mlflow_base_url: baseUrl,
        mlflow_callback_urls: [`${baseUrl}/callback`],
        mlflow_allowed_roles: ["ml-viewer"],
      }),
    );
    postgres = await postgresStarted;
    gateway = startGateway(["--env", "dev", "--dashboard", "mlflow", "--upstream", upstreamUrl, "--outputs", outputs], {
      CLIENT_SECRET,
      SECRET: SESSION_SECRET,
      SESSION_STORE: "postgres",
      SESSION_STORE_URL: postgres.connectionString,
      SESSION_STORE_TABLE: TABLE,
    });
    await waitForGateway(gateway, baseUrl);
  }, 120_000);

  afterAll(async () => {
    await stopAllProcesses();
    await upstream?.stop();
    postgres?.stop();
  });

  /** The ids of the sessions in the store's table. */
  const storedSessions = () =>
    execFileSync("psql", [postgres.connectionString, "-tAc", `SELECT sid FROM ${TABLE}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);

  test("creates its table, keeps a login there, and a logout removes it: a copied cookie is refused", async () => {
    const session = new HttpSession();
    session.setCookie(issuer, "login_as", "bob");
    const chain = await session.follow(`${baseUrl}/experiments`);
    expect({ status: chain.at(-1)?.status, log: chain.at(-1)?.status === 200 ? "" : gateway.output() }).toEqual({
      status: 200,
      log: "",
    });
    expect(upstream.requests.at(-1)).toMatchObject({ url: "/experiments" });
    const [loggedIn, ...others] = storedSessions();
    expect(others).toEqual([]);

    const copied = `appSession=${session.cookieValue(baseUrl, "appSession")}`;
    await session.follow(`${baseUrl}/_gateway/logout`);
    // Back at the base URL the stand-in tenant signs the browser in again at once: a new session.
    expect(storedSessions()).not.toContain(loggedIn);
    const replay = await fetch(`${baseUrl}/experiments`, {
      redirect: "manual",
      headers: { accept: "text/html", cookie: copied },
    });
    expect(replay.status).toBe(302);
    expect(gateway.output()).not.toContain("session store:");
  });

  test("with PostgreSQL down, a signed-in request gets 503 and the log blames the store, without its connection string", async () => {
    const session = new HttpSession();
    session.setCookie(issuer, "login_as", "bob");
    expect((await session.follow(`${baseUrl}/experiments`)).at(-1)?.status).toBe(200);
    const cookie = `appSession=${session.cookieValue(baseUrl, "appSession")}`;
    postgres.stop();
    const before = upstream.requests.length;
    const response = await fetch(`${baseUrl}/experiments`, {
      redirect: "manual",
      headers: { accept: "text/html", cookie },
    });
    expect(response.status).toBe(503);
    expect(upstream.requests.length).toBe(before);
    // The log line can reach the pipe after the response (in CI's image run, through the container
    // runtime too): wait for it rather than read the output once.
    await waitForOutput(gateway, /GET \/experiments → 503: session store \(SESSION_STORE_URL\) failed: /);
    expect(gateway.output()).not.toContain("cannot reach the tenant");
    expect(gateway.output()).not.toContain(postgres.connectionString);
  });
});
