import { LocalTenantConfigError } from "./errors";
import { StackResource } from "./stack-file";

/**
 * Which resource types the local tenant emulates, which it ignores (they do not change who can
 * log in, or what tokens say), and which it refuses. Any type in none of these lists is refused
 * too: a stack the local tenant does not understand must not look like it works.
 *
 * For an emulated type, every attribute is either emulated or listed as ignored; an attribute
 * in neither list is refused when it is set to something other than an empty/false value.
 */
export interface EmulatedType {
  /** Attributes the local tenant reads. */
  readonly emulated: readonly string[];
  /** Attributes with no effect on login or tokens in the local tenant. */
  readonly ignored: readonly string[];
}

export const EMULATED_TYPES: Readonly<Record<string, EmulatedType>> = {
  auth0_client: {
    emulated: [
      "name",
      "app_type",
      "callbacks",
      "allowed_logout_urls",
      "grant_types",
      "client_metadata",
      "is_first_party",
      "oidc_conformant",
      "jwt_configuration",
      "refresh_token",
      "web_origins",
      "allowed_origins",
      "organization_usage",
      "require_pushed_authorization_requests",
      "require_proof_of_possession",
    ],
    ignored: [
      "description",
      "logo_uri",
      "cross_origin_auth",
      "cross_origin_loc",
      "custom_login_page",
      "custom_login_page_on",
      "form_template",
      "initiate_login_uri",
      "sso",
      "sso_disabled",
      "is_token_endpoint_ip_header_trusted",
      "allowed_clients",
      "client_aliases",
      "organization_require_behavior",
      "oidc_backchannel_logout_urls",
      "oidc_logout",
      "mobile",
      "native_social_login",
      "encryption_key",
      "compliance_level",
      "default_organization",
    ],
  },
  auth0_client_credentials: { emulated: ["client_id", "authentication_method", "client_secret"], ignored: [] },
  auth0_connection: {
    emulated: ["name", "strategy", "options", "metadata", "display_name", "realms"],
    ignored: ["is_domain_connection", "show_as_button"],
  },
  auth0_connection_clients: { emulated: ["connection_id", "enabled_clients"], ignored: [] },
  auth0_connection_client: { emulated: ["connection_id", "client_id"], ignored: [] },
  auth0_user: {
    emulated: [
      "connection_name",
      "user_id",
      "email",
      "username",
      "nickname",
      "name",
      "given_name",
      "family_name",
      "picture",
      "email_verified",
      "blocked",
      "password",
      "app_metadata",
      "user_metadata",
    ],
    ignored: ["verify_email", "phone_number", "phone_verified"],
  },
  auth0_role: { emulated: ["name"], ignored: ["description"] },
  auth0_user_roles: { emulated: ["user_id", "roles"], ignored: [] },
  auth0_user_role: { emulated: ["user_id", "role_id"], ignored: [] },
  auth0_action: {
    emulated: ["name", "code", "runtime", "deploy", "secrets", "supported_triggers", "dependencies"],
    ignored: [],
  },
  auth0_trigger_actions: { emulated: ["trigger", "actions"], ignored: [] },
  auth0_rule: { emulated: ["name", "script", "enabled", "order"], ignored: [] },
  auth0_rule_config: { emulated: ["key", "value"], ignored: [] },
};

/** Types that do not affect who can log in to which client, or the tokens issued. */
export const IGNORED_TYPES: Readonly<Record<string, string>> = {
  auth0_attack_protection:
    "brute-force and breached-password protection react to abusive login patterns, not to who may log in",
  auth0_branding: "appearance of the login page",
  auth0_branding_theme: "appearance of the login page",
  auth0_prompt: "login page experience settings",
  auth0_prompt_custom_text: "texts of the login page",
  auth0_prompt_partials: "login page templates",
  auth0_prompt_screen_partial: "login page templates",
  auth0_prompt_screen_partials: "login page templates",
  auth0_pages: "custom error and login page HTML",
  auth0_email_provider: "email delivery",
  auth0_email_template: "email contents",
  auth0_log_stream: "log export",
};

/** Types refused with a specific reason (any other unknown type is refused too). */
const REFUSED_TYPES: Readonly<Record<string, string>> = {
  auth0_trigger_action:
    "its position among the trigger's Actions is decided at apply time; bind post-login Actions with one auth0_trigger_actions, which fixes the order",
  auth0_resource_server: "APIs (audiences) and JWT access tokens for them are not emulated",
  auth0_client_grant: "client grants to APIs are not emulated",
  auth0_tenant: "tenant settings (default audience, session lifetimes, flags) change logins and are not emulated",
  auth0_custom_domain: "a custom domain changes the issuer; the local tenant's issuer is https://localhost:<port>/",
  auth0_guardian: "multi-factor authentication is not emulated",
  auth0_hook: "Hooks are not emulated",
};

const META_ATTRIBUTES = new Set(["//", "lifecycle", "depends_on", "provider", "connection", "provisioner"]);

/** An attribute set to nothing (absent, null, false, "", [], {}): left at the provider default. */
export function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

export type ResourceRole = "emulated" | "ignored";

/** Checks one resource against the catalog; returns whether it is emulated or ignored, or throws naming it. */
export function classifyResource(file: string, resource: StackResource): ResourceRole {
  const { type, address, body } = resource;
  if (body.count !== undefined || body.for_each !== undefined) {
    throw new LocalTenantConfigError(
      `${file}: ${address} uses ${body.count !== undefined ? "count" : "for_each"}, which the local tenant cannot emulate; synthesize one resource per instance`,
    );
  }
  if (typeof body.provider === "string" && body.provider !== "auth0") {
    throw new LocalTenantConfigError(
      `${file}: ${address} uses provider "${body.provider}": the local tenant emulates one Auth0 tenant (the default auth0 provider) only`,
    );
  }
  if (IGNORED_TYPES[type] !== undefined) return "ignored";
  const spec = EMULATED_TYPES[type];
  if (!spec) {
    const reason = REFUSED_TYPES[type];
    throw new LocalTenantConfigError(
      reason
        ? `${file}: ${address}: resource type "${type}" cannot be emulated by the local tenant: ${reason}`
        : `${file}: ${address}: resource type "${type}" is unknown to the local tenant, which cannot tell whether it changes who can log in; ` +
            `emulated: ${Object.keys(EMULATED_TYPES).join(", ")}; ignored: ${Object.keys(IGNORED_TYPES).join(", ")}`,
    );
  }
  const known = new Set([...spec.emulated, ...spec.ignored]);
  for (const [attribute, value] of Object.entries(body)) {
    if (META_ATTRIBUTES.has(attribute) || known.has(attribute) || isUnset(value)) continue;
    throw new LocalTenantConfigError(
      `${file}: ${address}.${attribute} cannot be emulated by the local tenant (it may change logins); remove it or extend tools/local-tenant to emulate it`,
    );
  }
  return "emulated";
}
