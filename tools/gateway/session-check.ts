/**
 * Reads a request's session the way express-openid-connect would accept it, without writing
 * anything: the read-only half of the library's session middleware (its lib/appSession.js), for
 * the fast lane (fast-lane.ts).
 *
 * It answers only for a session the library would take exactly as it is stored: a signed cookie,
 * a stored session within every lifetime, and a last-use time recent enough that the library has
 * nothing to write back (see touchIntervalSeconds). Anything else (no cookie, a bad signature, an
 * unknown, expired or malformed session, one due for its rolling touch, an IdP session ceiling,
 * a store error) is `undefined`, and the request goes the library's way, which decides.
 */
import { parse as parseCookies } from "cookie";
import { decodeJwt } from "jose";
import { OpenSessionStore, SESSION_COOKIE, SessionSettings, touchIntervalSeconds } from "../../dashboard/session";
import { sessionIdSigner } from "../../dashboard/session-id";

export type Claims = Readonly<Record<string, unknown>>;

/** The ID token claims of the request's session (its Cookie header), or undefined: see above. */
export type SessionCheck = (cookieHeader: string | undefined) => Promise<Claims | undefined>;

/** Unix time in whole seconds, as the library counts (its lib/utils/epoch.js). */
export const epochSeconds = (): number => (Date.now() / 1000) | 0;

interface StoredHeader {
  readonly iat: number;
  readonly uat: number;
  readonly exp: number;
}

const isWholeNumber = (value: unknown): value is number => Number.isSafeInteger(value);

function headerOf(stored: unknown): StoredHeader | undefined {
  const header = (stored as { header?: Partial<StoredHeader> } | null | undefined)?.header;
  if (!header || typeof header !== "object") return undefined;
  const { iat, uat, exp } = header;
  return isWholeNumber(iat) && isWholeNumber(uat) && isWholeNumber(exp) ? { iat, uat, exp } : undefined;
}

/**
 * The claims of a stored session that the library would accept at `now` and leave unwritten:
 * its three expiry checks (exp, the idle and the absolute lifetime, in the library's order and
 * with its strict comparisons), plus "touched less than `touchSeconds` ago".
 */
export function claimsOfCurrentSession(
  stored: unknown,
  settings: Pick<SessionSettings, "absoluteSeconds" | "rollingSeconds">,
  now: number,
): Claims | undefined {
  const header = headerOf(stored);
  const data = (stored as { data?: Record<string, unknown> }).data;
  if (!header || !data || typeof data !== "object") return undefined;
  if (!(header.exp > now && header.uat + settings.rollingSeconds > now && header.iat + settings.absoluteSeconds > now))
    return undefined;
  const sinceTouch = now - header.uat;
  if (sinceTouch < 0 || sinceTouch >= touchIntervalSeconds(settings.rollingSeconds)) return undefined;
  // An IdP-asserted ceiling (session_expiry) has its own leeway rules in the library: its call.
  if (data.sessionExpiresAt !== undefined) return undefined;
  return typeof data.id_token === "string" ? decodeClaims(data.id_token) : undefined;
}

/**
 * How many verified cookie values and decoded ID tokens each gateway process remembers. Both are
 * pure functions of their input (an HMAC check, a base64url JSON decode), so a remembered answer
 * is never stale; remembering them takes the two largest costs of the lane off every request
 * after a session's first (a CPU profile of the overhead benchmark). Only successes are kept, so
 * forged cookies cannot fill it.
 */
export const REMEMBERED_SESSIONS = 10_000;

/** `compute`, remembering up to `limit` defined answers (the oldest is forgotten first). */
export function rememberDefined<T>(compute: (input: string) => T | undefined, limit: number) {
  const answers = new Map<string, T>();
  return (input: string): T | undefined => {
    const known = answers.get(input);
    if (known !== undefined) return known;
    const answer = compute(input);
    if (answer === undefined) return undefined;
    if (answers.size >= limit) answers.delete(answers.keys().next().value!);
    answers.set(input, answer);
    return answer;
  };
}

const decodeClaims = rememberDefined((idToken): Claims | undefined => {
  try {
    return Object.freeze(decodeJwt(idToken));
  } catch {
    return undefined;
  }
}, REMEMBERED_SESSIONS);

/** The check for one gateway: its session cookie, signed with `secret`, looked up in `sessions`. */
export function sessionCheck(settings: SessionSettings, sessions: OpenSessionStore, secret: string): SessionCheck {
  const signer = sessionIdSigner(secret, SESSION_COOKIE);
  const verifiedId = rememberDefined((value) => signer.verify(value), REMEMBERED_SESSIONS);
  return (cookieHeader) =>
    new Promise((resolve) => {
      // The library reads only the unchunked cookie when it is there; chunks are its business.
      const value = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
      const id = value ? verifiedId(value) : undefined;
      if (id === undefined) return resolve(undefined);
      sessions.store.get(id, (err, stored) =>
        resolve(err || !stored ? undefined : claimsOfCurrentSession(stored, settings, epochSeconds())),
      );
    });
}
