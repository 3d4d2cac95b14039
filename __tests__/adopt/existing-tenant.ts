import { TenantSeedInput } from "../../tools/local-tenant/management-api";

/** Scopes of the machine-to-machine application adopt runs with in the tests. */
export const ADOPT_SCOPES = [
  "read:clients",
  "read:connections",
  "read:users",
  "read:roles",
  "read:actions",
  "read:rules",
];

export const FOREIGN_ACTION_ID = "a1b2c3d4-0000-4000-8000-00000000a001";
export const CLIENT_IDS = {
  mlflow: "MlflowClient0000000000000000001",
  grafana: "GrafanaClient000000000000000001",
  spa: "SpaClient0000000000000000000001",
  reader: "AdoptReader00000000000000000001",
  narrow: "NarrowReader0000000000000000001",
} as const;
export const DATABASE_USERS = 120;

/**
 * A tenant this app never created: the default database connection with 120 users (some with
 * roles in app_metadata, some with Auth0 roles), two regular-web applications and an SPA, a
 * social connection, a foreign post-login Action, an Action on another trigger and a Rule.
 */
export function existingTenant(): TenantSeedInput {
  const users = Array.from({ length: DATABASE_USERS }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return {
      user_id: `auth0|user${n}`,
      email: `user${n}@example.com`,
      email_verified: i % 7 !== 0,
      connection: "Username-Password-Authentication",
      blocked: i === 5,
      app_metadata: i % 3 === 0 ? { roles: ["ml-viewer"] } : i === 1 ? { plan: "pro" } : {},
    };
  });
  const social = Array.from({ length: 3 }, (_, i) => ({
    user_id: `google-oauth2|10${i}`,
    email: `social${i}@example.com`,
    connection: "google-oauth2",
  }));
  return {
    clients: [
      {
        client_id: CLIENT_IDS.mlflow,
        name: "MLflow",
        app_type: "regular_web",
        callbacks: ["https://mlflow.example.com/callback"],
        allowed_logout_urls: ["https://mlflow.example.com"],
        grant_types: ["authorization_code", "refresh_token"],
        jwt_configuration: { alg: "RS256", lifetime_in_seconds: 36000 },
      },
      {
        client_id: CLIENT_IDS.grafana,
        name: "Grafana",
        app_type: "regular_web",
        callbacks: ["https://grafana.example.com/login/generic_oauth", "http://localhost:3000/callback"],
        grant_types: ["authorization_code", "refresh_token", "client_credentials"],
      },
      { client_id: CLIENT_IDS.spa, name: "Team Portal", app_type: "spa", callbacks: ["https://portal.example.com"] },
      {
        client_id: CLIENT_IDS.reader,
        name: "adopt reader",
        app_type: "non_interactive",
        grant_types: ["client_credentials"],
        // read:client_keys too, so that the API returns client secrets and the test proves adopt drops them.
        management_api_scopes: [...ADOPT_SCOPES, "read:client_keys"],
      },
      {
        client_id: CLIENT_IDS.narrow,
        name: "narrow reader",
        app_type: "non_interactive",
        grant_types: ["client_credentials"],
        management_api_scopes: ["read:clients", "read:connections"],
      },
    ],
    connections: [
      {
        id: "con_Default0000000001",
        name: "Username-Password-Authentication",
        strategy: "auth0",
        options: { passwordPolicy: "fair", brute_force_protection: true },
        enabled_clients: [CLIENT_IDS.mlflow, CLIENT_IDS.grafana, CLIENT_IDS.spa],
      },
      {
        id: "con_Google000000000001",
        name: "google-oauth2",
        strategy: "google-oauth2",
        enabled_clients: [CLIENT_IDS.spa],
      },
    ],
    users: [...users, ...social],
    roles: [
      {
        id: "rol_Viewer0000000001",
        name: "ml-viewer",
        description: "Can view model metrics",
        users: ["auth0|user002"],
      },
      {
        id: "rol_Admin00000000001",
        name: "ml-admin",
        description: "Can use the admin panel",
        users: users.filter((_, i) => i % 5 === 0).map((u) => u.user_id),
      },
    ],
    actions: [
      {
        id: FOREIGN_ACTION_ID,
        name: "audit-log",
        code: "exports.onExecutePostLogin = async () => {};",
        supported_triggers: [{ id: "post-login", version: "v3" }],
        secret_names: ["AUDIT_TOKEN"],
      },
      {
        id: "a1b2c3d4-0000-4000-8000-00000000a002",
        name: "m2m-claims",
        supported_triggers: [{ id: "credentials-exchange", version: "v2" }],
      },
    ],
    trigger_bindings: {
      "post-login": [{ action_id: FOREIGN_ACTION_ID, display_name: "audit-log" }],
      "credentials-exchange": [{ action_id: "a1b2c3d4-0000-4000-8000-00000000a002", display_name: "m2m-claims" }],
    },
    rules: [
      {
        id: "rul_Geo00000000000001",
        name: "geo-block",
        script: "function (user, context, cb) { cb(null, user, context); }",
      },
    ],
  };
}
