import { search } from "jmespath";
import { parse as parseToml } from "smol-toml";
import { grafanaConfig, oauth2ProxyConfig } from "../../tools/gateway/config-formats";
import { DashboardOutputs } from "../../tools/gateway/stack-outputs";

// Option names as documented by each project (see the README, "Protecting an existing dashboard"):
// Grafana: docs/sources/setup-grafana/configure-access/configure-authentication/generic-oauth/index.md,
// "Configuration options"; oauth2-proxy v7: docs/docs/configuration/overview.md, "Config File" and option tables.
const GRAFANA_GENERIC_OAUTH_OPTIONS = new Set([
  "enabled",
  "name",
  "client_id",
  "client_secret",
  "scopes",
  "auth_url",
  "token_url",
  "api_url",
  "use_pkce",
  "use_refresh_token",
  "role_attribute_path",
  "role_attribute_strict",
  "allow_assign_grafana_admin",
  "skip_org_role_sync",
  "groups_attribute_path",
  "allowed_groups",
  "org_attribute_path",
  "org_mapping",
  "signout_redirect_url",
  "tls_skip_verify_insecure",
  "tls_client_ca",
]);
const OAUTH2_PROXY_OPTIONS = new Set([
  "provider",
  "oidc_issuer_url",
  "client_id",
  "client_secret",
  "cookie_secret",
  "email_domains",
  "oidc_groups_claim",
  "allowed_groups",
  "skip_provider_button",
  "set_xauthrequest",
  "pass_access_token",
  "upstreams",
  "redirect_url",
  "skip_auth_routes",
  "whitelist_domains",
  "reverse_proxy",
  "code_challenge_method",
  "scope",
]);
const GRAFANA_ROLES = new Set(["None", "Viewer", "Editor", "Admin", "GrafanaAdmin"]);

const OUTPUTS: DashboardOutputs = {
  key: "grafana",
  issuerBaseUrl: "https://ml-dashboards-prod.eu.auth0.com/",
  clientId: "gRaFaNaClientId123",
  baseUrl: "https://grafana.example.com",
  callbackUrls: ["https://grafana.example.com/login/generic_oauth"],
  claimNamespace: "https://ml.example.com/",
  allowedRoles: ["ml-viewer", "ml-editor", "ml-admin"],
};
const CLAIM = "https://ml.example.com/roles";

