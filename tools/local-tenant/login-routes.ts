import type { InteractionResults, KoaContextWithOIDC } from "oidc-provider";
import { loginPage, messagePage, PAGE_CSP } from "./html";
import { LoginOutcome } from "./login-outcome";
import { Federation, FEDERATION_CALLBACK_PATH, FederationError } from "./federation";
import { LoginRequest, PostLoginFlow } from "./post-login";
import { GrantClaims, LOGIN_PATH, OidcProvider } from "./provider-config";
import { ClientModel, ConnectionModel, TenantModel, UserModel } from "./tenant-model";

/**
 * What the log shows of a login name that matches no user: an email address as typed, anything
 * else not at all, since it may be a password typed into the email field.
 */
function shownIdentifier(identifier: string): string {
  return /^[^\s@]+@[^\s@]+$/.test(identifier) ? identifier : "a name that is not an email address (not shown)";
}

export interface LoginRoutesDependencies {
  readonly provider: OidcProvider;
  readonly model: TenantModel;
  readonly flow: PostLoginFlow;
  readonly issuer: string;
  readonly grantClaims: Map<string, GrantClaims>;
  readonly log: (line: string) => void;
  /** Sign-in at the local upstream IdP for oidc/okta connections; undefined when the stack has none. */
  readonly federation?: Federation;
  /** Users of federated connections, by user id, as of their last login (the ID token reads them). */
  readonly federatedUsers: Map<string, UserModel>;
}

/** What the login page says, as Auth0's Universal Login says it. */
export const LOGIN_MESSAGES = {
  wrongCredentials: "Wrong email or password.",
  blocked: "This user is blocked.",
} as const;

const MAX_FORM_BYTES = 16 * 1024;

type Next = () => Promise<unknown>;

/**
 * The login page (`GET/POST /u/login?state=<interaction>`), built on oidc-provider's
 * interaction API. It checks the credentials against the users of the connections enabled for
 * the client, refuses blocked users, then runs the Rules and post-login Actions, and finishes
 * the interaction: with a login and an auto-granted consent (first-party clients), or with
 * error=access_denied / server_error, which oidc-provider sends to the client's callback with
 * the request's state. An existing session (SSO) skips the form but not the Rules and Actions.
 */
