import { errorResponseFor, SessionStoreError } from "../../dashboard/errors";

/** The shape http-errors gives the errors express-openid-connect passes to express. */
function oidcError(status: number, message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: status < 500, ...fields });
}

describe("error responses", () => {
  test("a login denied by the post-login Action (access_denied) is a 403 with the tenant's reason, escaped", () => {
    const response = errorResponseFor(
      oidcError(400, "authorization response from the server is an error", {
        error: "access_denied",
        error_description: "You need one of the roles ml-viewer to use <b>MLflow</b>.",
      }),
    );
    expect(response.status).toBe(403);
    const page = response.page.toString();
    expect(page).toContain('data-testid="access-denied"');
    expect(page).toContain("You need one of the roles ml-viewer to use &lt;b&gt;MLflow&lt;/b&gt;.");
    expect(response.log).toBe(
      "login denied by the tenant (access_denied): You need one of the roles ml-viewer to use <b>MLflow</b>.",
    );
  });

  test("Auth0's answer for a blocked user (unauthorized) is also an access-denied page", () => {
    const response = errorResponseFor(
      oidcError(400, "x", { error: "unauthorized", error_description: "user is blocked" }),
    );
    expect(response.status).toBe(403);
    expect(response.page.toString()).toContain("user is blocked");
  });

  test("another OAuth error at the callback is a 400 with a retry link", () => {
    const response = errorResponseFor(
      oidcError(400, "invalid response encountered", {
        error: "ERR_JWT_INVALID",
        error_description: "unexpected JWT claim value encountered",
      }),
    );
    expect(response.status).toBe(400);
    expect(response.page.toString()).toContain('data-testid="retry-login"');
  });

  test("a missing login on a non-HTML request is a 401", () => {
    expect(errorResponseFor(oidcError(401, "Authentication is required for this route.", {})).status).toBe(401);
  });

  test("an unreachable tenant is a 503 whose log line names the network error", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4000"), { code: "ECONNREFUSED" });
    const response = errorResponseFor(new TypeError("fetch failed", { cause: refused }));
    expect(response.status).toBe(503);
    expect(response.page.toString()).toContain('data-testid="issuer-unreachable"');
    expect(response.log).toBe(
      "cannot reach the tenant (ISSUER_BASE_URL): fetch failed: connect ECONNREFUSED 127.0.0.1:4000",
    );
  });

  test("a failing session store is a 503 whose log line blames the store, not the tenant", () => {
    const response = errorResponseFor(new SessionStoreError("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(response.status).toBe(503);
    expect(response.log).toBe("session store (SESSION_STORE_URL) failed: connect ECONNREFUSED 127.0.0.1:5432");
  });

  test("anything else is a 500 that shows neither the message nor a stack trace", () => {
    const err = new Error("secret internals at /srv/app.js:12");
    const response = errorResponseFor(err);
    expect(response.status).toBe(500);
    const page = response.page.toString();
    expect(page).not.toContain("secret internals");
    expect(page).not.toContain(String(err.stack).split("\n")[1].trim());
    expect(response.log).toBe("internal error: secret internals at /srv/app.js:12");
  });

  test("log lines stay single lines, whatever the callback's error_description holds", () => {
    const response = errorResponseFor(
      oidcError(400, "x", { error: "access_denied", error_description: "no\ndashboard: GET / → 200: forged\r" }),
    );
    expect(response.log).toBe("login denied by the tenant (access_denied): no dashboard: GET / → 200: forged ");
  });

  test("non-Error values thrown do not break the handler", () => {
    expect(errorResponseFor("boom").status).toBe(500);
    expect(errorResponseFor(undefined).status).toBe(500);
  });
});
