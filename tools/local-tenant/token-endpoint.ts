import { Readable } from "node:stream";
import type { KoaContextWithOIDC } from "oidc-provider";
import { AUTH0_ROUTES } from "./provider-config";
import { TenantModel } from "./tenant-model";

type Next = () => Promise<unknown>;

const MAX_BODY_BYTES = 56 * 1024; // oidc-provider's own limit

/** Which client authentication method a token request uses. */
export function authenticationMethodOf(authorization: string | undefined, body: URLSearchParams): string {
  if (authorization && /^basic /i.test(authorization)) return "client_secret_basic";
  if (body.has("client_assertion")) return "private_key_jwt or client_secret_jwt";
  if (body.has("client_secret")) return "client_secret_post";
  return "none";
}

function clientIdOf(authorization: string | undefined, body: URLSearchParams): string | undefined {
  if (authorization && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) {
      try {
        return decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, "%20"));
      } catch {
        return undefined;
      }
    }
  }
  return body.get("client_id") ?? undefined;
}

/**
 * Auth0's token endpoint behaviour where oidc-provider's differs:
 * - a client must authenticate with the method of its auth0_client_credentials
 *   (oidc-provider accepts client_secret_basic and client_secret_post interchangeably);
 * - a grant type the client lacks is `unauthorized_client`, as Auth0 reports it
 *   (oidc-provider 8 says invalid_request).
 */
export function tokenEndpointRules(deps: { model: TenantModel; log: (line: string) => void }) {
  const clientById = new Map(deps.model.clients.map((c) => [c.clientId, c]));
  const paths = new Set<string>([AUTH0_ROUTES.token, AUTH0_ROUTES.revocation]);

  return async function tokenEndpointMiddleware(ctx: KoaContextWithOIDC, next: Next): Promise<unknown> {
    if (!paths.has(ctx.path) || ctx.method !== "POST" || !ctx.is("application/x-www-form-urlencoded")) return next();

    // Read the body, then hand oidc-provider an identical stream to parse.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        ctx.status = 413;
        ctx.body = { error: "invalid_request", error_description: "request body too large" };
        return undefined;
      }
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks);
    const replay = Object.assign(Readable.from([raw]), {
      headers: ctx.req.headers,
      method: ctx.req.method,
      url: ctx.req.url,
    });
    ctx.req = replay as unknown as typeof ctx.req;

    const body = new URLSearchParams(raw.toString("utf8"));
    const authorization = ctx.get("authorization") || undefined;
    const client = clientById.get(clientIdOf(authorization, body) ?? "");
    const used = authenticationMethodOf(authorization, body);
    if (client && used !== client.authMethod) {
      const description = `Client authentication with ${used} is not allowed for "${client.name}": it authenticates with ${client.authMethod} (${client.authMethodSource})`;
      deps.log(`token request refused for "${client.name}" (${client.address}): ${description}`);
      ctx.status = 401;
      ctx.set("Cache-Control", "no-store");
      ctx.body = { error: "invalid_client", error_description: description };
      return undefined;
    }

    await next();

    const out = ctx.body as { error?: string; error_description?: string } | undefined;
    if (
      ctx.path === AUTH0_ROUTES.token &&
      out?.error === "invalid_request" &&
      out.error_description === "requested grant type is not allowed for this client"
    ) {
      ctx.body = {
        error: "unauthorized_client",
        error_description: `Grant type '${body.get("grant_type")}' not allowed for the client.`,
      };
    }
    return undefined;
  };
}
