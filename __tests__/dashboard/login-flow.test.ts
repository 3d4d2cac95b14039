import { DEFAULT_SESSION_ROLLING_SECONDS } from "../../dashboard/session";
import { HttpResponse, HttpSession } from "./support/http-session";
import { startTestProvider } from "./support/test-provider";
import { freePort, RunningProcess, startNode, stopAllProcesses, waitForHealthz } from "./support/processes";

// Full authorization-code logins against a real OpenID Connect provider standing in for the
// Auth0 tenant (support/oidc-test-provider.mjs), with the dashboard started as it is in real
// use. Both run as child processes on 127.0.0.1; the test plays the browser over plain HTTP.

const CLIENT_ID = "dashboard-test-client";
const CLIENT_SECRET = "dashboard-test-client-secret-5f1c";
const SESSION_SECRET = "dashboard-test-session-secret-0123456789abcdef";
const CLAIM_NAMESPACE = "https://ml.example.com/";

let issuer: string;
let baseUrl: string;
let dashboard: RunningProcess;

beforeAll(async () => {
  baseUrl = `http://127.0.0.1:${await freePort()}`;
  issuer = await startTestProvider({ CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL: baseUrl, CLAIM_NAMESPACE });
  dashboard = startNode(["scripts/run-ts.js", "dashboard/server.ts"], {
    ISSUER_BASE_URL: issuer,
    BASE_URL: baseUrl,
    CLIENT_ID,
    CLIENT_SECRET,
    SECRET: SESSION_SECRET,
    CLAIM_NAMESPACE,
  });
  await waitForHealthz(dashboard, baseUrl);
});

afterAll(stopAllProcesses);

/** Opens the dashboard as a fresh browser would, signing in at the provider as `account`. */
async function visitAs(account: string): Promise<{ session: HttpSession; chain: HttpResponse[]; page: HttpResponse }> {
  const session = new HttpSession();
  session.setCookie(issuer, "login_as", account);
  const chain = await session.follow(`${baseUrl}/`);
  return { session, chain, page: chain[chain.length - 1] };
}

const testIds = (body: string) => [...body.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]);

