/**
 * Ids of existing Auth0 objects, as terraform-provider-auth0 imports them (docs/resources/*.md,
 * "Import"). A config entry that carries one is adopted: synth writes a Terraform `import` block
 * for it instead of creating a new object.
 */

/** Connection ids: `con_` and letters or digits. */
export const CONNECTION_ID_PATTERN = /^con_[A-Za-z0-9]{1,64}$/;
export const CONNECTION_ID_HINT = "an Auth0 connection id such as con_0123456789abcdef";

/** Role ids: `rol_` and letters or digits. */
export const ROLE_ID_PATTERN = /^rol_[A-Za-z0-9]{1,64}$/;
export const ROLE_ID_HINT = "an Auth0 role id such as rol_0123456789abcdef";

/** Client ids: letters, digits, '_' and '-' (Auth0 generates 32 letters and digits). */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
export const CLIENT_ID_HINT = "an Auth0 client id (letters, digits, '_' or '-')";

/** User ids: `<provider>|<id>`, e.g. auth0|0123456789abcdef. */
export const USER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}\|[^\s|][^\s]{0,255}$/;
export const USER_ID_HINT = "an Auth0 user id such as auth0|0123456789abcdef";

/** Action ids are UUIDs. */
export const ACTION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ACTION_ID_HINT = "an Auth0 Action id (a lowercase UUID)";

/** The trigger this app binds its Action to; also the import id of `auth0_trigger_actions`. */
export const POST_LOGIN_TRIGGER_ID = "post-login";

/**
 * Name of this app's role-claim Action in the tenant. Adopting a tenant that already has an
 * Action of this name adopts it (instead of creating a second one).
 */
export const ROLE_CLAIM_ACTION_NAME = "ml-dashboard-role-claim";
