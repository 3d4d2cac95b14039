import type { KoaContextWithOIDC } from "oidc-provider";
import { messagePage, PAGE_CSP } from "./html";
import { OidcProvider } from "./provider-config";
import { TenantModel } from "./tenant-model";

export const AUTH0_LOGOUT_PATH = "/v2/logout";

type Next = () => Promise<unknown>;

/**
 * Auth0's logout endpoint, `GET /v2/logout?client_id=...&returnTo=...`: returnTo must be one
 * of the client's allowed_logout_urls (without client_id, of the tenant's, which the stack does
 * not set); then the tenant session ends and the browser goes to returnTo (without returnTo,
 * to the client's first allowed logout URL, as Auth0 does). A returnTo that is not allowed is
 * refused with an error page, and nothing is logged out.
 */
export function auth0LogoutRoute(deps: { provider: OidcProvider; model: TenantModel; log: (line: string) => void }) {
  const { provider, model, log } = deps;
  const clientById = new Map(model.clients.map((c) => [c.clientId, c]));

  const refuse = (ctx: KoaContextWithOIDC, message: string) => {
    log(`logout refused: ${message}`);
    ctx.status = 400;
    ctx.type = "html";
    ctx.body = messagePage("Logout failed", message);
  };

  return async function logoutMiddleware(ctx: KoaContextWithOIDC, next: Next): Promise<unknown> {
    if (ctx.path !== AUTH0_LOGOUT_PATH) return next();
    ctx.set("Cache-Control", "no-store");
    ctx.set("Content-Security-Policy", PAGE_CSP);
    if (ctx.method !== "GET") {
      ctx.status = 405;
      ctx.set("Allow", "GET");
      return undefined;
    }
    const single = (name: string): string | undefined => {
      const v = ctx.query[name];
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    const clientId = single("client_id");
    const returnTo = single("returnTo");
    const client = clientId ? clientById.get(clientId) : undefined;
    if (clientId && !client) return refuse(ctx, `client_id "${clientId}" is not a client of this tenant.`);
    if (returnTo !== undefined) {
      if (!client) {
        return refuse(
          ctx,
          `The "returnTo" querystring parameter "${returnTo}" is not defined as a valid URL in the tenant's "Allowed Logout URLs" (the stack sets none); pass client_id to use the application's allowed_logout_urls.`,
        );
      }
      if (!client.logoutUrls.includes(returnTo)) {
        return refuse(
          ctx,
          `The "returnTo" querystring parameter "${returnTo}" is not defined as a valid URL in "Allowed Logout URLs" of "${client.name}" (${client.address}.allowed_logout_urls).`,
        );
      }
    }

    const session = await provider.Session.get(ctx);
    const who = session.accountId ? model.users.find((u) => u.userId === session.accountId) : undefined;
    await session.destroy();
    const cookieName = (provider as unknown as { cookieName(name: string): string }).cookieName("session");
    ctx.cookies.set(cookieName, null, { path: "/", signed: true, sameSite: "lax", secure: true, httpOnly: true });
    log(
      `logout: ${who ? who.email || who.userId : "no session"}${client ? ` from "${client.name}" (${client.address})` : ""}`,
    );

    const target = returnTo ?? client?.logoutUrls[0];
    if (target) {
      ctx.redirect(target);
      return undefined;
    }
    ctx.type = "html";
    ctx.body = messagePage("Logged out", "You are logged out.");
    return undefined;
  };
}
