import { PostLoginAction } from "./action-runtime";
import { LoginOutcome } from "./login-outcome";
import { LegacyRule } from "./rule-runtime";
import { ClientModel, ConnectionModel, TenantModel, UserModel } from "./tenant-model";

/** The HTTP request and authorization request behind one login, as the event shows them. */
export interface LoginRequest {
  readonly transactionId: string;
  readonly ip: string;
  readonly method: string;
  readonly hostname: string;
  readonly userAgent?: string;
  readonly language?: string;
  /** The authorization request's parameters (client_id, redirect_uri, scope, state, ...). */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface PostLoginFlowOptions {
  readonly log?: (line: string) => void;
  readonly timeoutMs?: number;
}

const words = (value: unknown): string[] =>
  typeof value === "string" && value ? value.split(" ").filter(Boolean) : [];
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * The tenant's login-time code, run after the user's credentials are checked: the enabled
 * Rules in order, then the post-login Actions in binding order, as Auth0 runs them. The first
 * denial or failure ends the login; claims of later code win over earlier ones.
 */
export class PostLoginFlow {
  private readonly rules: LegacyRule[];
  private readonly actions: PostLoginAction[];
  private readonly startedAt = new Date().toISOString();

  /** Compiles every Rule and Action; code that does not load refuses the start. */
  constructor(model: TenantModel, options: PostLoginFlowOptions = {}) {
    this.rules = model.rules.map((r) => new LegacyRule(r, model.ruleConfiguration, options));
    this.actions = model.postLoginActions.map((a) => new PostLoginAction(a, options));
  }

  get isEmpty(): boolean {
    return this.rules.length === 0 && this.actions.length === 0;
  }

  async run(
    user: UserModel,
    client: ClientModel,
    connection: ConnectionModel,
    request: LoginRequest,
    loginsCount: number,
  ): Promise<LoginOutcome> {
    const idTokenClaims: Record<string, unknown> = {};
    const accessTokenClaims: Record<string, unknown> = {};
    const now = new Date();

    let ruleUser = this.userProfile(user, now, loginsCount);
    for (const rule of this.rules) {
      const result = await rule.run(ruleUser, this.ruleContext(user, client, connection, request, now, loginsCount));
      if (result.failure) return { kind: "failed", description: result.failure, by: rule.source.address };
      if (result.denied !== undefined) return { kind: "denied", reason: result.denied, by: rule.source.address };
      Object.assign(idTokenClaims, result.idTokenClaims);
      Object.assign(accessTokenClaims, result.accessTokenClaims);
      ruleUser = result.user ?? ruleUser;
    }

    for (const action of this.actions) {
      const result = await action.run(this.event(user, client, connection, request, now, loginsCount));
      // Claims set before a denial do not matter: no token is issued.
      if (result.failure) return { kind: "failed", description: result.failure, by: action.source.address };
      if (result.denied !== undefined) return { kind: "denied", reason: result.denied, by: action.source.address };
      Object.assign(idTokenClaims, result.idTokenClaims);
      Object.assign(accessTokenClaims, result.accessTokenClaims);
    }
    return { kind: "allowed", idTokenClaims, accessTokenClaims };
  }

  private userProfile(user: UserModel, now: Date, loginsCount: number): Record<string, unknown> {
    // A federated profile carries the attributes its connection keeps (groups, department, ...).
    return {
      ...(user.federated?.attributes ?? {}),
      user_id: user.userId,
      email: user.email || undefined,
      email_verified: user.emailVerified,
      username: user.username,
      name: user.name,
      nickname: user.nickname,
      given_name: user.givenName,
      family_name: user.familyName,
      picture: user.picture,
      created_at: this.startedAt,
      updated_at: this.startedAt,
      last_login: now.toISOString(),
      logins_count: loginsCount,
      identities: [
        {
          connection: user.connection.name,
          provider: user.federated?.provider ?? "auth0",
          user_id: user.federated?.upstreamId ?? user.userId.replace(/^auth0\|/, ""),
          isSocial: false,
        },
      ],
      app_metadata: user.appMetadata,
      user_metadata: user.userMetadata,
      multifactor: [],
    };
  }

  /** Auth0's post-login event (trigger version v3); `secrets` is added per Action. */
  event(
    user: UserModel,
    client: ClientModel,
    connection: ConnectionModel,
    request: LoginRequest,
    now: Date,
    loginsCount: number,
  ): Record<string, unknown> {
    const p = request.params;
    return {
      authentication: { methods: [{ name: user.federated ? "federated" : "pwd", timestamp: now.toISOString() }] },
      authorization: { roles: [...user.roles] },
      client: { client_id: client.clientId, name: client.name, metadata: { ...client.metadata } },
      connection: {
        id: connection.id,
        name: connection.name,
        strategy: connection.strategy,
        metadata: { ...connection.metadata },
      },
      request: {
        ip: request.ip,
        method: request.method,
        hostname: request.hostname,
        user_agent: request.userAgent,
        language: request.language,
        query: { ...p },
        body: {},
        geoip: {},
      },
      stats: { logins_count: loginsCount },
      tenant: { id: "local-tenant" },
      transaction: {
        id: request.transactionId,
        locale: "en",
        protocol: "oidc-basic-profile",
        redirect_uri: text(p.redirect_uri),
        requested_scopes: words(p.scope),
        response_mode: text(p.response_mode),
        response_type: words(p.response_type),
        state: text(p.state),
        ui_locales: words(p.ui_locales),
        prompt: words(p.prompt),
      },
      user: this.userProfile(user, now, loginsCount),
    };
  }

  /** The `context` of legacy Rules. */
  private ruleContext(
    user: UserModel,
    client: ClientModel,
    connection: ConnectionModel,
    request: LoginRequest,
    now: Date,
    loginsCount: number,
  ): Record<string, unknown> {
    return {
      tenant: "local-tenant",
      clientID: client.clientId,
      clientName: client.name,
      clientMetadata: { ...client.metadata },
      connection: connection.name,
      connectionID: connection.id,
      connectionStrategy: connection.strategy,
      connectionMetadata: { ...connection.metadata },
      protocol: "oidc-basic-profile",
      stats: { loginsCount },
      sso: { with_auth0: false, with_dbconn: false },
      sessionID: request.transactionId,
      request: {
        userAgent: request.userAgent,
        ip: request.ip,
        hostname: request.hostname,
        query: { ...request.params },
        body: {},
        geoip: {},
      },
      authentication: { methods: [{ name: "pwd", timestamp: now.getTime() }] },
      authorization: { roles: [...user.roles] },
    };
  }
}
