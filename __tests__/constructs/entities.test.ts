import { Testing } from "../../lib/terraform-cdk";
import { Action } from "../../.gen/providers/auth0/action";
import { Client } from "../../.gen/providers/auth0/client";
import { ClientCredentials } from "../../.gen/providers/auth0/client-credentials";
import { Connection } from "../../.gen/providers/auth0/connection";
import { ConnectionClients } from "../../.gen/providers/auth0/connection-clients";
import { Auth0Provider } from "../../.gen/providers/auth0/provider";
import { Role } from "../../.gen/providers/auth0/role";
import { Rule } from "../../.gen/providers/auth0/rule";
import { RuleConfigA } from "../../.gen/providers/auth0/rule-config";
import { TriggerActions } from "../../.gen/providers/auth0/trigger-actions";
import { User } from "../../.gen/providers/auth0/user";
import { UserRoles } from "../../.gen/providers/auth0/user-roles";
import { completeEnvironment, environmentSchema } from "../../lib/config/schema";
import { DashboardAuthStack } from "../../lib/stack";
import { terraformLiteral } from "../../lib/terraform-literal";
import { exampleEnvironment, loginCode, minimalConfig, synthEnvironment, terraformJson } from "../helpers";
import { parseJsonObject, at, objectAt } from "../json";
import { containing } from "../matchers";

// Each entity of the reference setup, asserted on the synthesized JSON of a real stack.
describe("the dev example stack", () => {
  const synthesized = synthEnvironment(exampleEnvironment("dev"));
  const json = parseJsonObject(synthesized);

  test("the provider is pinned to the tenant and carries no credentials", () => {
    expect(synthesized).toHaveProviderWithProperties(Auth0Provider, { domain: "ml-dashboards-dev.eu.auth0.com" });
    expect(Object.keys(objectAt(json, "provider", "auth0", 0))).toEqual(["domain"]);
    expect(at(json, "terraform", "required_providers", "auth0")).toEqual({ source: "auth0/auth0", version: "1.55.0" });
  });

  test("database connection: auth0 strategy, brute-force protection, no signup, good passwords", () => {
    expect(synthesized).toHaveResourceWithProperties(Connection, {
      name: "ml-dashboard-users-dev",
      strategy: "auth0",
      options: containing({
        requires_username: false,
        brute_force_protection: true,
        import_mode: false,
        disable_signup: true,
        password_policy: "good",
      }),
    });
  });

  test("the connection is enabled for the dashboard client", () => {
    expect(synthesized).toHaveResourceWithProperties(ConnectionClients, {
      connection_id: "${auth0_connection.database.id}",
      enabled_clients: ["${auth0_client.mlflow.client_id}"],
    });
  });

  test("dashboard client: regular web app, code flow only, RS256, rotating expiring refresh tokens", () => {
    expect(synthesized).toHaveResourceWithProperties(Client, {
      name: "ML Dashboard (dev)",
      app_type: "regular_web",
      callbacks: ["http://localhost:3000/callback"],
      allowed_origins: ["http://localhost:3000"],
      web_origins: ["http://localhost:3000"],
      allowed_logout_urls: ["http://localhost:3000"],
      client_metadata: {
        dashboard: "machine-learning",
        dashboard_key: "mlflow",
        allowed_roles: '["ml-viewer","ml-admin"]',
      },
      oidc_conformant: true,
      grant_types: ["authorization_code", "refresh_token"],
      jwt_configuration: { alg: "RS256", lifetime_in_seconds: 3600 },
      refresh_token: containing({ rotation_type: "rotating", expiration_type: "expiring" }),
    });
  });

  test("client credentials exist so the dashboard server can read its secret", () => {
    expect(synthesized).toHaveResourceWithProperties(ClientCredentials, {
      client_id: "${auth0_client.mlflow.client_id}",
      authentication_method: "client_secret_post",
    });
    expect(at(json, "output", "mlflow_client_secret")).toEqual(
      expect.objectContaining({ sensitive: true, value: "${auth0_client_credentials.mlflow.client_secret}" }),
    );
  });

  test("users: roles in app_metadata and as Auth0 roles, password from a sensitive variable", () => {
    expect(synthesized).toHaveResourceWithProperties(User, {
      email: "alice@example.com",
      nickname: "alice",
      email_verified: true,
      connection_name: "${auth0_connection.database.name}",
      app_metadata: JSON.stringify({ roles: ["ml-admin"] }),
      password: "${var.alice_password}",
    });
    expect(at(json, "variable", "alice_password")).toEqual(
      expect.objectContaining({ sensitive: true, nullable: false, type: "string" }),
    );
    expect(synthesized).toHaveResourceWithProperties(Role, { name: "ml-admin" });
    expect(synthesized).toHaveResourceWithProperties(UserRoles, {
      user_id: "${auth0_user.alice.id}",
      roles: ["${auth0_role.ml-admin.id}"],
    });
    // A user with no roles gets no (empty) role assignment.
    expect(at(json, "resource", "auth0_user_roles", "carol")).toBeUndefined();
    expect(at(json, "resource", "auth0_user", "carol", "app_metadata")).toBe('{"roles":[]}');
    expect(at(json, "resource", "auth0_user", "dave", "blocked")).toBe(true);
  });

  test("post-login Action from rules/, node22, deployed, bound to post-login", () => {
    expect(synthesized).toHaveResourceWithProperties(Action, {
      name: "ml-dashboard-role-claim",
      runtime: "node22",
      deploy: true,
      // Escaped for Terraform; terraform-literal.test.ts proves Terraform decodes it to the file.
      code: terraformLiteral(loginCode.postLoginAction),
      supported_triggers: { id: "post-login", version: "v3" },
      secrets: [
        { name: "CLAIM_NAMESPACE", value: "http://localhost:3000/" },
        { name: "CONNECTION_ACCESS", value: "{}" },
      ],
    });
    expect(synthesized).toHaveResourceWithProperties(TriggerActions, {
      trigger: "post-login",
      actions: [{ id: "${auth0_action.role_claim.id}", display_name: "ml-dashboard-role-claim" }],
    });
  });

  test("no legacy Rule unless asked for", () => {
    expect(synthesized).not.toHaveResource(Rule);
    expect(synthesized).not.toHaveResource(RuleConfigA);
  });

  test("outputs: user ids and emails, client id, issuer, callback URLs", () => {
    expect(at(json, "output", "users", "value", "alice")).toEqual({
      id: "${auth0_user.alice.id}",
      email: "alice@example.com",
    });
    expect(at(json, "output", "mlflow_client_id", "value")).toBe("${auth0_client.mlflow.client_id}");
    expect(at(json, "output", "issuer_base_url", "value")).toBe("https://ml-dashboards-dev.eu.auth0.com/");
    expect(at(json, "output", "tenant_domain", "value")).toBe("ml-dashboards-dev.eu.auth0.com");
    expect(at(json, "output", "mlflow_callback_urls", "value")).toEqual(["http://localhost:3000/callback"]);
    expect(at(json, "output", "mlflow_allowed_roles", "value")).toEqual(["ml-viewer", "ml-admin"]);
    expect(at(json, "output", "mlflow_base_url", "value")).toBe("http://localhost:3000");
  });

  test("dev turns prevent_destroy off, and the stated reason travels with the resources", () => {
    const reason = "The dev tenant only holds example users and is rebuilt from this file.";
    const full = terraformJson(
      new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment("dev"), loginCode }),
    );
    for (const resource of [
      at(full, "resource", "auth0_connection", "database"),
      at(full, "resource", "auth0_user", "alice"),
    ]) {
      expect(at(resource, "lifecycle", "prevent_destroy")).toBe(false);
      expect(at(resource, "//", "prevent_destroy_off_reason")).toBe(reason);
    }
  });
});

