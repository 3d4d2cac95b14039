import { startPostgres, TestPostgres } from "../support/postgres";
import { describeWithCommands } from "../support/tools-available";
import { HttpSession } from "./support/http-session";
import { startTestProvider } from "./support/test-provider";
import { freePort, startNode, stopAllProcesses, waitForHealthz } from "./support/processes";

// Two replicas of the dashboard behind one BASE_URL, sharing sessions in a real PostgreSQL
// (SESSION_STORE=postgres): a login on one is valid on the other, and a logout on one ends the
// session on both, so a copied cookie is refused everywhere.

const CLIENT_ID = "dashboard-test-client";
const CLIENT_SECRET = "dashboard-test-client-secret-5f1c";
const SESSION_SECRET = "dashboard-test-session-secret-0123456789abcdef";
const CLAIM_NAMESPACE = "https://ml.example.com/";

describeWithCommands(["initdb", "pg_ctl"], "sessions shared by two replicas in PostgreSQL", () => {
  let postgres: TestPostgres;
  let issuer: string;
  let replicaA: string;
  let replicaB: string;
  const logs: Array<() => string> = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    const basePort = await freePort();
    replicaA = `http://127.0.0.1:${basePort}`;
    issuer = await startTestProvider({ CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL: replicaA, CLAIM_NAMESPACE });
    const portB = await freePort();
    replicaB = `http://127.0.0.1:${portB}`;
    for (const port of [basePort, portB]) {
      const replica = startNode(["scripts/run-ts.js", "dashboard/server.ts"], {
        ISSUER_BASE_URL: issuer,
        // Both serve the same public URL, as replicas behind a load balancer do.
        BASE_URL: replicaA,
        PORT: String(port),
        CLIENT_ID,
        CLIENT_SECRET,
        SECRET: SESSION_SECRET,
        CLAIM_NAMESPACE,
        SESSION_STORE: "postgres",
        SESSION_STORE_URL: postgres.connectionString,
      });
      logs.push(() => replica.output());
      await waitForHealthz(replica, `http://127.0.0.1:${port}`);
    }
  }, 120_000);

  afterAll(async () => {
    await stopAllProcesses();
    postgres?.stop();
  });

  const visit = (base: string, cookie: string) =>
    fetch(`${base}/`, { redirect: "manual", headers: { accept: "text/html", cookie: `appSession=${cookie}` } });

  test("a login on one replica is valid on the other, and a logout on either ends it on both", async () => {
    const browser = new HttpSession();
    browser.setCookie(issuer, "login_as", "alice");
    const chain = await browser.follow(`${replicaA}/`);
    expect(chain[chain.length - 1].status).toBe(200);
    const cookie = browser.cookieValue(replicaA, "appSession")!;

    const onB = await visit(replicaB, cookie);
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain('data-testid="admin-panel"');

    // Logout on B (its /logout redirects to the tenant), then the copied cookie on A.
    const logout = await fetch(`${replicaB}/logout`, {
      redirect: "manual",
      headers: { accept: "text/html", cookie: `appSession=${cookie}` },
    });
    expect(logout.status).toBe(302);
    expect(logout.headers.get("location")!.startsWith(`${issuer}v2/logout?`)).toBe(true);
    for (const base of [replicaA, replicaB]) {
      const replay = await visit(base, cookie);
      expect(replay.status).toBe(302);
      expect(replay.headers.get("location")!.startsWith(`${issuer}auth?`)).toBe(true);
    }
  });

  test("the replicas never log the connection string", () => {
    for (const output of logs) expect(output()).not.toContain(postgres.connectionString);
    expect(logs.map((o) => o()).join("")).toContain("postgres session store");
  });
});