export function loginRoutes(deps: LoginRoutesDependencies) {
  const { provider, model, flow, log } = deps;
  const clientById = new Map(model.clients.map((c) => [c.clientId, c]));
  const userById = new Map(model.users.map((u) => [u.userId, u]));
  const loginsCount = new Map<string, number>();

  const finish = async (ctx: KoaContextWithOIDC, result: InteractionResults) => {
    const to = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(to);
  };

  const renderLogin = (
    ctx: KoaContextWithOIDC,
    uid: string,
    client: ClientModel,
    connection: ConnectionModel | undefined,
    error?: string,
    identifier?: string,
  ) => {
    ctx.status = error ? 401 : 200;
    ctx.type = "html";
    const state = encodeURIComponent(uid);
    ctx.body = loginPage({
      action: `${LOGIN_PATH}?state=${state}`,
      applicationName: client.name,
      error,
      identifier,
      allowUsername: connection?.requiresUsername ?? false,
      passwordForm: connection !== undefined,
      federated: client.connections
        .filter((c) => c.federation)
        .map((c) => ({
          label: c.displayName,
          href: `${LOGIN_PATH}?state=${state}&connection=${encodeURIComponent(c.name)}`,
        })),
    });
  };

  const complete = async (
    ctx: KoaContextWithOIDC,
    uid: string,
    params: Record<string, unknown>,
    user: UserModel,
    client: ClientModel,
    connection: ConnectionModel,
    loggedIn: boolean,
  ) => {
    const count = (loginsCount.get(user.userId) ?? 0) + 1;
    loginsCount.set(user.userId, count);
    const request: LoginRequest = {
      transactionId: uid,
      ip: ctx.ip,
      method: ctx.method,
      hostname: ctx.hostname,
      userAgent: ctx.get("user-agent") || undefined,
      language: (ctx.get("accept-language") || "").split(",")[0] || undefined,
      params,
    };
    const who = `${user.email || user.username} to "${client.name}" (${client.address})`;
    let outcome: LoginOutcome;
    try {
      outcome = await flow.run(user, client, connection, request, count);
    } catch (err) {
      outcome = { kind: "failed", description: `the login flow failed: ${(err as Error).message}`, by: "local tenant" };
    }
    if (outcome.kind === "denied") {
      log(`login denied: ${who} by ${outcome.by}: ${outcome.reason}`);
      return finish(ctx, { error: "access_denied", error_description: outcome.reason });
    }
    if (outcome.kind === "failed") {
      log(`login failed: ${who}: ${outcome.description}`);
      return finish(ctx, { error: "server_error", error_description: outcome.description });
    }
    const grant = new provider.Grant({ accountId: user.userId, clientId: client.clientId });
    grant.addOIDCScope(
      ["openid", "profile", "email", ...(client.grantTypes.includes("refresh_token") ? ["offline_access"] : [])].join(
        " ",
      ),
    );
    const grantId = await grant.save();
    deps.grantClaims.set(grantId, { idToken: outcome.idTokenClaims, accessToken: outcome.accessTokenClaims });
    const claims = Object.keys(outcome.idTokenClaims);
    log(
      `login: ${who} through connection "${connection.name}"${loggedIn ? "" : " (existing session)"}${claims.length ? `; custom ID token claims: ${claims.join(", ")}` : ""}`,
    );
    return finish(ctx, { ...(loggedIn ? { login: { accountId: user.userId } } : {}), consent: { grantId } });
  };

  /** Sends the user to the upstream IdP of a federated connection. */
  const startFederated = async (
    ctx: KoaContextWithOIDC,
    uid: string,
    client: ClientModel,
    connection: ConnectionModel,
  ) => {
    if (!deps.federation) {
      return finish(ctx, { error: "server_error", error_description: "federated connections are not running" });
    }
    log(`login: "${client.name}" (${client.address}) sent to the identity provider of connection "${connection.name}"`);
    ctx.status = 303;
    ctx.redirect(await deps.federation.start(uid, connection));
    return undefined;
  };

  /** The upstream IdP's redirect back: finish the sign-in there, then run the login flow as for a password login. */
  const federatedCallback = async (ctx: KoaContextWithOIDC) => {
    const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
    if (!deps.federation || !details) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.body = messagePage("This login page has expired", "Go back to the application and log in again.");
      return undefined;
    }
    const params = details.params as Record<string, unknown>;
    const client = clientById.get(String(params.client_id));
    let signIn;
    try {
      signIn = await deps.federation.finish(new URL(ctx.originalUrl, deps.issuer));
    } catch (err) {
      const message =
        err instanceof FederationError ? err.message : `federated sign-in failed: ${(err as Error).message}`;
      log(`login failed through a federated connection: ${message}`);
      return finish(ctx, { error: "access_denied", error_description: message });
    }
    if (signIn.uid !== details.uid || !client || !client.connections.includes(signIn.connection)) {
      log(`login refused: the federated sign-in does not belong to this login (interaction ${details.uid})`);
      return finish(ctx, { error: "access_denied", error_description: "the sign-in does not belong to this login" });
    }
    const previous = deps.federatedUsers.get(signIn.user.userId);
    // A profile stays one user across logins; its attributes are the IdP's of this login.
    const user = previous ? { ...previous, ...signIn.user } : signIn.user;
    deps.federatedUsers.set(user.userId, user);
    return complete(ctx, details.uid, params, user, client, signIn.connection, true);
  };

  return async function loginMiddleware(ctx: KoaContextWithOIDC, next: Next): Promise<unknown> {
    if (ctx.path === FEDERATION_CALLBACK_PATH) {
      ctx.set("Cache-Control", "no-store");
      ctx.set("Content-Security-Policy", PAGE_CSP);
      ctx.set("Referrer-Policy", "no-referrer");
      if (ctx.method !== "GET") {
        ctx.status = 405;
        ctx.set("Allow", "GET");
        return undefined;
      }
      return federatedCallback(ctx);
    }
    if (ctx.path !== LOGIN_PATH) return next();
    ctx.set("Cache-Control", "no-store");
    ctx.set("Content-Security-Policy", PAGE_CSP);
    ctx.set("Referrer-Policy", "no-referrer");
    if (ctx.method !== "GET" && ctx.method !== "POST") {
      ctx.status = 405;
      ctx.set("Allow", "GET, POST");
      return undefined;
    }
    // No interaction cookie, or an expired interaction: the page cannot continue the login.
    const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
    if (!details || ctx.query.state !== details.uid) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.body = messagePage("This login page has expired", "Go back to the application and log in again.");
      return undefined;
    }
    const params = details.params as Record<string, unknown>;
    const client = clientById.get(String(params.client_id));
    if (!client) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.body = messagePage(
        "Unknown application",
        `client_id ${String(params.client_id)} is not a client of this tenant.`,
      );
      return undefined;
    }

    // Auth0-specific authorization parameters that change the login.
    const audience = params.audience;
    if (typeof audience === "string" && audience !== "" && audience !== `${deps.issuer}userinfo`) {
      log(
        `authorize refused: "${client.name}" (${client.address}) asked for audience ${audience}; APIs are not emulated`,
      );
      return finish(ctx, { error: "access_denied", error_description: `Service not found: ${audience}` });
    }
    // The database connection takes the password form; federated ones are buttons.
    let connection: ConnectionModel | undefined = client.connections.find((c) => !c.federation);
    // ?connection= on the authorize request (Auth0's) or from a "Continue with" button on this page.
    const chosen =
      typeof ctx.query.connection === "string" && ctx.method === "GET" ? ctx.query.connection : params.connection;
    if (typeof chosen === "string" && chosen !== "") {
      const named = client.connections.find((c) => c.name === chosen);
      if (!named) {
        const exists = model.connections.some((c) => c.name === chosen);
        log(
          `authorize refused: connection "${chosen}" ${exists ? "is not enabled for" : "does not exist for"} "${client.name}" (${client.address})`,
        );
        return finish(ctx, {
          error: "invalid_request",
          error_description: exists ? "the connection is not enabled" : "requested connection is invalid",
        });
      }
      // Auth0 skips its login page for a named enterprise connection and goes to the IdP.
      if (named.federation && ctx.method === "GET") return startFederated(ctx, details.uid, client, named);
      if (!named.federation) connection = named;
    }
    if (client.connections.length === 0) {
      // Refused at start; kept as a guard.
      return finish(ctx, { error: "invalid_request", error_description: "no connections enabled for the client" });
    }

    if (ctx.method === "GET") {
      if (details.prompt.name !== "login") {
        // An SSO session: Auth0 reruns the login flow without asking for the password.
        const sessionUser = String(details.session?.accountId);
        const user = userById.get(sessionUser) ?? deps.federatedUsers.get(sessionUser);
        if (user && client.connections.includes(user.connection)) {
          if (user.blocked) {
            log(`login refused: ${user.email} is blocked (${user.address}.blocked)`);
            return finish(ctx, { error: "access_denied", error_description: "user is blocked" });
          }
          return complete(ctx, details.uid, params, user, client, user.connection, false);
        }
      }
      renderLogin(ctx, details.uid, client, connection);
      return undefined;
    }

    if (!connection) {
      renderLogin(ctx, details.uid, client, undefined, "Use one of the buttons below to log in.");
      return undefined;
    }
    const form = await readForm(ctx);
    const identifier = (form.get("username") ?? form.get("email") ?? "").trim();
    const password = form.get("password") ?? "";
    if (!identifier || !password) {
      renderLogin(ctx, details.uid, client, connection, "Enter your email and password.", identifier);
      return undefined;
    }
    const lower = identifier.toLowerCase();
    const matches = (u: UserModel) =>
      u.email === lower || (u.connection.requiresUsername && u.username?.toLowerCase() === lower);
    const user = model.users.find((u) => u.connection === connection && matches(u));
    if (!user) {
      const elsewhere = model.users.find(matches);
      log(
        elsewhere
          ? `login failed for ${identifier}: the user is in connection "${elsewhere.connection.name}", but "${client.name}" (${client.address}) logs in through "${connection.name}" (${connection.enabledBy.join(", ")})`
          : `login failed for ${shownIdentifier(identifier)}: no such user in connection "${connection.name}"`,
      );
      renderLogin(ctx, details.uid, client, connection, LOGIN_MESSAGES.wrongCredentials, identifier);
      return undefined;
    }
    if (!user.password || !(await user.password.verify(password))) {
      log(`login failed for ${user.email || identifier}: wrong password`);
      renderLogin(ctx, details.uid, client, connection, LOGIN_MESSAGES.wrongCredentials, identifier);
      return undefined;
    }
    if (user.blocked) {
      log(`login refused for ${user.email || identifier}: the user is blocked (${user.address}.blocked)`);
      renderLogin(ctx, details.uid, client, connection, LOGIN_MESSAGES.blocked, identifier);
      return undefined;
    }
    return complete(ctx, details.uid, params, user, client, connection, true);
  };
}

async function readForm(ctx: KoaContextWithOIDC): Promise<URLSearchParams> {
  if (!ctx.is("application/x-www-form-urlencoded")) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) ctx.throw(413, "login form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
