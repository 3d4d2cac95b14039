import { randomBytes } from "node:crypto";
import type { ClientMetadata, Configuration, JWK, KoaContextWithOIDC, ResponseType } from "oidc-provider";
import { logoutFormPage, messagePage, PAGE_CSP } from "./html";
import { memoryStore } from "./memory-store";
import { ClientModel, TenantModel, UserModel } from "./tenant-model";

/** The oidc-provider module (ESM-only, so loaded with import() at start). */
export type OidcModule = typeof import("oidc-provider");
export type OidcProvider = InstanceType<OidcModule["default"]>;

/** Auth0's endpoint paths; discovery advertises exactly these. */
export const AUTH0_ROUTES = {
  authorization: "/authorize",
  token: "/oauth/token",
  userinfo: "/userinfo",
  jwks: "/.well-known/jwks.json",
  end_session: "/oidc/logout",
  revocation: "/oauth/revoke",
  introspection: "/oauth/introspect",
  registration: "/oidc/register",
  device_authorization: "/oauth/device/code",
  code_verification: "/activate",
  pushed_authorization_request: "/oauth/par",
  backchannel_authentication: "/bc-authorize",
} as const;

/** Path of the login page; the interaction id travels as `state`, as on Auth0's /u/login. */
export const LOGIN_PATH = "/u/login";

/** Claims per scope, as Auth0 puts them into ID tokens and /userinfo. */
const CLAIMS = {
  openid: ["sub"],
  profile: ["name", "nickname", "picture", "updated_at", "given_name", "family_name"],
  email: ["email", "email_verified"],
};

/** Claims Actions and Rules added for one grant (one login to one client). */
export interface GrantClaims {
  readonly idToken: Readonly<Record<string, unknown>>;
  readonly accessToken: Readonly<Record<string, unknown>>;
}

export interface ProviderDependencies {
  readonly model: TenantModel;
  readonly issuer: string;
  readonly signingKey: JWK;
  /** Custom claims by grant id, filled by the login flow. */
  readonly grantClaims: Map<string, GrantClaims>;
  readonly startedAt: Date;
  /** Users of federated connections, added at their login. */
  readonly federatedUsers: ReadonlyMap<string, UserModel>;
}

/** Response types Auth0 allows a client, from its grant types. */
export function responseTypesOf(grantTypes: readonly string[]): ResponseType[] {
  const code = grantTypes.includes("authorization_code");
  const implicit = grantTypes.includes("implicit");
  const types: ResponseType[] = [];
  if (code) types.push("code");
  if (implicit) types.push("id_token", "id_token token");
  if (code && implicit) types.push("code id_token", "code token", "code id_token token");
  return types;
}

/** A client of the stack as oidc-provider client metadata. */
export function clientMetadataOf(client: ClientModel): ClientMetadata {
  return {
    client_id: client.clientId,
    ...(client.clientSecret !== undefined ? { client_secret: client.clientSecret } : {}),
    client_name: client.name,
    application_type: client.appType === "native" ? "native" : "web",
    redirect_uris: [...client.callbacks],
    post_logout_redirect_uris: [...client.logoutUrls],
    grant_types: [...client.grantTypes],
    response_types: responseTypesOf(client.grantTypes),
    token_endpoint_auth_method: client.authMethod,
    id_token_signed_response_alg: "RS256",
  };
}

