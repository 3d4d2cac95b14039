/**
 * Naming rules shared by the config schema and the constructs.
 */

/**
 * Keys of dashboards and users become Terraform resource names and output names
 * (e.g. `auth0_user.alice`, output `mlflow_client_id`), so they must be valid there, and
 * they must stay stable: renaming a key replaces the resource.
 */
export const RESOURCE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const RESOURCE_KEY_HINT = "lowercase letters, digits and underscores, starting with a letter (at most 63)";

/** Terraform variable names: TF_VAR_<name> must be settable from a shell. */
export const VARIABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,63}$/;
export const VARIABLE_NAME_HINT = "lowercase letters, digits and underscores, starting with a letter or underscore";

/** Auth0 database connection names: letters, digits and single inner hyphens, at most 128. */
export const CONNECTION_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,127}$/;
export const CONNECTION_NAME_HINT = "letters, digits and hyphens, not starting or ending with a hyphen (at most 128)";

/** Role names end up in ID tokens and in client metadata; keep them plain. */
export const ROLE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
export const ROLE_NAME_HINT = "letters, digits and _ . : -, starting with a letter or digit (at most 64)";

/** Auth0 tenant domains: <tenant>.<region>.auth0.com or a custom domain. */
export const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const DOMAIN_HINT = "a bare host name such as my-tenant.eu.auth0.com (no https://, no path)";
