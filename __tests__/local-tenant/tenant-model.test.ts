import { LocalTenantConfigError } from "../../tools/local-tenant/errors";
import { localOutputs } from "../../tools/local-tenant/outputs";
import { describeRules, PasswordRules, passwordProblem } from "../../tools/local-tenant/password-policy";
import { resolveValue } from "../../tools/local-tenant/references";
import { ALICE_PASSWORD, minimalStack, modelOf, withActions } from "./fixtures";
import { JsonObject, objectAt, arrayAt } from "../json";

const refusal = (change: (stack: JsonObject) => void, variables?: Record<string, string>): string => {
  const stack = minimalStack();
  change(stack);
  try {
    modelOf(stack, variables);
  } catch (err) {
    expect(err).toBeInstanceOf(LocalTenantConfigError);
    return (err as Error).message;
  }
  throw new Error("expected the stack to be refused");
};

describe("local tenant model: what terraform apply would create", () => {
  test("resolves references, generates Auth0-shaped ids (stable across starts) and fresh secrets", () => {
    const a = modelOf(minimalStack());
    const b = modelOf(minimalStack());
    const [client] = a.clients;
    expect(client.clientId).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(client.clientId).toBe(b.clients[0].clientId);
    expect(client.clientSecret).not.toBe(b.clients[0].clientSecret);
    expect(client.authMethod).toBe("client_secret_post");
    expect(client.connections.map((c) => c.name)).toEqual(["users"]);
    const [alice] = a.users;
    expect(alice).toMatchObject({
      email: "alice@example.com",
      nickname: "alice",
      name: "alice@example.com",
      roles: ["viewer"],
      blocked: false,
      appMetadata: { team: "ml" },
    });
    expect(alice.userId).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(JSON.stringify(alice)).not.toContain(ALICE_PASSWORD);
  });

  test("checks passwords against the stored hash only", async () => {
    const [alice] = modelOf(minimalStack()).users;
    expect(await alice.password!.verify(ALICE_PASSWORD)).toBe(true);
    expect(await alice.password!.verify(`${ALICE_PASSWORD} `)).toBe(false);
  });

  test("outputs: the configured domain becomes the local issuer; sensitive outputs are kept apart", () => {
    const model = modelOf(minimalStack());
    const outputs = localOutputs(model, "https://localhost:4443/");
    expect(outputs.all).toEqual({
      issuer_base_url: "https://localhost:4443/",
      web_client_id: model.clients[0].clientId,
      web_client_secret: model.clients[0].clientSecret,
    });
    expect(outputs.public).not.toHaveProperty("web_client_secret");
  });

  test("resolves references in any order, to configured and computed attributes; names circular ones", () => {
    const stack = minimalStack();
    // Clients are read before roles and credentials: forward references must still resolve.
    objectAt(stack, "resource", "auth0_client", "web", "client_metadata").first_role = "${auth0_role.viewer.name}";
    objectAt(stack, "variable").web_secret = { type: "string", sensitive: true };
    objectAt(stack, "resource", "auth0_client_credentials", "web").client_secret = "${var.web_secret}";
    const model = modelOf(stack, { alice_password: ALICE_PASSWORD, web_secret: "configured-secret-0123456789" });
    expect(model.clients[0].metadata.first_role).toBe("viewer");
    expect(model.clients[0].clientSecret).toBe("configured-secret-0123456789");
    expect(localOutputs(model, "https://localhost:1/").all.web_client_secret).toBe("configured-secret-0123456789");

    expect(
      refusal((s) => {
        objectAt(s, "resource", "auth0_role", "viewer").name = "${auth0_role.viewer.description}";
        objectAt(s, "resource", "auth0_role", "viewer").description = "${auth0_role.viewer.name}";
      }),
    ).toContain(
      "circular reference (auth0_role.viewer.name -> auth0_role.viewer.description -> auth0_role.viewer.name)",
    );
  });

  test("Terraform string escapes and interpolation", () => {
    const targets = { variable: () => "v", local: () => ["a", "b"], resourceAttribute: () => 42 };
    expect(resolveValue("price: $${x} and %%{y}", "w", targets)).toBe("price: ${x} and %{y}");
    expect(resolveValue("n=${auth0_role.r.id}/${var.x}", "w", targets)).toBe("n=42/v");
    expect(resolveValue("${local.list}", "w", targets)).toEqual(["a", "b"]);
    expect(() => resolveValue("x ${local.list}", "w", targets)).toThrow(
      '"${local.list}" is not a string, number or bool',
    );
  });

  test("ignores resource types that do not change who can log in, and says so", () => {
    const stack = minimalStack();
    objectAt(stack, "resource").auth0_attack_protection = { this: { brute_force_protection: [{ enabled: true }] } };
    expect(modelOf(stack).notes).toContain(
      "auth0_attack_protection.this is ignored: it does not change who can log in",
    );
  });

  test.each([
    [
      "an attribute it does not know",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_client", "web").organization_require_behavior_x = "post_login_prompt"),
      "auth0_client.web.organization_require_behavior_x cannot be emulated",
    ],
    [
      "HS256 tokens",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_client", "web", "jwt_configuration").alg = "HS256"),
      'auth0_client.web.jwt_configuration.alg "HS256" cannot be emulated',
    ],
    [
      "a wildcard callback",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_client", "web").callbacks = ["https://*.example.com/callback"]),
      "has a wildcard",
    ],
    [
      "an unknown grant type",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_client", "web").grant_types = ["authorization_code", "magic"]),
      '"magic" is not an Auth0 grant type',
    ],
    [
      "private_key_jwt",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_client_credentials", "web").authentication_method = "private_key_jwt"),
      'authentication_method "private_key_jwt" cannot be emulated',
    ],
    [
      "a third-party client",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_client", "web").is_first_party = false),
      "is_first_party is false",
    ],
    [
      "Organizations",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_client", "web").organization_usage = "require"),
      'organization_usage "require"',
    ],
    [
      "custom database scripts",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_connection", "db", "options").enabled_database_customization = true),
      "custom database scripts cannot be emulated",
    ],
    [
      "a user in a connection the stack does not have",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_user", "alice").connection_name = "other"),
      'connection_name "other" is not the name of an auth0_connection',
    ],
    [
      "app_metadata that is not JSON",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_user", "alice").app_metadata = "{roles:"),
      "auth0_user.alice.app_metadata must be a JSON object string",
    ],
    [
      "count",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_role", "viewer").count = 2),
      "auth0_role.viewer uses count",
    ],
    [
      "a data source",
      (s: JsonObject) => (s.data = { auth0_client: { other: { name: "x" } } }),
      "data source data.auth0_client.other cannot be emulated",
    ],
    [
      "a sensitive output not marked sensitive",
      (s: JsonObject) => (objectAt(s, "output", "web_client_secret").sensitive = false),
      "output.web_client_secret shows a client_secret",
    ],
    [
      "an undeclared variable",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_user", "alice").nickname = "${var.nick}"),
      "refers to var.nick, which is not declared",
    ],
    [
      "a validation it cannot evaluate",
      (s: JsonObject) =>
        (objectAt(s, "variable", "alice_password").validation = [
          { condition: '${can(regex("[0-9]", var.alice_password))}', error_message: "x" },
        ]),
      "cannot be evaluated by the local tenant",
    ],
    [
      "two users with one email",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_user").alice2 = {
          ...objectAt(s, "resource", "auth0_user", "alice"),
          email: "alice@EXAMPLE.com",
        }),
      'both use "alice@example.com"',
    ],
  ])("refuses %s", (_name, change, message) => {
    expect(refusal(change)).toContain(message);
  });

  test.each([
    [
      "a trigger other than post-login that runs during logins",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_trigger_actions", "post_login").trigger = "credentials-exchange"),
      'trigger "credentials-exchange" cannot be emulated',
    ],
    [
      "an Action that is not deployed",
      (s: JsonObject) => (objectAt(s, "resource", "auth0_action", "a").deploy = false),
      "auth0_action.a.deploy is not true",
    ],
    [
      "npm dependencies",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_action", "a").dependencies = [{ name: "axios", version: "1.0.0" }]),
      "npm dependencies of Actions cannot be emulated",
    ],
    [
      "an Action for another trigger bound to post-login",
      (s: JsonObject) =>
        (objectAt(s, "resource", "auth0_action", "a", "supported_triggers").id = "credentials-exchange"),
      'supported_triggers.id is "credentials-exchange"',
    ],
  ])("refuses %s", (_name, change, message) => {
    expect(
      refusal((s) => {
        withActions(s, [{ name: "a", code: "exports.onExecutePostLogin = async () => {};" }]);
        change(s);
      }),
    ).toContain(message);
  });

  test("uses Auth0's defaults: grant types by app_type, and no secret for single-page apps", () => {
    const stack = minimalStack();
    delete objectAt(stack, "resource", "auth0_client", "web").grant_types;
    objectAt(stack, "resource", "auth0_client").spa = {
      name: "SPA",
      app_type: "spa",
      callbacks: ["https://spa.example.com/"],
    };
    arrayAt(stack, "resource", "auth0_connection_clients", "db", "enabled_clients").push(
      "${auth0_client.spa.client_id}",
    );
    const model = modelOf(stack);
    expect(model.clients[0].grantTypes).toEqual([
      "authorization_code",
      "implicit",
      "refresh_token",
      "client_credentials",
    ]);
    expect(model.clients[1]).toMatchObject({
      authMethod: "none",
      clientSecret: undefined,
      grantTypes: ["authorization_code", "implicit", "refresh_token"],
    });
  });

  test("a variable's default is used when TF_VAR_ is not set; a missing one names TF_VAR_", () => {
    expect(refusal(() => undefined, {})).toContain(
      'variable "alice_password" (used by auth0_user.alice.password) has no value: set TF_VAR_alice_password',
    );
    const stack = minimalStack();
    objectAt(stack, "variable", "alice_password").default = ALICE_PASSWORD;
    expect(modelOf(stack, {}).users).toHaveLength(1);
  });
});

