/**
 * The connection types config accepts, and the facts about them that the config schema, the
 * constructs and the README share.
 */

/** Config `type` to Auth0 `strategy`. */
export const CONNECTION_STRATEGIES = {
  database: "auth0",
  oidc: "oidc",
  okta: "okta",
  waad: "waad",
  samlp: "samlp",
  "google-oauth2": "google-oauth2",
} as const;

export type ConnectionType = keyof typeof CONNECTION_STRATEGIES;
export const CONNECTION_TYPES = Object.keys(CONNECTION_STRATEGIES) as ConnectionType[];
export const FEDERATED_CONNECTION_TYPES = CONNECTION_TYPES.filter((t) => t !== "database");

/**
 * Terraform resource name of the database connection, whatever its config key: it stays
 * `auth0_connection.database` as it was before `connections` existed, so that moving a config
 * to `connections` (or renaming the key) never plans to replace it; replacing a database
 * connection deletes every user in it.
 */
export const DATABASE_CONNECTION_RESOURCE_NAME = "database";

export const DEFAULT_OIDC_SCOPES = ["openid", "profile", "email"] as const;
export const DEFAULT_GOOGLE_SCOPES = ["email", "profile"] as const;
/** The upstream claim that carries groups in most OIDC IdPs (Okta, Keycloak, Dex, Authentik). */
export const DEFAULT_GROUPS_CLAIM = "groups";
