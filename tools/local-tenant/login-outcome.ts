/**
 * What login-time code (Rules, then Actions) decided about one login, and the claims it added.
 */
export type LoginOutcome =
  | {
      readonly kind: "allowed";
      readonly idTokenClaims: Record<string, unknown>;
      readonly accessTokenClaims: Record<string, unknown>;
    }
  /** api.access.deny(reason) or a Rule's UnauthorizedError: error=access_denied at the callback. */
  | { readonly kind: "denied"; readonly reason: string; readonly by: string }
  /** The code failed or used something not emulated: error=server_error at the callback. */
  | { readonly kind: "failed"; readonly description: string; readonly by: string };

/** Claims Auth0 does not let login-time code set (it ignores them); everything else is allowed. */
const RESTRICTED_CLAIMS = new Set([
  "iss",
  "sub",
  "aud",
  "exp",
  "nbf",
  "iat",
  "jti",
  "azp",
  "nonce",
  "auth_time",
  "at_hash",
  "c_hash",
  "s_hash",
  "acr",
  "amr",
  "sid",
  "org_id",
  "org_name",
  "gty",
  "scope",
  "permissions",
  "cnf",
  "act",
  "may_act",
]);

/** Why Auth0 would drop a custom claim of this name; undefined when it keeps it. */
export function restrictedClaimProblem(name: string): string | undefined {
  if (RESTRICTED_CLAIMS.has(name)) return `"${name}" is a restricted claim`;
  if (/^https?:\/\/([^/]*\.)?(auth0\.com|webtask\.io|webtask\.run|auth0app\.com)(\/|$)/i.test(name))
    return `"${name}" uses a namespace reserved by Auth0`;
  return undefined;
}
