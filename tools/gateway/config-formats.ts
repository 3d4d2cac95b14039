import { rolesClaimName } from "../../dashboard/access";
import { DashboardOutputs } from "./stack-outputs";

/**
 * Settings for teams who already run Grafana or oauth2-proxy, generated from the same outputs
 * as the gateway, with the dashboard's allowed roles carried over. Secrets are never printed:
 * each config reads them from the environment variable its project documents.
 */
export class ConfigFormatError extends Error {}

export interface GeneratedConfig {
  readonly text: string;
  /** Things to do before it works (e.g. a callback URL the stack does not register yet). */
  readonly notes: readonly string[];
}

/** Grafana's organisation roles, highest first, and which of our roles map to each. */
export interface GrafanaRoleMapping {
  readonly Admin: readonly string[];
  readonly Editor: readonly string[];
  readonly Viewer: readonly string[];
}

/** Grafana's generic OAuth callback path (fixed by Grafana). */
export const GRAFANA_CALLBACK_PATH = "/login/generic_oauth";
/** oauth2-proxy's callback path (its default proxy prefix /oauth2). */
export const OAUTH2_PROXY_CALLBACK_PATH = "/oauth2/callback";

const joinPath = (base: string, p: string) => `${base.replace(/\/+$/, "")}${p}`;

/** A JMESPath identifier in double quotes (the claim name contains ':' and '/'). */
const jmesIdentifier = (name: string) => JSON.stringify(name);
/** A JMESPath raw string literal in single quotes. */
const jmesRaw = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/** Maps each allowed role to the first Grafana role whose list names it; the rest are Viewers. */
export function grafanaRoleMapping(
  allowedRoles: readonly string[],
  adminRoles: readonly string[],
  editorRoles: readonly string[],
): GrafanaRoleMapping {
  for (const role of [...adminRoles, ...editorRoles]) {
    if (!allowedRoles.includes(role))
      throw new ConfigFormatError(
        `role ${JSON.stringify(role)} is not one of the dashboard's allowed roles (${allowedRoles.join(", ")})`,
      );
  }
  return {
    Admin: [...adminRoles],
    Editor: editorRoles.filter((r) => !adminRoles.includes(r)),
    Viewer: allowedRoles.filter((r) => !adminRoles.includes(r) && !editorRoles.includes(r)),
  };
}

/**
 * `role_attribute_path`: the highest Grafana role any of the user's roles maps to. A user with
 * none of the allowed roles gets no valid role, which role_attribute_strict turns into a refused
 * login. to_array() keeps a missing claim from raising a type error in contains().
 */
export function grafanaRoleAttributePath(claim: string, mapping: GrafanaRoleMapping): string {
  const has = (role: string) => `contains(to_array(${jmesIdentifier(claim)}), ${jmesRaw(role)})`;
  const branches = (["Admin", "Editor", "Viewer"] as const)
    .filter((grafanaRole) => mapping[grafanaRole].length > 0)
    .map((grafanaRole) => {
      const any = mapping[grafanaRole].map(has);
      const test = any.length === 1 ? any[0] : `(${any.join(" || ")})`;
      return `${test} && ${jmesRaw(grafanaRole)}`;
    });
  return branches.join(" || ");
}

