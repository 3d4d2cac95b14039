import { parseStack } from "../../tools/local-tenant/stack-file";
import { buildTenantModel, TenantModel } from "../../tools/local-tenant/tenant-model";
import { resolveVariables } from "../../tools/local-tenant/variables";
import { JsonObject, objectAt } from "../json";

/** A small stack in the shape cdktf synthesizes, to vary in unit tests. */
export function minimalStack(): JsonObject {
  return {
    provider: { auth0: [{ domain: "ml-test.eu.auth0.com" }] },
    variable: { alice_password: { type: "string", sensitive: true, nullable: false } },
    resource: {
      auth0_client: {
        web: {
          name: "Web",
          app_type: "regular_web",
          callbacks: ["https://web.example.com/callback"],
          allowed_logout_urls: ["https://web.example.com"],
          grant_types: ["authorization_code", "refresh_token"],
          client_metadata: { dashboard: "machine-learning", allowed_roles: '["viewer"]' },
          jwt_configuration: { alg: "RS256", lifetime_in_seconds: 3600 },
        },
      },
      auth0_client_credentials: {
        web: { client_id: "${auth0_client.web.client_id}", authentication_method: "client_secret_post" },
      },
      auth0_connection: { db: { name: "users", strategy: "auth0", options: { password_policy: "good" } } },
      auth0_connection_clients: {
        db: { connection_id: "${auth0_connection.db.id}", enabled_clients: ["${auth0_client.web.client_id}"] },
      },
      auth0_role: { viewer: { name: "viewer", description: "Views" } },
      auth0_user: {
        alice: {
          connection_name: "${auth0_connection.db.name}",
          email: "Alice@Example.com",
          email_verified: true,
          password: "${var.alice_password}",
          app_metadata: '{"team":"ml"}',
        },
      },
      auth0_user_roles: { alice: { user_id: "${auth0_user.alice.id}", roles: ["${auth0_role.viewer.id}"] } },
    },
    output: {
      issuer_base_url: { value: "https://ml-test.eu.auth0.com/", sensitive: false },
      web_client_id: { value: "${auth0_client.web.client_id}", sensitive: false },
      web_client_secret: { value: "${auth0_client_credentials.web.client_secret}", sensitive: true },
    },
  };
}

export const ALICE_PASSWORD = "Correct-Horse-42";

/** Adds post-login Actions (code by name), bound in the given order. */
export function withActions(
  stack: JsonObject,
  actions: Array<{ name: string; code: string; secrets?: Record<string, string> }>,
): JsonObject {
  objectAt(stack, "resource").auth0_action = Object.fromEntries(
    actions.map((a) => [
      a.name,
      {
        name: a.name,
        code: a.code,
        runtime: "node22",
        deploy: true,
        supported_triggers: { id: "post-login", version: "v3" },
        secrets: Object.entries(a.secrets ?? {}).map(([name, value]) => ({ name, value })),
      },
    ]),
  );
  objectAt(stack, "resource").auth0_trigger_actions = {
    post_login: {
      trigger: "post-login",
      actions: actions.map((a) => ({ id: `\${auth0_action.${a.name}.id}`, display_name: a.name })),
    },
  };
  return stack;
}

export function modelOf(
  stack: unknown,
  variables: Record<string, string> = { alice_password: ALICE_PASSWORD },
): TenantModel {
  const parsed = parseStack("stack.json", stack);
  return buildTenantModel(parsed, resolveVariables(parsed, variables));
}
