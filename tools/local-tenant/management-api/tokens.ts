import { randomBytes, timingSafeEqual } from "node:crypto";
import { TenantSeed } from "./seed";

/** Lifetime of a Management API token, as Auth0's default (24 hours). */
export const TOKEN_LIFETIME_SECONDS = 86400;

interface IssuedToken {
  readonly clientId: string;
  readonly scopes: ReadonlySet<string>;
  readonly expiresAt: number;
}

/** Machine-to-machine credentials the local tenant made at start, for a seeded client with Management API scopes. */
export interface ManagementCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
}

export type TokenResult =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly status: 400 | 401 | 403; readonly body: Record<string, unknown> };

/**
 * The client-credentials grant for the Management API (`POST /oauth/token` with `audience`),
 * and the opaque bearer tokens it issues. Secrets are generated here at start; the seed has none.
 */
export class ManagementTokens {
  readonly credentials: readonly ManagementCredentials[];
  private readonly secrets = new Map<string, Buffer>();
  private readonly scopesOf = new Map<string, readonly string[]>();
  private readonly issued = new Map<string, IssuedToken>();

  constructor(
    seed: TenantSeed,
    readonly audience: string,
  ) {
    const credentials: ManagementCredentials[] = [];
    for (const client of seed.clients) {
      const secret = randomBytes(32).toString("base64url");
      this.secrets.set(client.client_id, Buffer.from(secret));
      this.scopesOf.set(client.client_id, client.management_api_scopes);
      if (client.management_api_scopes.length > 0) {
        credentials.push({ clientId: client.client_id, clientSecret: secret, scopes: client.management_api_scopes });
      }
    }
    this.credentials = credentials;
  }

  /** The secret of a seeded client (returned by GET /clients only with read:client_keys). */
  secretOf(clientId: string): string | undefined {
    return this.secrets.get(clientId)?.toString();
  }

  /** Answers a token request as Auth0 does, including its 401 and 403 error bodies. */
  grant(params: URLSearchParams): TokenResult {
    const fail = (status: 400 | 401 | 403, error: string, description: string): TokenResult => ({
      ok: false,
      status,
      body: { error, error_description: description },
    });
    const grantType = params.get("grant_type");
    if (grantType !== "client_credentials") {
      return fail(400, "unsupported_grant_type", `Unsupported grant type: ${grantType ?? "(none)"}`);
    }
    const clientId = params.get("client_id") ?? "";
    const secret = this.secrets.get(clientId);
    const given = Buffer.from(params.get("client_secret") ?? "");
    if (secret === undefined || given.length !== secret.length || !timingSafeEqual(given, secret)) {
      return fail(401, "access_denied", "Unauthorized");
    }
    const audience = params.get("audience") ?? "";
    if (audience !== this.audience) return fail(403, "access_denied", `Service not enabled within domain: ${audience}`);
    const granted = this.scopesOf.get(clientId) ?? [];
    if (granted.length === 0) {
      return fail(
        403,
        "access_denied",
        `Client is not authorized to access "${this.audience}". You need to create a "client-grant" associated to this API.`,
      );
    }
    const requested = params.get("scope")?.split(" ").filter(Boolean);
    const scopes = requested ? granted.filter((s) => requested.includes(s)) : granted;
    const token = randomBytes(32).toString("base64url");
    this.issued.set(token, {
      clientId,
      scopes: new Set(scopes),
      expiresAt: Date.now() + TOKEN_LIFETIME_SECONDS * 1000,
    });
    return {
      ok: true,
      body: { access_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS, scope: scopes.join(" ") },
    };
  }

  /** The scopes of a valid bearer token, or undefined for an unknown or expired one. */
  scopesOfToken(token: string): ReadonlySet<string> | undefined {
    const issued = this.issued.get(token);
    if (issued === undefined || issued.expiresAt < Date.now()) return undefined;
    return issued.scopes;
  }
}
