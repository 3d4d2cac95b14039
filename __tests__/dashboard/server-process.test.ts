import { freePort, startNode, stopAllProcesses, waitForHealthz, waitForOutput } from "./support/processes";

// The dashboard as it is really started: `node scripts/run-ts.js dashboard/server.ts` in a child
// process (express-openid-connect's openid-client 6 dependency is ESM, which jest cannot load).

const SERVER = ["scripts/run-ts.js", "dashboard/server.ts"];
const CLIENT_SECRET = "client-secret-that-must-never-be-printed";
const SESSION_SECRET = "session-secret-that-must-never-be-printed-0123456789";

/** Lines that look like a stack trace. */
const STACK_TRACE = /^\s+at |node_modules|\.ts:\d+/m;

afterAll(stopAllProcesses);

describe("dashboard server process", () => {
  test("without settings, it prints one line per missing variable and exits 1, without a stack trace", async () => {
    const proc = startNode(SERVER, {});
    expect(await proc.exited).toBe(1);
    const lines = proc.output().trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^dashboard: ISSUER_BASE_URL is not set; take it from the stack output issuer_base_url /),
      expect.stringMatching(/^dashboard: BASE_URL is not set; /),
      expect.stringMatching(/^dashboard: CLIENT_ID is not set; /),
      "dashboard: CLIENT_SECRET is not set; take it from the stack output <dashboard>_client_secret, e.g. terraform output -raw mlflow_client_secret",
      expect.stringMatching(/^dashboard: SECRET is not set; /),
      expect.stringMatching(/^dashboard: CLAIM_NAMESPACE is not set; /),
      "dashboard: not started; see docs/dashboard.md for the settings.",
    ]);
    expect(proc.output()).not.toMatch(STACK_TRACE);
  });

  test("with invalid settings, it names each problem and never prints the secrets", async () => {
    const proc = startNode(SERVER, {
      ISSUER_BASE_URL: "ml-dashboards-dev.eu.auth0.com",
      BASE_URL: "http://localhost:3000",
      CLIENT_ID: "client-id",
      CLIENT_SECRET,
      SECRET: "too-short-secret",
      CLAIM_NAMESPACE: "https://ml.example.com",
    });
    expect(await proc.exited).toBe(1);
    const output = proc.output();
    expect(output).toContain(
      'dashboard: ISSUER_BASE_URL "ml-dashboards-dev.eu.auth0.com" is invalid: expected an absolute URL',
    );
    expect(output).toContain("dashboard: SECRET is too short; expected at least 32 characters");
    expect(output).toContain(
      'dashboard: CLAIM_NAMESPACE "https://ml.example.com" is invalid: expected a trailing slash',
    );
    expect(output).not.toContain(CLIENT_SECRET);
    expect(output).not.toContain("too-short-secret");
    expect(output).not.toMatch(STACK_TRACE);
  });

  describe("with the tenant unreachable", () => {
    let baseUrl: string;
    let proc: ReturnType<typeof startNode>;

    beforeAll(async () => {
      const [port, closedPort] = [await freePort(), await freePort()];
      baseUrl = `http://127.0.0.1:${port}`;
      proc = startNode(SERVER, {
        // Nothing listens there: discovery happens at the first login, so the server still starts.
        ISSUER_BASE_URL: `http://127.0.0.1:${closedPort}/`,
        BASE_URL: baseUrl,
        CLIENT_ID: "client-id",
        CLIENT_SECRET,
        SECRET: SESSION_SECRET,
        CLAIM_NAMESPACE: "https://ml.example.com/",
      });
      await waitForHealthz(proc, baseUrl);
    });

    test("/healthz answers 200 ok without a login", async () => {
      const response = await fetch(`${baseUrl}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("ok");
    });

    test("a page that needs a login answers 503 with a clear page, no stack trace, and logs why", async () => {
      const response = await fetch(`${baseUrl}/`, { redirect: "manual", headers: { accept: "text/html" } });
      expect(response.status).toBe(503);
      const page = await response.text();
      expect(page).toContain('data-testid="issuer-unreachable"');
      expect(page).toContain("Sign-in is unavailable");
      expect(page).not.toMatch(STACK_TRACE);
      expect(page).not.toContain("ECONNREFUSED");
      await waitForOutput(
        proc,
        /dashboard: GET \/ → 503: cannot reach the tenant \(ISSUER_BASE_URL\): fetch failed: connect ECONNREFUSED/,
      );
      expect(proc.output()).not.toContain(CLIENT_SECRET);
      expect(proc.output()).not.toContain(SESSION_SECRET);
    });

    test("stops cleanly on SIGTERM", async () => {
      await proc.stop();
      expect(await proc.exited).toBe(0);
    });
  });
});
