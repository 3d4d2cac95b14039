import { ConfigError } from "../../lib/config/config-error";
import { loadEnvironment } from "../../lib/config/load-environment";
import { loginCode, minimalConfig, synthEnvironment, tempDir, writeConfig } from "../helpers";
import { arrayAt, objectAt, parseJsonObject, stringAt } from "../json";
import { CLAIM, postLoginEvent, runPostLoginAction } from "../rules/login-code-harness";

/** Odd names, Unicode and sizes, from config through synth to the post-login Action. */

const dir = tempDir("connection-attacks");
let n = 0;

function configWith(corp: Record<string, unknown>, key = "corp") {
  const { connection: _legacy, ...config } = minimalConfig();
  return {
    ...config,
    connections: {
      users: { type: "database", name: "ml-users" },
      [key]: {
        type: "oidc",
        name: "corp-sso",
        issuer: "https://sso.example.com/",
        clientId: "ml-dashboards",
        clientSecretVariable: "corp_client_secret",
        groupRoles: { "ml-team": ["ml-viewer"] },
        ...corp,
      },
    },
  };
}

function errorOf(config: unknown): string {
  try {
    loadEnvironment(writeConfig(dir, `attack${++n}`, config));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message;
  }
  throw new Error("expected the config to be rejected");
}

describe("connection names and keys", () => {
  test("a Unicode connection name or key is a config error that says what to write", () => {
    expect(errorOf(configWith({ name: "corp-sšo" }))).toContain(
      "$.connections.corp.name: expected a connection name of",
    );
    expect(errorOf(configWith({}, "corp_ü"))).toContain('$.connections["corp_ü"]: expected a connection key of');
  });

  test("a secret typed into clientId or issuer is refused, and never echoed", () => {
    const secret = "Xy9kL2mN8pQ4rS6tU0vW3yZ5aB7cD1eF9gH2";
    const issuer = errorOf(configWith({ issuer: `https://user:${secret}@sso.example.com/` }));
    expect(issuer).toContain("$.connections.corp.issuer: expected an https:// URL without credentials");
    expect(issuer).not.toContain(secret);
    // A clientId cannot be told from a secret by the schema; the policy check inside synth can.
    const environment = loadEnvironment(writeConfig(dir, `attack${++n}`, configWith({ clientId: secret })));
    expect(() => synthEnvironment(environment)).toThrow(
      /credential-strings: options\.client_id looks like a long high-entropy token \(not shown\)/,
    );
    try {
      synthEnvironment(environment);
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });
});

describe("group names: Unicode, Terraform syntax and sizes", () => {
  const group = "ML Téam 数据 ${var.x} %{if}";

  test("an odd group name reaches the Action's secret exactly (Terraform's ${ and %{ escaped)", async () => {
    const environment = loadEnvironment(
      writeConfig(dir, `attack${++n}`, configWith({ groupRoles: { [group]: ["ml-viewer"] } })),
    );
    const json = parseJsonObject(synthEnvironment(environment));
    const secrets = arrayAt(objectAt(json, "resource", "auth0_action", "role_claim"), "secrets");
    const written = stringAt(
      secrets.find((s) => stringAt(s, "name") === "CONNECTION_ACCESS"),
      "value",
    );
    expect(written).toContain("$${var.x} %%{if}");
    // What Terraform hands Auth0 after unescaping, and what the Action then maps.
    const access = written.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    const result = await runPostLoginAction(
      loginCode.postLoginAction,
      postLoginEvent({
        connection: { id: "con_corp", name: "corp-sso", strategy: "oidc" },
        user: { user_id: "oidc|corp-sso|u1", email: "ada@example.com", email_verified: true, groups: [group] },
        clientMetadata: { dashboard: "machine-learning", dashboard_key: "mlflow", allowed_roles: '["ml-viewer"]' },
        secrets: { CLAIM_NAMESPACE: "https://ml.example.com/", CONNECTION_ACCESS: access },
      }),
    );
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims[CLAIM]).toEqual(["ml-viewer"]);
  });

  test("a user in 20,000 groups is mapped by the ones that count, and one in none of them is denied", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `team-${i}`);
    const login = (groups: unknown) =>
      runPostLoginAction(
        loginCode.postLoginAction,
        postLoginEvent({
          connection: { id: "con_corp", name: "corp-sso", strategy: "oidc" },
          user: { user_id: "oidc|corp-sso|u1", email: "ada@example.com", email_verified: true, groups },
          clientMetadata: { dashboard: "machine-learning", dashboard_key: "mlflow", allowed_roles: '["ml-viewer"]' },
          secrets: {
            CLAIM_NAMESPACE: "https://ml.example.com/",
            CONNECTION_ACCESS: JSON.stringify({ "corp-sso": { groupRoles: { "ml-team": ["ml-viewer"] } } }),
          },
        }),
      );
    expect((await login([...many, "ml-team"])).idTokenClaims[CLAIM]).toEqual(["ml-viewer"]);
    expect((await login(many.join(","))).denied).toMatch(/^You need one of the roles/);
    expect((await login({ length: 3 })).denied).toMatch(/could not be read/);
  });
});
