// A stand-in for the Auth0 tenant in the dashboard's login-flow tests: a real OpenID Connect
// provider (oidc-provider) on 127.0.0.1 with one confidential client configured the way the
// stack configures a dashboard's Auth0 application (code flow, client_secret_post, RS256), and
// fixed accounts whose ID tokens carry the namespaced roles claim like the post-login Action's.
//
// There is no login form: the account to sign in as is read from the cookie `login_as` (which
// the tests set) or the query parameter `login_as`; without either, the login page lists the
// accounts as links, so that a person can use it from a browser too (see docs/dashboard.md).
// Account "mallory" is refused the way api.access.deny() refuses a login.
//
// Settings (environment): CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL, CLAIM_NAMESPACE, and
// PROVIDER_PORT (default: any free port).
// Prints one JSON line {"issuer": "..."} on stdout once it listens. Stops on SIGTERM/SIGINT.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

const { CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL, CLAIM_NAMESPACE } = process.env;
for (const [name, value] of Object.entries({ CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL, CLAIM_NAMESPACE })) {
  if (!value) {
    console.error(`oidc-test-provider: ${name} is not set`);
    process.exit(2);
  }
}
const ROLES_CLAIM = `${CLAIM_NAMESPACE}roles`;
const DENIAL = `You need one of the roles ml-viewer, ml-admin to use <ML Dashboard>.`;

/** Accounts by id; `roles: undefined` means the token has no roles claim at all. */
const ACCOUNTS = {
  alice: { email: "alice@example.com", roles: ["ml-admin"] },
  bob: { email: "bob@example.com", roles: ["ml-viewer"] },
  carol: { email: "carol@example.com", roles: [] },
  erin: { email: "erin@example.com", roles: undefined },
  mallory: { email: "mallory@example.com", denied: true },
};

const cookieValue = (req, name) =>
  (req.headers.cookie ?? "")
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === name)?.[1];

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const server = http.createServer();
server.listen(Number(process.env.PROVIDER_PORT ?? 0), "127.0.0.1", () => {
  const issuer = `http://127.0.0.1:${server.address().port}/`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [new URL("callback", DASHBOARD_BASE_URL.replace(/\/?$/, "/")).href],
        post_logout_redirect_uris: [DASHBOARD_BASE_URL],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" }] },
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
    claims: { openid: ["sub", ROLES_CLAIM], email: ["email", "email_verified"], profile: ["name"] },
    // Like Auth0: profile claims and custom claims in the ID token, also in the code flow.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx, id) {
      const account = ACCOUNTS[id];
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          const claims = { sub: id, email: account.email, email_verified: true, name: id };
          if (account.roles) claims[ROLES_CLAIM] = account.roles;
          return claims;
        },
      };
    },
    // First-party application: consent is implied, as for Auth0's own applications.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
  });
  const providerHandler = provider.callback();

  /** The login "page": signs in the account named by login_as, denies it, or lists the accounts. */
  async function interaction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const url = new URL(req.url, issuer);
    const id = url.searchParams.get("login_as") ?? cookieValue(req, "login_as");
    if (id === undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><title>Test tenant login</title><h1>Sign in as</h1><ul>` +
          Object.entries(ACCOUNTS)
            .map(
              ([key, a]) =>
                `<li><a href="${url.pathname}?login_as=${key}">${key}</a> (${a.denied ? "denied by the tenant" : a.roles ? a.roles.join(", ") || "no roles" : "no roles claim"})</li>`,
            )
            .join("") +
          `</ul>`,
      );
      return;
    }
    const account = ACCOUNTS[id];
    let result;
    if (details.prompt.name !== "login")
      result = { error: "interaction_required", error_description: `unexpected prompt ${details.prompt.name}` };
    else if (!account) result = { error: "login_required", error_description: `unknown test account ${id}` };
    else if (account.denied) result = { error: "access_denied", error_description: DENIAL };
    else result = { login: { accountId: id } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  /** Auth0's logout endpoint: checks client_id and returnTo against the client, then redirects. */
  function auth0Logout(req, res) {
    const url = new URL(req.url, issuer);
    const returnTo = url.searchParams.get("returnTo");
    const ok = url.searchParams.get("client_id") === CLIENT_ID && returnTo === DASHBOARD_BASE_URL;
    // Ending the tenant session is forgetting its cookie (and signature), as a browser would.
    const forget = ["_session", "_session.sig", "_session.legacy", "_session.legacy.sig"].map(
      (name) => `${name}=; Max-Age=0; Path=/; HttpOnly`,
    );
    res.writeHead(ok ? 302 : 400, ok ? { location: returnTo, "set-cookie": forget } : { "content-type": "text/plain" });
    res.end(ok ? "" : `returnTo ${returnTo} is not an allowed logout URL`);
  }

  server.on("request", (req, res) => {
    const path = new URL(req.url, issuer).pathname;
    const handle = path.startsWith("/interaction/")
      ? interaction(req, res)
      : path === "/v2/logout"
        ? auth0Logout(req, res)
        : providerHandler(req, res);
    Promise.resolve(handle).catch((err) => {
      console.error(`oidc-test-provider: ${req.method} ${path}: ${err.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  console.log(JSON.stringify({ issuer }));
});

const stop = () => server.close(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
