/**
 * Names that the constructs write into a synthesized stack and the tools read back. They live
 * here, with the model that reads them, so that no tool imports `lib/constructs`: the
 * constructs import them from this file.
 */

/** Key under a resource's `//` comment (ignored by Terraform) that records why prevent_destroy is off. */
export const PREVENT_DESTROY_OFF_REASON = "prevent_destroy_off_reason";

/** Key under a client's `//` comment that records, per extra grant type, why it is enabled. */
export const GRANT_TYPE_REASONS = "extra_grant_type_reasons";

/**
 * Key under a resource's `//` comment listing accepted policy findings:
 * `[{ "rule": "<rule id>", "reason": "<why>" }]`, written from config `policy.suppressions` and
 * from construct metadata.
 */
export const POLICY_SUPPRESSIONS = "policy_suppressions";

/** Key under the stack's `//` comment: the config file and, per resource address, the config path it came from. */
export const CONFIG_SOURCES = "config_sources";

/** Client metadata marking a client as an ML dashboard, so the post-login Action enforces its allowed roles. */
export const DASHBOARD_METADATA_KEY = "dashboard";
export const DASHBOARD_METADATA_VALUE = "machine-learning";
/** Client metadata key holding the dashboard's key. */
export const DASHBOARD_KEY_METADATA_KEY = "dashboard_key";
/** Client metadata key holding the JSON list of roles allowed to log in. */
export const ALLOWED_ROLES_METADATA_KEY = "allowed_roles";

/** Key under an auth0_rule's `//` comment recording that the stack opted in to legacy Rules (config loginFlow.legacyRule). */
export const LEGACY_RULE_OPT_IN = "legacy_rule_opt_in";

/**
 * Name of the post-login Action secret holding, per connection name, who may sign in through it:
 * `{ "<connection name>": { "groupRoles": { "<group>": ["<role>"] }, "allowedEmailDomains": ["example.com"] } }`
 * (lib/connection-access.ts writes it; the policy check and npm run dev read it).
 */
export const CONNECTION_ACCESS_SECRET = "CONNECTION_ACCESS";
