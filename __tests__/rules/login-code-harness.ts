import { PostLoginAction } from "../../tools/local-tenant/action-runtime";
import { LegacyRule } from "../../tools/local-tenant/rule-runtime";
import { parseJsonObject } from "../json";

/**
 * Runs the files in rules/ the way Auth0 does, through the local tenant's runtime (the same one
 * `npm run dev` uses): the Action as a CommonJS module exporting onExecutePostLogin(event, api),
 * the Rule as a bare function(user, context, callback) with `configuration` and
 * `UnauthorizedError` as globals, each run in a fresh V8 context. Any api call the runtime does
 * not support, or any exception, fails the test.
 */

export interface PostLoginResult {
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  denied?: string;
}

export async function runPostLoginAction(code: string, event: { secrets?: Record<string, string> } & Record<string, unknown>): Promise<PostLoginResult> {
  const { secrets = {}, ...rest } = event;
  const action = new PostLoginAction({ address: "auth0_action.role_claim", name: "ml-dashboard-role-claim", code, secrets });
  const { failure, ...result } = await action.run(parseJsonObject(JSON.stringify(rest)));
  if (failure !== undefined) throw new Error(`the Action failed: ${failure}`);
  return result;
}

export interface RuleResult {
  error?: string;
  idToken: Record<string, unknown>;
  accessToken: Record<string, unknown>;
}

export async function runLegacyRule(code: string, user: unknown, context: Record<string, unknown>, configuration: Record<string, string>): Promise<RuleResult> {
  const rule = new LegacyRule({ address: "auth0_rule.role_claim", name: "ml-dashboard-role-claim", script: code }, configuration);
  const result = await rule.run(parseJsonObject(JSON.stringify(user)), parseJsonObject(JSON.stringify(context)));
  if (result.failure !== undefined) throw new Error(`the Rule failed: ${result.failure}`);
  return result.denied !== undefined
    ? { error: result.denied, idToken: {}, accessToken: {} }
    : { idToken: result.idTokenClaims, accessToken: result.accessTokenClaims };
}

const NAMESPACE = "https://ml.example.com/";

/** An event shaped like Auth0's post-login event (trigger v3), for a login to the MLflow dashboard. */
export function postLoginEvent(overrides: {
  user?: Record<string, unknown>;
  roles?: string[] | undefined;
  clientMetadata?: Record<string, string>;
  secrets?: Record<string, string>;
  connection?: { id: string; name: string; strategy: string };
} = {}) {
  return {
    user: overrides.user ?? { user_id: "auth0|alice", email: "alice@example.com", email_verified: true, app_metadata: { roles: ["ml-viewer"] }, user_metadata: {} },
    client: {
      client_id: "mlflow-client-id",
      name: "MLflow",
      metadata: overrides.clientMetadata ?? { dashboard: "machine-learning", dashboard_key: "mlflow", allowed_roles: '["ml-viewer","ml-admin"]' },
    },
    connection: overrides.connection ?? { id: "con_123", name: "ml-dashboard-users", strategy: "auth0" },
    authorization: overrides.roles === undefined && "roles" in overrides ? undefined : { roles: overrides.roles ?? [] },
    secrets: overrides.secrets ?? { CLAIM_NAMESPACE: NAMESPACE, CONNECTION_ACCESS: "{}" },
    request: { ip: "127.0.0.1", method: "POST", hostname: "ml-test.eu.auth0.com", user_agent: "jest", query: {}, body: {}, geoip: {} },
    transaction: { id: "tx_1", protocol: "oidc-basic-profile", requested_scopes: ["openid", "profile", "email"], redirect_uri: "https://mlflow.example.com/callback" },
    stats: { logins_count: 3 },
    tenant: { id: "ml-test" },
  };
}

/** The same login, as the context and user a Rule receives. */
export function ruleInputs(event: ReturnType<typeof postLoginEvent>) {
  return {
    user: event.user,
    context: {
      clientID: event.client.client_id,
      clientName: event.client.name,
      clientMetadata: event.client.metadata,
      connection: event.connection.name,
      connectionStrategy: event.connection.strategy,
      authorization: event.authorization,
      protocol: "oidc-basic-profile",
    },
  };
}

export const CLAIM = `${NAMESPACE}roles`;
