import { TenantSeed } from "./seed";

/**
 * Seeded objects as the Management API v2 returns them (field names as in Auth0's API reference
 * and the `auth0` SDK's types; a test checks them against those types).
 */

type ListKey = "clients" | "connections" | "users" | "roles" | "actions" | "rules";
type Seeded<K extends ListKey> = TenantSeed[K][number];

/** A fixed time for created_at/updated_at, so responses are the same on every run. */
const SEEDED_AT = "2024-01-01T00:00:00.000Z";

export function clientJson(client: Seeded<"clients">, secret: string | undefined): Record<string, unknown> {
  // The seed's grant list is the local tenant's own bookkeeping (Auth0 keeps it in client grants).
  const fields = Object.fromEntries(Object.entries(client).filter(([key]) => key !== "management_api_scopes"));
  return {
    ...fields,
    tenant: "local",
    global: false,
    token_endpoint_auth_method:
      client.token_endpoint_auth_method ?? (client.app_type === "spa" ? "none" : "client_secret_post"),
    ...(secret !== undefined ? { client_secret: secret } : {}),
  };
}

export function connectionJson(connection: Seeded<"connections">): Record<string, unknown> {
  return {
    id: connection.id,
    name: connection.name,
    display_name: connection.display_name ?? connection.name,
    strategy: connection.strategy,
    options: connection.options,
    realms: [connection.name],
    is_domain_connection: false,
  };
}

export function userJson(user: Seeded<"users">, strategyOf: (connection: string) => string): Record<string, unknown> {
  const [provider, ...rest] = user.user_id.split("|");
  return {
    user_id: user.user_id,
    email: user.email,
    email_verified: user.email_verified,
    nickname: user.nickname ?? user.email.split("@")[0],
    name: user.name ?? user.email,
    blocked: user.blocked,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
    identities: [
      {
        connection: user.connection,
        provider: strategyOf(user.connection) || provider,
        user_id: rest.join("|"),
        isSocial: false,
      },
    ],
    app_metadata: user.app_metadata,
    user_metadata: user.user_metadata,
  };
}

export function roleJson(role: Seeded<"roles">): Record<string, unknown> {
  return { id: role.id, name: role.name, description: role.description };
}

export function roleUserJson(user: Seeded<"users">): Record<string, unknown> {
  return { user_id: user.user_id, email: user.email, name: user.name ?? user.email };
}

export function actionJson(action: Seeded<"actions">): Record<string, unknown> {
  return {
    id: action.id,
    name: action.name,
    supported_triggers: action.supported_triggers,
    code: action.code,
    runtime: action.runtime,
    // Auth0 returns secret names only, never their values.
    secrets: action.secret_names.map((name) => ({ name, updated_at: SEEDED_AT })),
    all_changes_deployed: true,
    status: "built",
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
}

export function bindingJson(
  trigger: string,
  index: number,
  binding: { action_id: string; display_name: string },
  action: Seeded<"actions">,
): Record<string, unknown> {
  return {
    id: `${trigger}-binding-${index + 1}`,
    trigger_id: trigger,
    display_name: binding.display_name,
    action: actionJson(action),
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
}

export function ruleJson(rule: Seeded<"rules">): Record<string, unknown> {
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    order: rule.order,
    script: rule.script,
    stage: "login_success",
  };
}
