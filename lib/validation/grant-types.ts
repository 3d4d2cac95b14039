/**
 * OAuth grant types for a server-side web dashboard.
 */

/** What a regular web app needs: the authorization code flow, and refresh tokens to stay logged in. */
export const DEFAULT_GRANT_TYPES = ["authorization_code", "refresh_token"] as const;

/**
 * Grant types a dashboard may add only with a stated reason, and why each is risky.
 * Anything not listed here is refused outright.
 */
export const OPT_IN_GRANT_TYPES = {
  client_credentials: "lets anyone holding the client secret get machine tokens without a user",
  implicit: "returns tokens in the browser URL, where history, logs and referrers can leak them",
  password: "makes the dashboard handle users' passwords itself and bypasses the login page (and MFA)",
  "http://auth0.com/oauth/grant-type/password-realm": "the password grant with a realm: same risks as password",
  "urn:ietf:params:oauth:grant-type:device_code": "lets a login started on another device complete here",
} as const;

export type OptInGrantType = keyof typeof OPT_IN_GRANT_TYPES;

export function isOptInGrantType(value: string): value is OptInGrantType {
  return Object.prototype.hasOwnProperty.call(OPT_IN_GRANT_TYPES, value);
}

/** Shortest reason we accept for widening a dashboard's grant types. */
export const MIN_REASON_LENGTH = 15;
