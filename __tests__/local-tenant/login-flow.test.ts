import * as fs from "node:fs";
import { tempDir } from "../support/paths";
import {
  Browser,
  logIn,
  PASSWORDS,
  RunningTenant,
  startTenantProcess,
  synthDevStack,
  verifyRs256,
  writeStack,
} from "./harness";
import { at, parseJsonObject, stringAt } from "../json";
import { anyString, containing, matching } from "../matchers";

// The dev environment, as synthesized, served by the local tenant (the CLI in a subprocess),
// driven over HTTPS the way a browser and express-openid-connect would drive Auth0.
describe("local tenant: login flow over HTTPS (dev stack)", () => {
  const dir = tempDir("local-tenant-flow");
  let tenant: RunningTenant;
  let client: { clientId: string; clientSecret: string; redirectUri: string };
  let namespace: string;

  beforeAll(async () => {
    const stack = synthDevStack(dir);
    tenant = await startTenantProcess({ stack: writeStack(dir, "dev", stack), dir });
    client = {
      clientId: stringAt(tenant.outputs, "mlflow_client_id"),
      clientSecret: stringAt(tenant.outputs, "mlflow_client_secret"),
      redirectUri: stringAt(tenant.outputs, "mlflow_callback_urls", 0),
    };
    namespace = stringAt(tenant.outputs, "claim_namespace");
  });

  afterAll(async () => {
    // The tenant stops cleanly on SIGTERM.
    if (process.env.SHOW_TENANT_LOG) process.stderr.write(tenant.stderr());
    if (tenant) expect(await tenant.stop()).toBe(0);
  });

  const browser = () => new Browser(tenant.certificatePem);

  test("the issuer is https://localhost:<port>/ with a trailing slash, and the outputs point at it", () => {
    expect(tenant.issuer).toBe(`https://localhost:${tenant.port}/`);
    expect(at(tenant.outputs, "issuer_base_url")).toBe(tenant.issuer);
    expect(at(tenant.outputs, "tenant_domain")).toBe(`localhost:${tenant.port}`);
    expect(at(tenant.outputs, "mlflow_client_id")).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(at(tenant.outputs, "users", "alice")).toEqual({
      email: "alice@example.com",
      id: matching(/^auth0\|[0-9a-f]{24}$/),
    });
  });

  test("stdout shows outputs without the sensitive client secret; the outputs file has it, mode 0600", () => {
    expect(tenant.publicOutputs.mlflow_client_id).toBe(client.clientId);
    expect(tenant.publicOutputs).not.toHaveProperty("mlflow_client_secret");
    expect(client.clientSecret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(fs.statSync(tenant.outputsFile).mode & 0o777).toBe(0o600);
  });

  test("discovery has Auth0's URL shape and the JWKS holds an RS256 key", async () => {
    const b = browser();
    const discovery = parseJsonObject((await b.get(new URL(".well-known/openid-configuration", tenant.issuer))).body);
    const endpoint = (p: string) => `https://localhost:${tenant.port}${p}`;
    expect(discovery).toMatchObject({
      issuer: tenant.issuer,
      authorization_endpoint: endpoint("/authorize"),
      token_endpoint: endpoint("/oauth/token"),
      userinfo_endpoint: endpoint("/userinfo"),
      jwks_uri: endpoint("/.well-known/jwks.json"),
      end_session_endpoint: endpoint("/oidc/logout"),
    });
    expect(at(discovery, "id_token_signing_alg_values_supported")).toEqual(["RS256"]);
    const jwks = parseJsonObject((await b.get(stringAt(discovery, "jwks_uri"))).body);
    expect(at(jwks, "keys")).toEqual([containing({ kty: "RSA", alg: "RS256", use: "sig", kid: anyString() })]);
    expect(at(jwks, "keys", 0)).not.toHaveProperty("d"); // public part only
  });

  test("alice logs in: the ID token is RS256-signed by the JWKS and carries the roles claim the Action sets", async () => {
    const b = browser();
    const attempt = await logIn(b, tenant, client, { email: "alice@example.com", password: PASSWORDS.alice_password });
    expect(attempt.loginPage.body).toContain("ML Dashboard (dev)"); // the application name on the login page
    const callback = attempt.final.location;
    expect(callback?.origin + (callback?.pathname ?? "")).toBe(client.redirectUri);
    expect(callback?.searchParams.get("state")).toBe(attempt.state);
    const code = callback?.searchParams.get("code");
    expect(code).toBeTruthy();

    const tokenResponse = await b.post(new URL("oauth/token", tenant.issuer), {
      grant_type: "authorization_code",
      code: code as string,
      redirect_uri: client.redirectUri,
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code_verifier: attempt.codeVerifier,
    });
    expect(tokenResponse.status).toBe(200);
    const tokens = parseJsonObject(tokenResponse.body);
    const jwks = parseJsonObject((await b.get(new URL(".well-known/jwks.json", tenant.issuer))).body);
    const { payload } = verifyRs256(stringAt(tokens, "id_token"), jwks);
    expect(payload).toMatchObject({
      iss: tenant.issuer,
      aud: client.clientId,
      sub: at(tenant.outputs, "users", "alice", "id"),
      nonce: attempt.nonce,
      email: "alice@example.com",
      email_verified: true,
      nickname: "alice",
      name: "alice@example.com",
      [`${namespace}roles`]: ["ml-admin"],
    });

    // /userinfo returns the profile claims for the access token.
    const userinfo = await b.get(new URL("userinfo", tenant.issuer), {
      authorization: `Bearer ${stringAt(tokens, "access_token")}`,
    });
    expect(userinfo.status).toBe(200);
    expect(parseJsonObject(userinfo.body)).toMatchObject({
      sub: at(tenant.outputs, "users", "alice", "id"),
      email: "alice@example.com",
      nickname: "alice",
    });
    expect(tenant.stderr()).toContain('login: alice@example.com to "ML Dashboard (dev)" (auth0_client.mlflow)');
  });

  test("carol has no role: the Action denies her, ending at the callback with error=access_denied, its reason and the state", async () => {
    const attempt = await logIn(browser(), tenant, client, {
      email: "carol@example.com",
      password: PASSWORDS.carol_password,
    });
    const callback = attempt.final.location as URL;
    expect(callback.origin + callback.pathname).toBe(client.redirectUri);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("error_description")).toBe(
      "You need one of the roles ml-viewer, ml-admin to use ML Dashboard (dev).",
    );
    expect(callback.searchParams.get("state")).toBe(attempt.state);
    expect(callback.searchParams.get("code")).toBeNull();
    expect(tenant.stderr()).toContain("login denied: carol@example.com");
  });

  test("dave is blocked: the login page refuses him and no code is issued", async () => {
    const attempt = await logIn(browser(), tenant, client, {
      email: "dave@example.com",
      password: PASSWORDS.dave_password,
    });
    expect(attempt.final.status).toBe(401);
    expect(attempt.final.location).toBeUndefined();
    expect(attempt.final.body).toContain("This user is blocked.");
  });

  test("a wrong password is refused with Auth0's message, and the log never shows the password", async () => {
    const attempt = await logIn(browser(), tenant, client, {
      email: "alice@example.com",
      password: "Not-Her-Password-1",
    });
    expect(attempt.final.status).toBe(401);
    expect(attempt.final.body).toContain("Wrong email or password.");
    expect(tenant.stderr()).toContain("login failed for alice@example.com: wrong password");
    expect(tenant.stderr()).not.toContain("Not-Her-Password-1");
    for (const password of Object.values(PASSWORDS)) expect(tenant.stderr()).not.toContain(password);
    expect(tenant.stderr()).not.toContain(client.clientSecret);
  });

  test("an unknown email gets the same message as a wrong password", async () => {
    const attempt = await logIn(browser(), tenant, client, {
      email: "mallory@example.com",
      password: "Whatever-2024!",
    });
    expect(attempt.final.body).toContain("Wrong email or password.");
  });

  test("/authorize refuses a redirect_uri that is not exactly one of the client's callbacks", async () => {
    for (const redirectUri of [
      "http://localhost:3000/callback/",
      "http://localhost:3000/other",
      "http://evil.example.com/callback",
    ]) {
      const attempt = await logIn(
        browser(),
        tenant,
        { ...client, redirectUri },
        { email: "alice@example.com", password: PASSWORDS.alice_password },
      );
      expect(attempt.loginPage.status).toBe(400);
      expect(attempt.loginPage.location).toBeUndefined(); // never redirected to the unregistered URL
      expect(attempt.loginPage.body).toContain("redirect_uri");
    }
  });

  test("the token endpoint refuses grant types the client lacks (unauthorized_client)", async () => {
    const grants: Record<string, string>[] = [
      { grant_type: "password", username: "alice@example.com", password: PASSWORDS.alice_password },
      { grant_type: "client_credentials" },
    ];
    for (const grant of grants) {
      const response = await browser().post(new URL("oauth/token", tenant.issuer), {
        ...grant,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      expect({ status: response.status, body: parseJsonObject(response.body) }).toEqual({
        status: 400,
        body: containing({ error: "unauthorized_client" }),
      });
    }
  });

  test("the token endpoint honours auth0_client_credentials.authentication_method (client_secret_post, not basic)", async () => {
    const response = await browser().request("POST", new URL("oauth/token", tenant.issuer), {
      form: { grant_type: "authorization_code", code: "x", redirect_uri: client.redirectUri },
      headers: {
        authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`,
      },
    });
    expect({ status: response.status, body: parseJsonObject(response.body) }).toEqual({
      status: 401,
      body: containing({ error: "invalid_client" }),
    });
  });

  test("/v2/logout refuses a returnTo outside allowed_logout_urls, and with an allowed one ends the session and redirects", async () => {
    const b = browser();
    const attempt = await logIn(b, tenant, client, { email: "bob@example.com", password: PASSWORDS.bob_password });
    expect(attempt.final.location?.searchParams.get("code")).toBeTruthy();

    const logout = new URL("v2/logout", tenant.issuer);
    logout.searchParams.set("client_id", client.clientId);
    logout.searchParams.set("returnTo", "https://evil.example.com/");
    const refused = await b.get(logout);
    expect(refused.status).toBe(400);
    expect(refused.location).toBeUndefined();
    expect(refused.body).toContain("Allowed Logout URLs");

    // Still logged in: a new authorization request skips the login form (SSO), and still runs the Action.
    const sso = await logIn(b, tenant, client, { email: "-", password: "-" });
    expect(sso.loginPage.location?.searchParams.get("code")).toBeTruthy();

    logout.searchParams.set("returnTo", stringAt(tenant.outputs, "mlflow_base_url"));
    const done = await b.get(logout);
    expect(done.status).toBe(302);
    expect(done.location?.href).toBe(new URL(stringAt(tenant.outputs, "mlflow_base_url")).href);

    // Logged out: the next authorization request shows the login form again.
    const after = await logIn(b, tenant, client, { email: "bob@example.com", password: PASSWORDS.bob_password });
    expect(after.loginPage.status).toBe(200);
    expect(after.loginPage.body).toContain("<form");
  });

  test("offline_access yields a rotating refresh token, and refreshed ID tokens keep the Action's claims", async () => {
    const b = browser();
    const attempt = await logIn(
      b,
      tenant,
      client,
      { email: "bob@example.com", password: PASSWORDS.bob_password },
      { scope: "openid profile email offline_access" },
    );
    const code = attempt.final.location?.searchParams.get("code") as string;
    const exchange = (form: Record<string, string>) =>
      b
        .post(new URL("oauth/token", tenant.issuer), {
          ...form,
          client_id: client.clientId,
          client_secret: client.clientSecret,
        })
        .then((r) => ({ status: r.status, body: parseJsonObject(r.body) }));
    const first = await exchange({
      grant_type: "authorization_code",
      code,
      redirect_uri: client.redirectUri,
      code_verifier: attempt.codeVerifier,
    });
    expect(at(first, "status")).toBe(200);
    expect(at(first, "body", "refresh_token")).toEqual(expect.any(String));

    const refreshed = await exchange({
      grant_type: "refresh_token",
      refresh_token: stringAt(first, "body", "refresh_token"),
    });
    expect(at(refreshed, "status")).toBe(200);
    expect(at(refreshed, "body", "refresh_token")).not.toBe(at(first, "body", "refresh_token")); // rotation_type "rotating"
    const jwks = parseJsonObject((await b.get(new URL(".well-known/jwks.json", tenant.issuer))).body);
    expect(verifyRs256(stringAt(refreshed, "body", "id_token"), jwks).payload).toMatchObject({
      sub: at(tenant.outputs, "users", "bob", "id"),
      [`${namespace}roles`]: ["ml-viewer"],
    });

    // A rotated refresh token cannot be used again.
    const reused = await exchange({
      grant_type: "refresh_token",
      refresh_token: stringAt(first, "body", "refresh_token"),
    });
    expect(at(reused, "body", "error")).toBe("invalid_grant");
  });

  test("/oidc/logout (RP-initiated) checks post_logout_redirect_uri against allowed_logout_urls", async () => {
    const b = browser();
    const logout = new URL("oidc/logout", tenant.issuer);
    logout.searchParams.set("client_id", client.clientId);
    logout.searchParams.set("post_logout_redirect_uri", "https://evil.example.com/");
    const refused = await b.get(logout);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("post_logout_redirect_uri");

    logout.searchParams.set("post_logout_redirect_uri", stringAt(tenant.outputs, "mlflow_base_url"));
    const page = await b.get(logout);
    expect(page.status).toBe(200);
    const form = /<form[^>]*action="([^"]+)"[\s\S]*?name="xsrf" value="([^"]+)"/.exec(page.body);
    expect(form).not.toBeNull();
    const done = await b.followOnTenant(
      await b.post(new URL((form as RegExpExecArray)[1], tenant.issuer), {
        xsrf: (form as RegExpExecArray)[2],
        logout: "yes",
      }),
      tenant.issuer,
    );
    expect(done.location?.href).toBe(new URL(stringAt(tenant.outputs, "mlflow_base_url")).href);
  });

  test("prompt=none (silent authentication) is not emulated: it ends at the callback with an error, never a code", async () => {
    const b = browser();
    const silent = await logIn(b, tenant, client, { email: "-", password: "-" }, { prompt: "none" });
    expect(silent.loginPage.location?.searchParams.get("error")).toBe("login_required");

    await logIn(b, tenant, client, { email: "alice@example.com", password: PASSWORDS.alice_password });
    const withSession = await logIn(b, tenant, client, { email: "-", password: "-" }, { prompt: "none" });
    expect(withSession.loginPage.location?.searchParams.get("error")).toBe("interaction_required");
    expect(withSession.loginPage.location?.searchParams.get("error_description")).toContain(
      "prompt=none is not emulated",
    );
    expect(withSession.loginPage.location?.searchParams.get("state")).toBe(withSession.state);
  });

  test("a login page without its interaction, and a connection the client cannot use, are refused", async () => {
    const stale = await browser().get(new URL("u/login?state=not-an-interaction", tenant.issuer));
    expect(stale.status).toBe(400);
    expect(stale.body).toContain("This login page has expired");

    const attempt = await logIn(
      browser(),
      tenant,
      client,
      { email: "alice@example.com", password: PASSWORDS.alice_password },
      { connection: "google-oauth2" },
    );
    expect(attempt.final.location?.searchParams.get("error")).toBe("invalid_request");
    expect(attempt.final.location?.searchParams.get("error_description")).toBe("requested connection is invalid");
  });

  test("asking for an API audience is refused like Auth0 does (APIs are not emulated)", async () => {
    const attempt = await logIn(
      browser(),
      tenant,
      client,
      { email: "alice@example.com", password: PASSWORDS.alice_password },
      { audience: "https://api.example.com" },
    );
    const callback = attempt.final.location as URL;
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("error_description")).toBe("Service not found: https://api.example.com");
  });

  test("requests for another Host are refused (DNS rebinding)", async () => {
    const response = await browser().get(new URL(".well-known/openid-configuration", tenant.issuer), {
      host: "evil.example.com",
    });
    expect(response.status).toBe(421);
  });
});
