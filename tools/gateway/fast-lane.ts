/**
 * The gateway's fast lane. A request for the dashboard whose session express-openid-connect
 * would accept as it is (session-check.ts) and whose roles admit it goes straight to the proxy;
 * every other request takes the full path (Express, the library, the access gate), which decides
 * and answers. The lane only reads and only admits: it writes no session and no cookie, refuses
 * nothing, and admits nothing the full path would refuse (__tests__/gateway/fast-lane.test.ts).
 *
 * Why: the full path costs about 0.65 ms of CPU per proxied request (Express's router, and the
 * library's cookie parsing, store read, session object and response hooks), which held the
 * gateway to 16% of direct throughput on a 2-core machine. Login, the callback, logout, the
 * rolling touch (once per touch interval per session) and every refusal still run through the
 * library.
 */
import type { IncomingMessage } from "node:http";
import { AccessGateOptions, Admission, admission } from "./access-gate";
import { UpstreamIdentity } from "./identity-headers";
import { Claims, SessionCheck } from "./session-check";
import { GATEWAY_PREFIX } from "./settings";

/** The identity of a request the lane admits, or undefined: the full path decides. */
export type FastLane = (req: IncomingMessage) => Promise<UpstreamIdentity | undefined>;

export interface FastLaneOptions extends Pick<AccessGateOptions, "claimNamespace" | "allowedRoles"> {
  /** The login callback's path: the library's route, never the dashboard's. */
  readonly callbackPath: string;
}

export function fastLane(check: SessionCheck, options: FastLaneOptions): FastLane {
  // Express matches routes case-insensitively and with or without a trailing slash: the lane
  // leaves anything that starts like one of the gateway's own paths to it.
  const ownPaths = [GATEWAY_PREFIX.toLowerCase(), options.callbackPath.toLowerCase()];
  // The check hands out one frozen claims object per ID token, and the decision is a pure function of it.
  const decisions = new WeakMap<Claims, Admission>();
  const decide = (claims: Claims) => {
    let decision = decisions.get(claims);
    if (!decision) decisions.set(claims, (decision = admission(claims, options)));
    return decision;
  };
  return async (req) => {
    const url = req.url ?? "";
    if (!url.startsWith("/")) return undefined;
    const path = url.toLowerCase();
    if (ownPaths.some((own) => path.startsWith(own))) return undefined;
    const claims = await check(req.headers.cookie);
    if (!claims) return undefined;
    const decision = decide(claims);
    return decision.admitted ? decision.identity : undefined;
  };
}
