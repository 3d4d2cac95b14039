/**
 * Names of the stack's Terraform outputs, defined once for the stack and for the config checks
 * that keep dashboard keys from colliding with them.
 */

/** Outputs every stack has. */
export const STACK_OUTPUT_NAMES = {
  tenantDomain: "tenant_domain",
  issuerBaseUrl: "issuer_base_url",
  claimNamespace: "claim_namespace",
  users: "users",
} as const;

/** Outputs of one dashboard, named after the environment variables express-openid-connect reads. */
export function dashboardOutputNames(key: string) {
  return {
    clientId: `${key}_client_id`,
    clientSecret: `${key}_client_secret`,
    baseUrl: `${key}_base_url`,
    callbackUrls: `${key}_callback_urls`,
    allowedRoles: `${key}_allowed_roles`,
  } as const;
}
