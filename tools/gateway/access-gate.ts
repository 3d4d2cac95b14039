import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler } from "express";
import { rolesFromClaims } from "../../dashboard/access";
import { UpstreamIdentity } from "./identity-headers";
import { noRolePage } from "./pages";
import { GATEWAY_ROUTES } from "./settings";

/** The identity each admitted request carries to the proxy (HTTP and WebSocket alike). */
export const admitted = new WeakMap<IncomingMessage, UpstreamIdentity>();

/** A WebSocket handshake (the upgrade handler runs it through the same middleware). */
export const isUpgrade = (req: IncomingMessage): boolean => req.headers.upgrade !== undefined;

/**
 * A browser navigating to a page, which a login redirect helps; anything else (XHR, fetch,
 * API clients, WebSockets) gets a 401 it can act on instead of an HTML login page.
 */
export function isPageRequest(req: Request): boolean {
  if (isUpgrade(req) || (req.method !== "GET" && req.method !== "HEAD")) return false;
  if (req.get("x-requested-with")) return false;
  // Browsers send Accept: text/html (and Sec-Fetch-Mode: navigate) when they navigate; fetch and
  // XHR default to */*.
  return req.get("sec-fetch-mode") === "navigate" || (req.get("accept") ?? "").includes("text/html");
}

/** Where to come back to after login: a path on this host only (never //host or /\host). */
export function safeReturnTo(url: string): string {
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/";
}

export interface AccessGateOptions {
  readonly claimNamespace: string;
  readonly allowedRoles: readonly string[];
  readonly log: (line: string) => void;
}

/** Whom a session's claims admit: the identity to pass upstream, or why not. */
export type Admission =
  | { readonly admitted: true; readonly identity: UpstreamIdentity }
  | {
      readonly admitted: false;
      readonly user: string;
      readonly email?: string;
      readonly roles: readonly string[];
      readonly problem?: string;
    };

/**
 * The access decision, a pure function of the ID token's claims: a `sub` and one of the
 * dashboard's allowed roles in the roles claim. Both the gate below and the fast lane use it.
 */
export function admission(
  claims: Readonly<Record<string, unknown>>,
  options: Pick<AccessGateOptions, "claimNamespace" | "allowedRoles">,
): Admission {
  const { roles, problem } = rolesFromClaims(claims, options.claimNamespace);
  const user = typeof claims.sub === "string" ? claims.sub : "";
  const text = (key: string) => (typeof claims[key] === "string" ? claims[key] : undefined);
  if (!user || !roles.some((role) => options.allowedRoles.includes(role))) {
    return { admitted: false, user, email: text("email"), roles, problem };
  }
  return {
    admitted: true,
    identity: { user, email: text("email"), preferredUsername: text("nickname"), roles },
  };
}

/**
 * Admits a request when its session is valid and its ID token's roles claim holds one of the
 * dashboard's allowed roles (the post-login Action checked the same at login; this is defence
 * in depth, and it catches a role removed from the config since).
 */
export function accessGate(options: AccessGateOptions): RequestHandler {
  return (req, res, next) => {
    // The library decodes (and deep-copies) the ID token on each read of idTokenClaims: read once.
    // isAuthenticated() is `!!idTokenClaims`.
    const claims = req.oidc.idTokenClaims as Readonly<Record<string, unknown>> | undefined;
    if (!claims) {
      if (isPageRequest(req)) {
        res.oidc.login({ returnTo: safeReturnTo(req.originalUrl) }).catch(next);
        return;
      }
      res.status(401).set("cache-control", "no-store").json({ error: "login_required", login: GATEWAY_ROUTES.login });
      return;
    }
    const decision = admission(claims, options);
    if (!decision.admitted) {
      options.log(
        `${req.method} ${req.path} → 403: ${decision.user || "a user without sub"} holds none of ${options.allowedRoles.join(", ")}`,
      );
      res.status(403).set("cache-control", "no-store");
      if (isPageRequest(req)) {
        res.type("html").send(
          noRolePage({
            user: decision.email ?? (decision.user || "unknown user"),
            roles: decision.roles,
            allowedRoles: options.allowedRoles,
            problem: decision.problem,
          }).toString(),
        );
      } else {
        res.json({ error: "forbidden", allowedRoles: options.allowedRoles });
      }
      return;
    }
    admitted.set(req, decision.identity);
    next();
  };
}
