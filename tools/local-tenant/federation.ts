import type { Configuration } from "openid-client";
import { LocalTenantConfigError } from "./errors";
import { ConnectionModel, UserModel } from "./tenant-model";

/** Where the upstream IdP sends users back: under the login page's path, so the interaction cookie comes along. */
export const FEDERATION_CALLBACK_PATH = "/u/login/callback";

/** How long a user may take at the upstream IdP. */
const PENDING_TTL_MS = 10 * 60_000;

/** ID token claims that describe the token, not the user; `bind_all` does not copy them. */
const TOKEN_CLAIMS = new Set([
  "iss",
  "aud",
  "exp",
  "iat",
  "nbf",
  "nonce",
  "at_hash",
  "c_hash",
  "auth_time",
  "sid",
  "azp",
  "acr",
  "amr",
  "jti",
]);

type OpenIdClient = typeof import("openid-client");

interface Pending {
  readonly uid: string;
  readonly connection: ConnectionModel;
  readonly codeVerifier: string;
  readonly nonce: string;
  readonly expiresAt: number;
}

export interface FederatedSignIn {
  /** The local tenant's interaction the user came from. */
  readonly uid: string;
  readonly connection: ConnectionModel;
  readonly user: UserModel;
}

/** A sign-in at the upstream IdP that did not work; the message is shown to the user and logged. */
export class FederationError extends Error {}

/**
 * The local tenant's side of an `oidc`/`okta` connection: it is a client of the upstream IdP
 * (openid-client, code flow with PKCE, state and nonce, the connection's client id and secret),
 * and turns the upstream ID token into the user profile the way the connection's attribute map
 * says, at every login (set_user_root_attributes = on_each_login).
 */
export class Federation {
  private readonly configurations = new Map<string, Promise<Configuration>>();
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly client: OpenIdClient,
    /** The local upstream IdP standing in for every federated connection's IdP. */
    private readonly upstreamIssuer: string,
    /** https://localhost:<port>/ of the local tenant. */
    private readonly tenantIssuer: string,
  ) {}

  get redirectUri(): string {
    return new URL(FEDERATION_CALLBACK_PATH, this.tenantIssuer).href;
  }

  private configuration(connection: ConnectionModel): Promise<Configuration> {
    const federation = connection.federation as NonNullable<ConnectionModel["federation"]>;
    let configuration = this.configurations.get(connection.name);
    if (!configuration) {
      configuration = this.client.discovery(
        new URL(this.upstreamIssuer),
        federation.clientId,
        undefined,
        this.client.ClientSecretPost(federation.clientSecret),
        // The local upstream IdP listens on plain http://127.0.0.1 only. ID token signatures are
        // checked against the IdP's keys too (the spec lets a client rely on TLS instead, which
        // plain http cannot give), so a token signed by any other key is refused.
        { execute: [this.client.allowInsecureRequests, this.client.enableNonRepudiationChecks] },
      );
      configuration.catch(() => this.configurations.delete(connection.name));
      this.configurations.set(connection.name, configuration);
    }
    return configuration;
  }

  /** The upstream authorization URL for a user of interaction `uid` who chose `connection`. */
  async start(uid: string, connection: ConnectionModel): Promise<string> {
    const now = Date.now();
    for (const [state, p] of this.pending) if (p.expiresAt < now) this.pending.delete(state);
    const configuration = await this.configuration(connection);
    const codeVerifier = this.client.randomPKCECodeVerifier();
    const state = this.client.randomState();
    const nonce = this.client.randomNonce();
    this.pending.set(state, { uid, connection, codeVerifier, nonce, expiresAt: now + PENDING_TTL_MS });
    return this.client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: connection.federation!.scopes.join(" "),
      response_type: "code",
      code_challenge: await this.client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    }).href;
  }

  /** Completes the sign-in from the upstream's redirect to the callback URL. */
  async finish(callbackUrl: URL): Promise<FederatedSignIn> {
    const state = callbackUrl.searchParams.get("state") ?? "";
    const pending = this.pending.get(state);
    // One use per state: a replayed callback finds nothing.
    this.pending.delete(state);
    if (!pending || pending.expiresAt < Date.now())
      throw new FederationError("this sign-in is unknown or expired; go back to the application and log in again");
    const upstreamError = callbackUrl.searchParams.get("error");
    if (upstreamError) {
      throw new FederationError(
        `the identity provider refused the sign-in: ${upstreamError}${callbackUrl.searchParams.get("error_description") ? ` (${callbackUrl.searchParams.get("error_description")})` : ""}`,
      );
    }
    const configuration = await this.configuration(pending.connection);
    let claims: Record<string, unknown>;
    try {
      const tokens = await this.client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) };
    } catch (err) {
      throw new FederationError(`the identity provider's response was refused: ${(err as Error).message}`);
    }
    return { uid: pending.uid, connection: pending.connection, user: federatedUser(pending.connection, claims) };
  }
}

/** Profile attributes from ID token claims, as the connection's attribute map keeps them. */
export function profileAttributes(
  connection: ConnectionModel,
  claims: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const map = connection.federation!.claimMap;
  if (map === "all") return Object.fromEntries(Object.entries(claims).filter(([k]) => !TOKEN_CLAIMS.has(k)));
  const attributes: Record<string, unknown> = {};
  for (const [attribute, claim] of Object.entries(map)) {
    const value = claims[claim];
    if (value === undefined) continue;
    // Auth0's use_map and basic_profile store a list as one comma-separated string.
    attributes[attribute] = Array.isArray(value) ? value.join(",") : value;
  }
  return attributes;
}

/** The Auth0 user of a federated sign-in: `<strategy>|<connection>|<sub>`, no roles, empty metadata. */
export function federatedUser(connection: ConnectionModel, claims: Readonly<Record<string, unknown>>): UserModel {
  const sub = claims.sub;
  if (typeof sub !== "string" || sub === "")
    throw new FederationError("the identity provider's ID token has no subject");
  const attributes = profileAttributes(connection, claims);
  const email = typeof attributes.email === "string" ? attributes.email.toLowerCase() : "";
  const name = typeof attributes.name === "string" ? attributes.name : email || sub;
  return {
    address: `${connection.address} (federated user ${sub})`,
    key: sub,
    userId: `${connection.strategy}|${connection.name}|${sub}`,
    email,
    nickname: email ? email.split("@")[0] : sub,
    name,
    emailVerified: attributes.email_verified === true || attributes.email_verified === "true",
    blocked: false,
    connection,
    appMetadata: {},
    userMetadata: {},
    roles: [],
    federated: { provider: connection.strategy, upstreamId: sub, attributes },
  };
}

/** openid-client is ESM-only; loaded with import() like oidc-provider. */
export async function loadOpenIdClient(): Promise<OpenIdClient> {
  try {
    return await import("openid-client");
  } catch (err) {
    throw new LocalTenantConfigError(`cannot load openid-client for federated connections: ${(err as Error).message}`);
  }
}