/** go-ini's value reading, as Grafana loads grafana.ini (go-ini/ini parser.go readValue). */
function goIniValue(raw: string): string {
  const value = raw.trim();
  if (value.startsWith("`") && value.endsWith("`") && value.length > 1) return value.slice(1, -1);
  if (value.startsWith('"""')) return value.slice(3, value.lastIndexOf('"""'));
  for (const q of ['"', "'"]) {
    if (value.length > 1 && value.startsWith(q) && value.endsWith(q) && !value.slice(1, -1).includes(q))
      return value.slice(1, -1);
  }
  const comment = value.search(/\s[#;]/);
  return comment >= 0 ? value.slice(0, comment).trim() : value;
}

function iniSection(text: string): Map<string, string> {
  const lines = text.split("\n").filter((l) => l.trim() && !l.startsWith("#") && !l.startsWith(";"));
  expect(lines[0]).toBe("[auth.generic_oauth]");
  return new Map(
    lines.slice(1).map((line) => {
      const eq = line.indexOf("=");
      return [line.slice(0, eq).trim(), goIniValue(line.slice(eq + 1))] as const;
    }),
  );
}

describe("Grafana [auth.generic_oauth]", () => {
  const generated = grafanaConfig(OUTPUTS, {
    admin: ["ml-admin"],
    editor: ["ml-editor"],
  });
  const ini = iniSection(generated.text);

  test("uses only option names from Grafana's documentation, and points at the tenant", () => {
    for (const key of ini.keys()) expect(GRAFANA_GENERIC_OAUTH_OPTIONS).toContain(key);
    expect(Object.fromEntries(ini)).toMatchObject({
      enabled: "true",
      client_id: "gRaFaNaClientId123",
      auth_url: "https://ml-dashboards-prod.eu.auth0.com/authorize",
      token_url: "https://ml-dashboards-prod.eu.auth0.com/oauth/token",
      api_url: "https://ml-dashboards-prod.eu.auth0.com/userinfo",
      use_pkce: "true",
      role_attribute_strict: "true",
      allow_assign_grafana_admin: "false",
      allowed_groups: "ml-viewer ml-editor ml-admin",
    });
    expect(new URL(ini.get("signout_redirect_url")!).searchParams.get("returnTo")).toBe("https://grafana.example.com");
    expect(generated.notes).toEqual([]);
  });

  test("never contains the client secret: Grafana reads it from the environment", () => {
    expect(ini.get("client_secret")).toBe("$__env{GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET}");
  });

  test("role_attribute_path (evaluated with JMESPath after go-ini reads it) maps our roles claim to Grafana roles", () => {
    const path = ini.get("role_attribute_path")!;
    const role = (roles: unknown) => search(roles === undefined ? {} : { [CLAIM]: roles }, path) as unknown;
    expect(role(["ml-admin"])).toBe("Admin");
    expect(role(["ml-viewer", "ml-admin"])).toBe("Admin");
    expect(role(["ml-editor"])).toBe("Editor");
    expect(role(["ml-viewer"])).toBe("Viewer");
    // Without an allowed role there is no valid Grafana role, which role_attribute_strict refuses.
    for (const roles of [[], ["other"], undefined]) expect(GRAFANA_ROLES.has(role(roles) as string)).toBe(false);
  });

  test("groups_attribute_path yields the roles list for allowed_groups", () => {
    const path = ini.get("groups_attribute_path")!;
    expect(search({ [CLAIM]: ["ml-viewer", "x"] }, path)).toEqual(["ml-viewer", "x"]);
    expect(search({}, path)).toBeNull();
  });

  test("notes a callback URL the stack does not register, and refuses admin roles that are not allowed", () => {
    const other = grafanaConfig(
      { ...OUTPUTS, callbackUrls: ["https://grafana.example.com/callback"] },
      { admin: [], editor: [] },
    );
    expect(other.notes.join("\n")).toContain("https://grafana.example.com/login/generic_oauth");
    expect(() => grafanaConfig(OUTPUTS, { admin: ["root"], editor: [] })).toThrow(
      /"root" is not one of the dashboard's allowed roles/,
    );
  });
});

describe("oauth2-proxy config file", () => {
  const generated = oauth2ProxyConfig(
    {
      ...OUTPUTS,
      callbackUrls: ["https://grafana.example.com/oauth2/callback"],
    },
    "http://127.0.0.1:5000/",
  );
  const config = parseToml(generated.text) as Record<string, unknown>;

  test("is valid TOML with only option names from oauth2-proxy's documentation", () => {
    for (const key of Object.keys(config)) expect(OAUTH2_PROXY_OPTIONS).toContain(key);
  });

  test("carries the issuer, client, roles claim as groups claim, and the allowed roles as allowed groups", () => {
    expect(config).toMatchObject({
      provider: "oidc",
      oidc_issuer_url: "https://ml-dashboards-prod.eu.auth0.com/",
      client_id: "gRaFaNaClientId123",
      oidc_groups_claim: CLAIM,
      allowed_groups: ["ml-viewer", "ml-editor", "ml-admin"],
      redirect_url: "https://grafana.example.com/oauth2/callback",
      upstreams: ["http://127.0.0.1:5000/"],
      scope: "openid profile email",
      code_challenge_method: "S256",
      pass_access_token: false,
    });
    expect(config.client_secret).toBeUndefined();
    expect(config.cookie_secret).toBeUndefined();
    expect(generated.notes).toEqual([]);
  });
});
