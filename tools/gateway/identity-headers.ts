import type { ClientRequest, IncomingHttpHeaders } from "node:http";

/**
 * What the upstream learns about the user, and what it must never see.
 *
 * The header names are oauth2-proxy's (pass_user_headers), so a dashboard configured for
 * oauth2-proxy works behind this gateway unchanged: X-Forwarded-User (the user id, `sub`),
 * X-Forwarded-Email, X-Forwarded-Preferred-Username, and X-Forwarded-Groups (the roles,
 * comma-separated).
 */
export const IDENTITY_HEADERS = {
  user: "x-forwarded-user",
  email: "x-forwarded-email",
  preferredUsername: "x-forwarded-preferred-username",
  groups: "x-forwarded-groups",
} as const;

/** Always connection-scoped (RFC 9110, section 7.6.1, and the common non-standard ones). */
const HOP_BY_HOP_HEADERS: readonly string[] = ["keep-alive", "proxy-connection", "te", "trailer", "upgrade"];

/**
 * Identity headers a client could send to impersonate someone: ours, oauth2-proxy's token and
 * auth_request headers, and the common variants upstreams are configured to trust.
 */
const FORGEABLE =
  /^(x-forwarded-(user|email|preferred-username|groups|roles|access-token|id-token)|x-auth-request-.*|x-remote-(user|email|groups)|remote-user|x-webauth-.*)$/i;

/** Cookies of the gateway itself: the session id and express-openid-connect's login transaction. */
export function isGatewayCookie(name: string, sessionCookie: string): boolean {
  return (
    name === sessionCookie ||
    name.startsWith(`${sessionCookie}.`) ||
    name === "auth_verification" ||
    name.startsWith("auth_verification.")
  );
}

/** The Cookie header without the gateway's cookies, or undefined when none remain. */
export function upstreamCookieHeader(header: string | undefined, sessionCookie: string): string | undefined {
  if (!header) return undefined;
  const kept = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !isGatewayCookie(part.split("=")[0].trim(), sessionCookie));
  return kept.length > 0 ? kept.join("; ") : undefined;
}

export interface UpstreamIdentity {
  readonly user: string;
  readonly email?: string;
  readonly preferredUsername?: string;
  readonly roles: readonly string[];
}

const isControl = (code: number) => code <= 0x1f || code === 0x7f;

/**
 * A header value for the dashboard. Controls (CR/LF above all) are dropped: they must not split
 * headers, and Node refuses them. Node also refuses characters outside Latin-1, so a value with
 * any (an internationalized email, a nickname such as "Łukasz") is sent as its UTF-8 bytes, as
 * oauth2-proxy sends it; before, such a user got an error page from the gateway. Scanned first,
 * because almost every value needs neither (this runs for every proxied request).
 */
export function headerValue(value: string): string {
  let latin1 = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code)) return headerValue([...value].filter((c) => !isControl(c.charCodeAt(0))).join(""));
    if (code > 0xff) latin1 = false;
  }
  return latin1 ? value : Buffer.from(value, "utf8").toString("latin1");
}

/** The identity headers of the signed-in user (the same on every path to the dashboard). */
function identityHeaders(identity: UpstreamIdentity): Readonly<Record<string, string>> {
  const known = identityHeadersOf.get(identity);
  if (known) return known;
  const headers: Record<string, string> = {
    [IDENTITY_HEADERS.user]: headerValue(identity.user),
    [IDENTITY_HEADERS.groups]: headerValue(identity.roles.join(",")),
  };
  if (identity.email) headers[IDENTITY_HEADERS.email] = headerValue(identity.email);
  if (identity.preferredUsername) headers[IDENTITY_HEADERS.preferredUsername] = headerValue(identity.preferredUsername);
  identityHeadersOf.set(identity, Object.freeze(headers));
  return headers;
}
/** The fast lane hands out one identity object per session's claims: its headers are built once. */
const identityHeadersOf = new WeakMap<UpstreamIdentity, Readonly<Record<string, string>>>();

/**
 * Rewrites the proxied request's headers: removes every forgeable identity header and the
 * gateway's cookies (the gateway adds no token of its own; a client's Authorization header passes),
 * then sets the identity of the signed-in user.
 */
export function applyIdentity(
  proxyReq: ClientRequest,
  incoming: IncomingHttpHeaders,
  identity: UpstreamIdentity,
  sessionCookie: string,
): void {
  for (const name of proxyReq.getHeaderNames()) {
    if (FORGEABLE.test(name)) proxyReq.removeHeader(name);
  }
  const cookie = upstreamCookieHeader(incoming.cookie, sessionCookie);
  if (cookie) proxyReq.setHeader("cookie", cookie);
  else proxyReq.removeHeader("cookie");
  for (const [name, value] of Object.entries(identityHeaders(identity))) proxyReq.setHeader(name, value);
}

/**
 * Request headers that are never forwarded as the client sent them: the connection-scoped ones,
 * those an HTTP client (undici) frames itself or refuses from a caller (the framing and the
 * connection are the gateway's, per hop), and the Cookie header, which is rebuilt.
 */
const NOT_FORWARDED = new Set(["connection", "transfer-encoding", "expect", "cookie", ...HOP_BY_HOP_HEADERS]);

/**
 * The headers of an admitted HTTP request as the dashboard receives them: the client's, without
 * connection-scoped headers, forgeable identity headers and the gateway's cookies, plus the
 * identity of the signed-in user (the rules of applyIdentity, on a plain header object built once
 * per request).
 */
export function forwardedRequestHeaders(
  incoming: IncomingHttpHeaders,
  identity: UpstreamIdentity,
  sessionCookie: string,
): Record<string, string | string[]> {
  const listed = connectionScopedHeaders(incoming.connection);
  const headers: Record<string, string | string[]> = {};
  for (const name in incoming) {
    const value = incoming[name];
    if (value === undefined || NOT_FORWARDED.has(name) || FORGEABLE.test(name) || listed.includes(name)) continue;
    headers[name] = value;
  }
  const cookie = upstreamCookieHeader(incoming.cookie, sessionCookie);
  if (cookie) headers.cookie = cookie;
  return Object.assign(headers, identityHeaders(identity));
}

/** Drops Set-Cookie lines from the upstream that would overwrite or shadow the gateway's cookies. */
export function withoutGatewayCookies(setCookie: string[] | undefined, sessionCookie: string): string[] | undefined {
  if (!setCookie) return undefined;
  return setCookie.filter((line) => !isGatewayCookie(line.split("=")[0].trim(), sessionCookie));
}

/**
 * Headers of one connection (RFC 9110, section 7.6.1), which a proxy must not forward: the fixed
 * hop-by-hop names and any name the message's own Connection header lists. Host is never among
 * them: the dashboard needs it.
 */
export function connectionScopedHeaders(connection: string | string[] | undefined): readonly string[] {
  // What almost every message says: nothing beyond the fixed names.
  if (connection === undefined || connection === "keep-alive" || connection === "close") return HOP_BY_HOP_HEADERS;
  const listed = (Array.isArray(connection) ? connection.join(",") : (connection ?? ""))
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0 && name !== "host");
  return [...HOP_BY_HOP_HEADERS, ...listed];
}
