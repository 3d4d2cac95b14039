import type { KoaContextWithOIDC } from "oidc-provider";
import { AUTH0_ROUTES } from "./provider-config";

type Next = () => Promise<unknown>;

/**
 * Auth0 issues a refresh token whenever the scope has offline_access and the client has the
 * refresh_token grant. oidc-provider follows OpenID Connect Core strictly and drops
 * offline_access unless the request also has prompt=consent. The local tenant resolves the
 * consent step itself on every login (first-party clients), so adding "consent" to such a
 * request changes nothing else and gives Auth0's behaviour.
 */
export function offlineAccessLikeAuth0() {
  return async function offlineAccessMiddleware(ctx: KoaContextWithOIDC, next: Next): Promise<unknown> {
    if (ctx.path === AUTH0_ROUTES.authorization && ctx.method === "GET") {
      const scope = typeof ctx.query.scope === "string" ? ctx.query.scope.split(" ") : [];
      const prompt = typeof ctx.query.prompt === "string" ? ctx.query.prompt.split(" ").filter(Boolean) : [];
      if (scope.includes("offline_access") && !prompt.includes("consent") && !prompt.includes("none")) {
        ctx.query = { ...ctx.query, prompt: [...prompt, "consent"].join(" ") };
      }
    }
    return next();
  };
}
