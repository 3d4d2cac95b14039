import * as vm from "node:vm";

/**
 * Runs the files in rules/ the way Auth0 does: the Action as a CommonJS module exporting
 * onExecutePostLogin(event, api), the Rule as a bare function(user, context, callback) with
 * `configuration` and `UnauthorizedError` as globals. Each run gets a fresh V8 context.
 */

export interface PostLoginResult {
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  denied?: string;
}

/** An `api` that records what the Action did and refuses anything else, loudly. */
function recordingApi(result: PostLoginResult) {
  const unsupported = (path: string) =>
    new Proxy(
      {},
      {
        get: (_target, prop) => {
          throw new Error(`the test harness does not support api.${path}.${String(prop)}`);
        },
      },
    );
  return {
    idToken: { setCustomClaim: (name: string, value: unknown) => void (result.idTokenClaims[name] = value) },
    accessToken: { setCustomClaim: (name: string, value: unknown) => void (result.accessTokenClaims[name] = value) },
    access: { deny: (reason: string) => void (result.denied = reason) },
    multifactor: unsupported("multifactor"),
    redirect: unsupported("redirect"),
    user: unsupported("user"),
  };
}

export async function runPostLoginAction(code: string, event: unknown): Promise<PostLoginResult> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module, exports: module.exports }, { filename: "post-login-role-claim.js" });
  const handler = module.exports.onExecutePostLogin as (event: unknown, api: unknown) => Promise<void>;
  const result: PostLoginResult = { idTokenClaims: {}, accessTokenClaims: {} };
  // Round-trip through JSON so the code sees plain data, as it does in Auth0.
  await handler(JSON.parse(JSON.stringify(event)), recordingApi(result));
  // Claims and reasons come back as plain JSON too, so they compare across V8 contexts.
  return JSON.parse(JSON.stringify(result));
}

export interface RuleResult {
  error?: string;
  idToken: Record<string, unknown>;
  accessToken: Record<string, unknown>;
}

export function runLegacyRule(code: string, user: unknown, context: Record<string, unknown>, configuration: Record<string, string>): Promise<RuleResult> {
  class UnauthorizedError extends Error {}
  const sandbox = { configuration, UnauthorizedError };
  const rule = vm.runInNewContext(`(${code})`, sandbox, { filename: "legacy-role-claim-rule.js" }) as (
    user: unknown,
    context: unknown,
    callback: (err: Error | null, user?: unknown, context?: unknown) => void,
  ) => void;
  const ctx = { idToken: {}, accessToken: {}, ...JSON.parse(JSON.stringify(context)) };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the rule never called its callback")), 2000);
    rule(JSON.parse(JSON.stringify(user)), ctx, (err, _user, resultContext) => {
      clearTimeout(timer);
      if (err) {
        if (!(err instanceof UnauthorizedError)) reject(new Error(`the rule failed with a non-UnauthorizedError: ${err}`));
        resolve(JSON.parse(JSON.stringify({ error: err.message, idToken: {}, accessToken: {} })));
        return;
      }
      const c = resultContext as { idToken: Record<string, unknown>; accessToken: Record<string, unknown> };
      resolve(JSON.parse(JSON.stringify({ idToken: c.idToken, accessToken: c.accessToken })));
    });
  });
}

const NAMESPACE = "https://ml.example.com/";

/** An event shaped like Auth0's post-login event (trigger v3), for a login to the MLflow dashboard. */
export function postLoginEvent(overrides: {
  user?: Record<string, unknown>;
  roles?: string[] | undefined;
  clientMetadata?: Record<string, string>;
  secrets?: Record<string, string>;
} = {}) {
  return {
    user: overrides.user ?? { user_id: "auth0|alice", email: "alice@example.com", email_verified: true, app_metadata: { roles: ["ml-viewer"] }, user_metadata: {} },
    client: {
      client_id: "mlflow-client-id",
      name: "MLflow",
      metadata: overrides.clientMetadata ?? { dashboard: "machine-learning", dashboard_key: "mlflow", allowed_roles: '["ml-viewer","ml-admin"]' },
    },
    connection: { id: "con_123", name: "ml-dashboard-users", strategy: "auth0" },
    authorization: overrides.roles === undefined && "roles" in overrides ? undefined : { roles: overrides.roles ?? [] },
    secrets: overrides.secrets ?? { CLAIM_NAMESPACE: NAMESPACE },
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