describe("login flow against an OpenID Connect provider", () => {
  test("the dashboard sends a code-flow request with PKCE to the tenant, for its /callback", async () => {
    const response = await new HttpSession().get(`${baseUrl}/`);
    expect(response.status).toBe(302);
    const authorize = new URL(response.location!);
    expect(`${authorize.origin}/`).toBe(issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: "code",
      scope: "openid profile email",
      redirect_uri: `${baseUrl}/callback`,
      code_challenge_method: "S256",
    });
    expect(authorize.searchParams.get("code_challenge")).toBeTruthy();
  });

  // The provider only accepts client_secret_post at its token endpoint, so every successful
  // login below also shows that the dashboard authenticates the way the stack configures it.
  test("a viewer sees the metrics, their email and roles, and no admin panel", async () => {
    const { chain, page } = await visitAs("bob");
    expect(chain.some((r) => r.url.startsWith(`${baseUrl}/callback?code=`))).toBe(true);
    expect(page.url).toBe(`${baseUrl}/`);
    expect(page.status).toBe(200);
    expect(testIds(page.body)).toEqual(
      expect.arrayContaining(["user-email", "user-roles", "logout", "metrics-chart", "metrics-table"]),
    );
    expect(testIds(page.body)).not.toContain("admin-panel");
    expect(page.body).toContain('<span data-testid="user-email">bob@example.com</span>');
    expect(page.body).toContain('<span class="roles" data-testid="user-roles">ml-viewer</span>');
  });

  test("an admin also sees the admin panel", async () => {
    const { page } = await visitAs("alice");
    expect(page.status).toBe(200);
    expect(testIds(page.body)).toEqual(expect.arrayContaining(["metrics-table", "metrics-chart", "admin-panel"]));
    expect(page.body).toContain("Admin panel");
  });

  test("a login the tenant denies (error=access_denied at /callback) shows the 403 access-denied page with the escaped reason", async () => {
    const { chain, page } = await visitAs("mallory");
    const callback = chain.find((r) => r.url.startsWith(`${baseUrl}/callback?`));
    expect(new URL(callback!.url).searchParams.get("error")).toBe("access_denied");
    expect(page).toBe(callback);
    expect(page.status).toBe(403);
    expect(page.body).toContain('data-testid="access-denied"');
    expect(page.body).toContain("You need one of the roles ml-viewer, ml-admin to use &lt;ML Dashboard&gt;.");
    expect(page.body).not.toContain("<ML Dashboard>");
    expect(page.body).toContain('<a href="/logout" data-testid="switch-user">Log in as someone else</a>');
    expect(testIds(page.body)).not.toContain("metrics-table");
  });

  test("a signed-in user with neither role gets the 403 no-access page", async () => {
    const { page } = await visitAs("carol");
    expect(page.status).toBe(403);
    expect(page.body).toContain('data-reason="no-role"');
    expect(page.body).toContain("You don't have access to this dashboard");
    expect(page.body).toContain('data-testid="user-email">carol@example.com');
    expect(testIds(page.body)).not.toContain("metrics-table");
  });

  test("a token without the roles claim gets the 403 page, naming the claim it looked for", async () => {
    const { page } = await visitAs("erin");
    expect(page.status).toBe(403);
    expect(page.body).toContain("The ID token has no https://ml.example.com/roles claim.");
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and pages carry the security headers", async () => {
    const { chain, page } = await visitAs("bob");
    const callback = chain.find((r) => r.url.startsWith(`${baseUrl}/callback?`))!;
    const sessionCookie = callback.headers.getSetCookie().find((c) => c.startsWith("appSession="));
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("x-powered-by")).toBeNull();
    expect(page.body).not.toContain("<script");
  });

  test("logout ends the session and goes through the tenant's /v2/logout back to BASE_URL", async () => {
    const { session } = await visitAs("bob");
    const logout = await session.get(`${baseUrl}/logout`);
    expect(logout.status).toBe(302);
    const target = new URL(logout.location!);
    expect(`${target.origin}${target.pathname}`).toBe(`${issuer}v2/logout`);
    expect(Object.fromEntries(target.searchParams)).toEqual({ client_id: CLIENT_ID, returnTo: baseUrl });
    expect(session.cookieNames(baseUrl)).not.toContain("appSession");

    const back = await session.get(logout.location!);
    expect([back.status, back.location]).toEqual([302, `${baseUrl}/`]);
    const again = await session.get(`${baseUrl}/`);
    expect(again.status).toBe(302);
    expect(again.location!.startsWith(`${issuer}auth?`)).toBe(true);
  });

  // Issue 7 item 2: with the library's stateless cookie session, this replay returned 200.
  test("a session cookie copied before logout is worthless after logout through /v2/logout", async () => {
    const { session } = await visitAs("alice");
    const copied = session.cookieValue(baseUrl, "appSession")!;
    expect(copied).toBeTruthy();
    const replay = () =>
      fetch(`${baseUrl}/`, { redirect: "manual", headers: { accept: "text/html", cookie: `appSession=${copied}` } });

    const before = await replay();
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('data-testid="admin-panel"');

    const chain = await session.follow(`${baseUrl}/logout`);
    expect(chain.some((r) => r.url.startsWith(`${issuer}v2/logout?`))).toBe(true);

    const after = await replay();
    expect(after.status).toBe(302);
    expect(after.headers.get("location")!.startsWith(`${issuer}auth?`)).toBe(true);
  });

  test("the session cookie holds a signed id, not the session, and expires after the idle lifetime", async () => {
    const { chain } = await visitAs("bob");
    const callback = chain.find((r) => r.url.startsWith(`${baseUrl}/callback?`))!;
    const cookie = callback.headers.getSetCookie().find((c) => c.startsWith("appSession="))!;
    const value = cookie.split(";")[0].slice("appSession=".length);
    // <id>.<signature>: far too short to carry the ID token (an encrypted cookie session is kilobytes).
    expect(value).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(value.length).toBeLessThan(200);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)![1]);
    const idleSeconds = (expires - Date.now()) / 1000;
    expect(idleSeconds).toBeGreaterThan(DEFAULT_SESSION_ROLLING_SECONDS - 30);
    expect(idleSeconds).toBeLessThanOrEqual(DEFAULT_SESSION_ROLLING_SECONDS + 1);
  });

  test("a forged session id (unsigned, or signed with another secret) is refused", async () => {
    const { session } = await visitAs("bob");
    const [id] = session.cookieValue(baseUrl, "appSession")!.split(".");
    for (const forged of [id, `${id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`]) {
      const response = await fetch(`${baseUrl}/`, {
        redirect: "manual",
        headers: { accept: "text/html", cookie: `appSession=${forged}` },
      });
      expect(response.status).toBe(302);
    }
  });

  test("unknown pages are a 404 for signed-in users, and /healthz needs no login", async () => {
    const { session } = await visitAs("bob");
    const missing = await session.get(`${baseUrl}/models/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('data-testid="not-found"');
    const health = await new HttpSession().get(`${baseUrl}/healthz`);
    expect([health.status, health.body]).toEqual([200, "ok"]);
  });

  test("nothing the dashboard logged contains a secret", () => {
    expect(dashboard.output()).not.toContain(CLIENT_SECRET);
    expect(dashboard.output()).not.toContain(SESSION_SECRET);
  });
});