describe("Auth0 password policies", () => {
  const good: PasswordRules = { policy: "good", minLength: 12, noPersonalInfo: true };
  test.each<[string, PasswordRules, string | undefined]>([
    ["Short-1a", good, 'it does not meet "At least 12 characters in length"'],
    [
      "alllowercaseletters",
      good,
      "Contain at least 3 of the following 4 types of characters: lower case letters (a-z)",
    ],
    ["Has-Alice-In-It-1", good, "no part of the user's name, nickname, username or email"],
    ["Aaa-Bbbb-2024!", { policy: "excellent", noPersonalInfo: false }, "No more than 2 identical characters in a row"],
    ["Passw0rd", { policy: "excellent", noPersonalInfo: false }, "At least 10 characters in length"],
    ["Password1234", { policy: "fair", noPersonalInfo: false }, undefined],
    ["Passw0rd", { policy: "good", noPersonalInfo: false }, undefined],
    ["Correct-Horse-42", good, undefined],
    ["x", { policy: "none", noPersonalInfo: false }, undefined],
  ])("%s under %j", (password, rules, problem) => {
    const result = passwordProblem(password, rules, ["alice"]);
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toContain(problem);
  });
});

test("the rules are described in Auth0's own words", () => {
  expect(describeRules({ policy: "excellent", minLength: 12, noPersonalInfo: true })).toBe(
    'password_policy "excellent": At least 12 characters in length; ' +
      "Contain at least 3 of the following 4 types of characters: lower case letters (a-z), upper case letters (A-Z), " +
      'numbers (i.e. 0-9), special characters (e.g. !@#$%^&*); No more than 2 identical characters in a row (e.g., "aaa" not allowed); ' +
      "no part of the user's name, nickname, username or email",
  );
});