/** The oidc-provider configuration of the local tenant. */
export function providerConfiguration(oidc: OidcModule, deps: ProviderDependencies): Configuration {
  const { model } = deps;
  const clientById = new Map(model.clients.map((c) => [c.clientId, c]));
  const userById = new Map(model.users.map((u) => [u.userId, u]));

  const policy = oidc.interactionPolicy.base();
  // Auth0 runs Rules and Actions on every authorization request, also when an SSO session
  // exists; asking for "consent" every time routes each request through the login flow, which
  // grants consent itself (first-party clients only).
  policy.get("consent")?.checks.add(
    new oidc.interactionPolicy.Check(
      "post_login_flow",
      "the local tenant runs Rules and post-login Actions in an interaction; prompt=none is not emulated",
      "interaction_required",
      (ctx) => {
        const result = ctx.oidc.result as { consent?: unknown } | undefined;
        return !result || !("consent" in result);
      },
    ),
  );

  return {
    adapter: memoryStore(),
    clients: model.clients.map(clientMetadataOf),
    jwks: { keys: [deps.signingKey] },
    cookies: {
      keys: [randomBytes(32).toString("base64url")],
      long: { signed: true, sameSite: "lax" },
      short: { signed: true, sameSite: "lax" },
    },
    claims: CLAIMS,
    scopes: ["openid", "profile", "email", "offline_access"],
    responseTypes: ["code", "id_token", "id_token token", "code id_token", "code token", "code id_token token", "none"],
    routes: AUTH0_ROUTES,
    // Auth0 puts the profile claims into the ID token also when an access token is issued.
    conformIdTokenClaims: false,
    extraParams: ["audience", "connection", "screen_hint", "organization", "invitation"],
    pkce: {
      methods: ["S256"],
      // Auth0 requires PKCE only where there is no client secret.
      required: (_ctx, client) => client.clientAuthMethod === "none",
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          const nonce = randomBytes(16).toString("base64");
          ctx.set(
            "Content-Security-Policy",
            PAGE_CSP.replace("default-src 'none'", `default-src 'none'; script-src 'nonce-${nonce}'`),
          );
          ctx.type = "html";
          ctx.body = logoutFormPage(form, nonce);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.set("Content-Security-Policy", PAGE_CSP);
          ctx.type = "html";
          ctx.body = messagePage("Logged out", "You are logged out.");
        },
      },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      introspection: { enabled: false },
      clientCredentials: { enabled: false },
      claimsParameter: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
    },
    interactions: {
      url: (_ctx, interaction) => `${LOGIN_PATH}?state=${encodeURIComponent(interaction.uid)}`,
      policy,
    },
    findAccount: (_ctx, sub) => {
      const user = userById.get(sub) ?? deps.federatedUsers.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: user.email || undefined,
          email_verified: user.email ? user.emailVerified : undefined,
          name: user.name,
          nickname: user.nickname,
          picture: user.picture,
          given_name: user.givenName,
          family_name: user.familyName,
          updated_at: deps.startedAt.toISOString(),
        }),
      };
    },
    ttl: {
      AccessToken: 86400,
      AuthorizationCode: 600,
      IdToken: (_ctx, _token, client) => clientById.get(client.clientId)?.idTokenLifetimeSeconds ?? 36000,
      RefreshToken: (_ctx, _token, client) => clientById.get(client.clientId)?.refreshToken.lifetimeSeconds ?? 2592000,
      Interaction: 3600,
      Session: 3 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    rotateRefreshToken: (ctx: KoaContextWithOIDC) =>
      clientById.get(ctx.oidc.client?.clientId ?? "")?.refreshToken.rotating ?? true,
    clientBasedCORS: (_ctx, origin, client) => clientById.get(client.clientId)?.webOrigins.includes(origin) ?? false,
    renderError: (ctx, out) => {
      ctx.set("Content-Security-Policy", PAGE_CSP);
      ctx.type = "html";
      ctx.body = messagePage(
        "Something went wrong",
        `${out.error}: ${out.error_description ?? ""}`,
        "Go back to the application and try again.",
      );
    },
  };
}

/**
 * Auth0 puts every custom claim an Action or Rule sets into the ID token. oidc-provider only
 * lets through claims declared per scope at start, and the names Actions choose are known only
 * when they run, so the claims of the login's grant are added to the ID token payload here.
 */
export function addCustomIdTokenClaims(provider: OidcProvider, grantClaims: Map<string, GrantClaims>): void {
  type Payload = Record<string, unknown>;
  const prototype = provider.IdToken.prototype as unknown as {
    payload: (this: { ctx?: KoaContextWithOIDC }) => Promise<Payload>;
  };
  const original = prototype.payload;
  prototype.payload = async function payloadWithCustomClaims() {
    const payload = await original.call(this);
    const grantId = this.ctx?.oidc?.entities?.Grant?.jti;
    const extra = grantId ? grantClaims.get(grantId) : undefined;
    return extra ? { ...payload, ...extra.idToken } : payload;
  };
}
