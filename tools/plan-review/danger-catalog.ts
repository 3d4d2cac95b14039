/**
 * What each dangerous change does to an Auth0 tenant, in the words the review prints. Kept
 * apart from the rules so the wording can be reviewed (and extended) as a table.
 */

interface LossWording {
  readonly deleted: string;
  readonly replaced: string;
}

/** Resource types whose delete or replace loses users, logins or access. */
export const CRITICAL_RESOURCE_TYPES: Readonly<Record<string, LossWording>> = {
  auth0_connection: {
    deleted: "Deleting a connection deletes every user stored in it.",
    replaced: "The connection is deleted with every user stored in it, and an empty one is created.",
  },
  auth0_user: {
    deleted: "The user's account, password and profile are deleted; they can no longer log in.",
    replaced:
      "The user is deleted and re-created with a new user_id: password, login history and role assignments are lost.",
  },
  auth0_client: {
    deleted: "Every deployed dashboard using this client id stops logging users in.",
    replaced:
      "The client id and secret change: every deployed dashboard configured with the old client id stops logging users in.",
  },
  auth0_resource_server: {
    deleted: "Tokens for this API are no longer issued, and the client grants and role permissions on it are removed.",
    replaced: "The API is re-created with a new id: client grants and role permissions on it are lost.",
  },
  auth0_role: {
    deleted: "Every user holding this role loses it, and the access it gives.",
    replaced: "The role gets a new id: users assigned to the old role lose it until they are assigned again.",
  },
};

/** auth0_client URL lists, and what adding to each one allows. */
export const CLIENT_URL_ATTRIBUTES: Readonly<Record<string, { readonly title: string; readonly why: string }>> = {
  callbacks: { title: "callback URLs added", why: "Auth0 will send authorization codes and tokens to these URLs." },
  allowed_logout_urls: { title: "logout URLs added", why: "Users can be redirected to these URLs after logging out." },
  allowed_origins: {
    title: "allowed origins added",
    why: "These origins may make cross-origin authentication requests.",
  },
  web_origins: {
    title: "web origins added",
    why: "These origins may get tokens silently through web_message and silent authentication.",
  },
};

export const GRANT_TYPES_ADDED_WHY = "The client can obtain tokens in these additional ways.";

/** Grant types risky enough to flag even on a new client, and why. */
export const RISKY_GRANT_TYPES: Readonly<Record<string, string>> = {
  implicit: "implicit returns tokens in the browser URL, where history and referrers can leak them",
  password: "password lets the application collect users' passwords directly",
  "http://auth0.com/oauth/grant-type/password-realm":
    "password-realm lets the application collect users' passwords directly",
};

export const SIGNUP_ENABLED_WHY = "Anyone who can reach the login page can create an account in this connection.";
export const BRUTE_FORCE_OFF_WHY = "Repeated password guesses against an account are no longer blocked.";
export const BRUTE_FORCE_OFF_NEW_WHY = "Repeated password guesses against an account are not blocked.";
export const ROLE_GRANTED_WHY = "The user gains the access of these roles.";
export const PERMISSIONS_GRANTED_WHY = "Every holder of the role gains these permissions.";
export const ACTION_UNBOUND_WHY =
  "The login logic in these Actions (such as the role claim dashboards read) stops running on the trigger.";
export const ACTION_REPLACED_WHY =
  "The Action gets a new id: trigger bindings to the old id are dropped, and its login logic (such as the role claim) stops running until it is bound again.";
export const ACTION_DELETED_WHY = "Its login logic (such as the role claim dashboards read) stops running.";
export const TRIGGER_TAKEN_OVER_WHY =
  "auth0_trigger_actions owns the trigger's whole list: an Action bound there now and missing from the config is unbound on apply, and one bound by hand later is unbound on the next apply.";
export const TRIGGER_NOT_IMPORTED_NOTE =
  'The plan cannot show what is bound now: adopt with loginFlow.postLogin.importId "post-login" so that it does.';
export const PREVENT_DESTROY_REMOVED_WHY = "Terraform no longer refuses a plan that destroys it.";

/** Auth0 cannot rename a connection: the provider replaces it. */
export const CONNECTION_RENAMED_WHY =
  "Auth0 cannot rename a connection: the old one is deleted with every user and profile in it, everyone who logged in through it is logged out, and applications enabled on it lose it until the new one is enabled.";