describe("the prod example stack", () => {
  const json = parseJsonObject(synthEnvironment(exampleEnvironment("prod")));

  test("the connection and every user keep prevent_destroy", () => {
    expect(at(json, "resource", "auth0_connection", "database", "lifecycle")).toEqual({ prevent_destroy: true });
    for (const user of Object.values(objectAt(json, "resource", "auth0_user"))) {
      expect(at(user, "lifecycle")).toEqual({ prevent_destroy: true, ignore_changes: ["password"] });
    }
  });

  test("several dashboards share one connection, each with its own client and allowed roles", () => {
    expect(Object.keys(objectAt(json, "resource", "auth0_client")).sort()).toEqual([
      "grafana",
      "mlflow",
      "tensorboard",
    ]);
    expect(at(json, "resource", "auth0_connection_clients", "database", "enabled_clients")).toEqual([
      "${auth0_client.mlflow.client_id}",
      "${auth0_client.tensorboard.client_id}",
      "${auth0_client.grafana.client_id}",
    ]);
    expect(at(json, "resource", "auth0_client", "grafana", "client_metadata", "allowed_roles")).toBe(
      '["grafana-viewer","ml-admin"]',
    );
    expect(at(json, "resource", "auth0_client", "grafana", "callbacks")).toEqual([
      "https://grafana.ml.example.com/login/generic_oauth",
    ]);
    expect(Object.keys(objectAt(json, "resource", "auth0_action"))).toEqual(["role_claim"]);
  });

  test("a fixed user_id is passed through", () => {
    expect(at(json, "resource", "auth0_user", "ml_lead", "user_id")).toBe("ml-lead");
  });

  test("state lives in S3 with native locking and encryption", () => {
    expect(at(json, "terraform", "backend")).toEqual({
      s3: {
        bucket: "example-ml-platform-terraform-state",
        key: "ml-dashboard-auth/prod.tfstate",
        region: "eu-west-1",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });
});

test("with a custom domain, dashboards get it as their issuer; the provider keeps the tenant domain", () => {
  const input = minimalConfig();
  input.tenant = { domain: "ml-test.eu.auth0.com", customDomain: "login.ml.example.com" };
  const json = parseJsonObject(synthEnvironment(completeEnvironment("custom", environmentSchema.parse(input))));
  expect(at(json, "output", "issuer_base_url", "value")).toBe("https://login.ml.example.com/");
  expect(at(json, "provider", "auth0", 0, "domain")).toBe("ml-test.eu.auth0.com");
});

describe("legacyRule: true", () => {
  const input = minimalConfig();
  input.loginFlow = { legacyRule: true };
  const environment = completeEnvironment("legacy", environmentSchema.parse(input));
  const app = Testing.app();
  const synthesized = synthEnvironment(environment, app);

  test("also emits the reference-style Rule, reading the namespace from rule config", () => {
    expect(synthesized).toHaveResourceWithProperties(Rule, {
      name: "ml-dashboard-role-claim",
      script: terraformLiteral(loginCode.legacyRule!),
      enabled: true,
    });
    expect(synthesized).toHaveResourceWithProperties(RuleConfigA, {
      key: "CLAIM_NAMESPACE",
      value: "https://mlflow.example.com/",
    });
    // The Action stays: Rules are past end of life, so the Action is what keeps working.
    expect(synthesized).toHaveResource(Action);
  });

  test("warns at synth time that Rules are past end of life", () => {
    const warnings = app.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === "@cdktf/warn")
      .map((m) => String(m.data));
    expect(warnings.some((w) => w.includes("Rules reached end of life on 2026-11-18"))).toBe(true);
  });
});
