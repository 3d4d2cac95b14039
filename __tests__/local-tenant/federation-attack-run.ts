import { generateKeyPairSync, KeyObject, randomBytes, sign } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { Federation, FederationError, loadOpenIdClient } from "../../tools/local-tenant/federation";
import { ConnectionModel } from "../../tools/local-tenant/tenant-model";

/**
 * Runs one federated sign-in of the local tenant (tools/local-tenant/federation.ts) against a
 * hostile upstream IdP and prints the outcome as JSON. A separate process, because openid-client
 * is ESM-only and loads with import(), as in the tenant. Scenario: argv[2] (see SCENARIOS).
 */

const CLIENT_ID = "ml-dashboards-dev";
const TENANT = "https://localhost:4443/";

interface Forgery {
  iss?: string;
  aud?: string;
  nonce?: string;
  signingKey?: KeyObject;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A minimal OpenID provider whose token endpoint returns whatever ID token `forge` makes. */
async function hostileIdp(forge: () => Forgery) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = "k1";
  let nonce = "";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const json = (body: unknown) =>
      void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (url.pathname === "/.well-known/openid-configuration")
      return json({
        issuer,
        authorization_endpoint: `${issuer}auth`,
        token_endpoint: `${issuer}token`,
        jwks_uri: `${issuer}jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    if (url.pathname === "/jwks")
      return json({ keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] });
    if (url.pathname === "/token") {
      const forged = forge();
      const now = Math.floor(Date.now() / 1000);
      const header = b64url({ alg: "RS256", kid, typ: "JWT" });
      const payload = b64url({
        iss: forged.iss ?? issuer,
        aud: forged.aud ?? CLIENT_ID,
        sub: "mallory",
        email: "mallory@example.com",
        email_verified: true,
        groups: ["ml-platform-admins"],
        nonce: forged.nonce ?? nonce,
        iat: now,
        exp: now + 300,
      });
      const signature = sign("sha256", Buffer.from(`${header}.${payload}`), forged.signingKey ?? privateKey);
      return json({
        access_token: "at",
        token_type: "Bearer",
        id_token: `${header}.${payload}.${signature.toString("base64url")}`,
      });
    }
    return void res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    issuer,
    /** Records the nonce of the authorization request, as a real IdP would echo it. */
    remember: (authorizationUrl: string) => (nonce = new URL(authorizationUrl).searchParams.get("nonce") ?? ""),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const connection = (): ConnectionModel => ({
  address: "auth0_connection.corp",
  id: "con_corp",
  name: "corp-sso",
  displayName: "Example Corp SSO",
  strategy: "oidc",
  federation: {
    clientId: CLIENT_ID,
    clientSecret: randomBytes(16).toString("hex"),
    scopes: ["openid", "email", "groups"],
    configuredIssuer: "https://sso.example.com/",
    claimMap: { email: "email", email_verified: "email_verified", groups: "groups" },
  },
  metadata: {},
  requiresUsername: false,
  passwordRules: { policy: "none", noPersonalInfo: false },
  enabledBy: ["auth0_connection_clients.corp"],
});

/** Starts a sign-in and comes back from the IdP with a code, as the browser would. */
async function signIn(forge: () => Forgery, beforeCallback?: (idp: { close(): Promise<void> }) => Promise<void>) {
  const idp = await hostileIdp(forge);
  try {
    const federation = new Federation(await loadOpenIdClient(), idp.issuer, TENANT);
    const authorizationUrl = await federation.start("uid-1", connection());
    idp.remember(authorizationUrl);
    const state = new URL(authorizationUrl).searchParams.get("state") ?? "";
    await beforeCallback?.(idp);
    const callback = new URL(
      `${federation.redirectUri}?code=c0de&state=${state}&iss=${encodeURIComponent(idp.issuer)}`,
    );
    return await federation.finish(callback);
  } finally {
    await idp.close();
  }
}

const SCENARIOS: Record<string, () => Forgery> = {
  honest: () => ({}),
  "wrong-issuer": () => ({ iss: "https://evil.example.com/" }),
  "wrong-audience": () => ({ aud: "some-other-client" }),
  "wrong-nonce": () => ({ nonce: "replayed-nonce" }),
  "other-key": () => ({ signingKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey }),
};

async function replay(): Promise<unknown> {
  const idp = await hostileIdp(() => ({}));
  try {
    const federation = new Federation(await loadOpenIdClient(), idp.issuer, TENANT);
    const authorizationUrl = await federation.start("uid-1", connection());
    idp.remember(authorizationUrl);
    const state = new URL(authorizationUrl).searchParams.get("state") ?? "";
    const callback = new URL(
      `${federation.redirectUri}?code=c0de&state=${state}&iss=${encodeURIComponent(idp.issuer)}`,
    );
    await federation.finish(callback);
    return await federation.finish(callback);
  } finally {
    await idp.close();
  }
}

async function main(): Promise<void> {
  const scenario = process.argv[2] ?? "";
  let outcome: unknown;
  try {
    const result =
      scenario === "idp-dies"
        ? await signIn(
            () => ({}),
            (idp) => idp.close(),
          )
        : scenario === "replay"
          ? await replay()
          : await signIn(
              SCENARIOS[scenario] ??
                (() => {
                  throw new Error(`unknown scenario ${scenario}`);
                }),
            );
    const { user } = result as Awaited<ReturnType<typeof signIn>>;
    outcome = { signedIn: user.userId, groups: user.federated?.attributes.groups };
  } catch (err) {
    outcome = {
      refused: err instanceof FederationError ? "FederationError" : (err as Error).name,
      message: (err as Error).message,
    };
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}

void main();