/** go-ini would cut a value at ';' or '#' (inline comments) and unwrap one pair of outer quotes. */
function iniValue(key: string, value: string): string {
  if (/[;#\r\n]/.test(value))
    throw new ConfigFormatError(
      `the Grafana setting ${key} would contain ';', '#' or a line break, which grafana.ini cannot hold unquoted: ${JSON.stringify(value)}`,
    );
  return value;
}

export function grafanaConfig(
  outputs: DashboardOutputs,
  roles: { admin: readonly string[]; editor: readonly string[] },
): GeneratedConfig {
  const issuer = outputs.issuerBaseUrl.replace(/\/?$/, "/");
  const claim = rolesClaimName(outputs.claimNamespace);
  const mapping = grafanaRoleMapping(outputs.allowedRoles, roles.admin, roles.editor);
  const callback = joinPath(outputs.baseUrl, GRAFANA_CALLBACK_PATH);
  const logout = new URL("v2/logout", issuer);
  logout.search = new URLSearchParams({
    client_id: outputs.clientId,
    returnTo: outputs.baseUrl,
  }).toString();
  const settings: Array<[string, string]> = [
    ["enabled", "true"],
    ["name", "Auth0"],
    ["client_id", outputs.clientId],
    // Grafana expands $__env{...}: the secret stays in the environment.
    ["client_secret", "$__env{GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET}"],
    ["scopes", "openid profile email"],
    ["auth_url", new URL("authorize", issuer).href],
    ["token_url", new URL("oauth/token", issuer).href],
    ["api_url", new URL("userinfo", issuer).href],
    ["use_pkce", "true"],
    ["use_refresh_token", "true"],
    ["role_attribute_path", grafanaRoleAttributePath(claim, mapping)],
    ["role_attribute_strict", "true"],
    ["allow_assign_grafana_admin", "false"],
    // A projection, not a bare quoted name: go-ini would strip quotes that wrap the whole value (grafana#26469).
    ["groups_attribute_path", `${jmesIdentifier(claim)}[*]`],
    ["allowed_groups", outputs.allowedRoles.join(" ")],
    ["signout_redirect_url", logout.href],
  ];
  const lines = [
    `# Grafana generic OAuth for dashboard "${outputs.key}", generated from the stack's outputs.`,
    `# Roles (claim ${claim}): ${(["Admin", "Editor", "Viewer"] as const).map((r) => `${r} <- ${mapping[r].join(", ") || "none"}`).join("; ")}.`,
    `# Anyone without one of ${outputs.allowedRoles.join(", ")} is refused (role_attribute_strict, allowed_groups).`,
    `# Set GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET from: terraform output -raw ${outputs.key}_client_secret`,
    `# and [server] root_url = ${outputs.baseUrl}`,
    "[auth.generic_oauth]",
    ...settings.map(([key, value]) => `${key} = ${iniValue(key, value)}`),
  ];
  return {
    text: `${lines.join("\n")}\n`,
    notes: callbackNotes(outputs, callback),
  };
}

/** A TOML basic string. */
const toml = (value: string) => JSON.stringify(value);
const tomlList = (values: readonly string[]) => `[${values.map(toml).join(", ")}]`;

export function oauth2ProxyConfig(outputs: DashboardOutputs, upstream: string | undefined): GeneratedConfig {
  const claim = rolesClaimName(outputs.claimNamespace);
  const callback = joinPath(outputs.baseUrl, OAUTH2_PROXY_CALLBACK_PATH);
  const settings: Array<[string, string]> = [
    ["provider", toml("oidc")],
    ["oidc_issuer_url", toml(outputs.issuerBaseUrl)],
    ["client_id", toml(outputs.clientId)],
    ["redirect_url", toml(callback)],
    // Explicit, so that allowed_groups does not add a "groups" scope Auth0 does not know.
    ["scope", toml("openid profile email")],
    ["code_challenge_method", toml("S256")],
    ["oidc_groups_claim", toml(claim)],
    ["allowed_groups", tomlList(outputs.allowedRoles)],
    ["email_domains", tomlList(["*"])],
    ["upstreams", tomlList([upstream ?? "http://127.0.0.1:8080/"])],
    ["skip_provider_button", "true"],
    ["pass_access_token", "false"],
    ["reverse_proxy", "false"],
  ];
  const lines = [
    `# oauth2-proxy for dashboard "${outputs.key}", generated from the stack's outputs.`,
    `# Only users whose ${claim} claim holds one of ${outputs.allowedRoles.join(", ")} get through;`,
    `# upstream requests carry X-Forwarded-User, -Email and -Groups (the roles).`,
    `# Secrets from the environment: OAUTH2_PROXY_CLIENT_SECRET (terraform output -raw ${outputs.key}_client_secret)`,
    `# and OAUTH2_PROXY_COOKIE_SECRET (python -c 'import os,base64; print(base64.urlsafe_b64encode(os.urandom(32)).decode())').`,
    ...(upstream ? [] : ["# Set upstreams to your dashboard's address (or pass --upstream)."]),
    ...settings.map(([key, value]) => `${key} = ${value}`),
  ];
  return {
    text: `${lines.join("\n")}\n`,
    notes: callbackNotes(outputs, callback),
  };
}

function callbackNotes(outputs: DashboardOutputs, callback: string): string[] {
  if (outputs.callbackUrls.includes(callback)) return [];
  return [
    `the stack does not register ${callback} as a callback URL of "${outputs.key}" (it has ${outputs.callbackUrls.join(", ")}); add it to dashboards.${outputs.key}.callbackUrls in the config and deploy, or the login is refused`,
  ];
}
