import * as fs from "node:fs";
import * as path from "node:path";
import { PostLoginAction } from "../../tools/local-tenant/action-runtime";
import { LocalTenantConfigError } from "../../tools/local-tenant/errors";
import { LoginRequest, PostLoginFlow } from "../../tools/local-tenant/post-login";
import { TenantModel } from "../../tools/local-tenant/tenant-model";
import { PROJECT_ROOT } from "../support/paths";
import { minimalStack, modelOf, withActions } from "./fixtures";
import { JsonObject, objectAt } from "../json";
import { containingText } from "../matchers";

const request: LoginRequest = {
  transactionId: "tx1",
  ip: "127.0.0.1",
  method: "POST",
  hostname: "localhost",
  userAgent: "jest",
  params: {
    client_id: "x",
    redirect_uri: "https://web.example.com/callback",
    scope: "openid profile email",
    state: "s1",
    response_type: "code",
  },
};

/** Runs the post-login flow of a model for its first user and client. */
async function login(model: TenantModel, log?: (line: string) => void) {
  const flow = new PostLoginFlow(model, { log });
  const [user] = model.users;
  const [client] = model.clients;
  return flow.run(user, client, client.connections[0], request, 1);
}

/** What Terraform JSON must contain for code with "${" to be deployed verbatim. */
const escapeTemplates = (code: string) => code.replace(/\$\{/g, () => "$${");

const action = (body: string) => `exports.onExecutePostLogin = async (event, api) => {\n${body}\n};`;

describe("post-login Action runtime", () => {
  test("an api call the local tenant does not emulate fails the login with a message naming it", async () => {
    const model = modelOf(
      withActions(minimalStack(), [{ name: "mfa", code: action(`api.multifactor.enable("any");`) }]),
    );
    const outcome = await login(model);
    expect(outcome).toEqual({
      kind: "failed",
      description: "api.multifactor.enable() is not supported by the local tenant (auth0_action.mfa)",
      by: "auth0_action.mfa",
    });
  });

  test("an unsupported call fails the login even when the Action catches the error", async () => {
    const model = modelOf(
      withActions(minimalStack(), [
        {
          name: "sneaky",
          code: action(
            `try { api.user.setAppMetadata("seen", true); } catch (e) {} api.idToken.setCustomClaim("x", 1);`,
          ),
        },
      ]),
    );
    const outcome = await login(model);
    expect(outcome).toMatchObject({
      kind: "failed",
      description: containingText("api.user.setAppMetadata() is not supported by the local tenant"),
    });
  });

  test("Actions run in binding order: a later Action's claim wins, and each sees the same event", async () => {
    const first = {
      name: "first",
      code: action(
        `api.idToken.setCustomClaim("https://x/order", "first"); api.idToken.setCustomClaim("https://x/a", true);`,
      ),
    };
    const second = {
      name: "second",
      code: action(
        `api.idToken.setCustomClaim("https://x/order", "second"); api.accessToken.setCustomClaim("https://x/b", 2);`,
      ),
    };
    const inOrder = await login(modelOf(withActions(minimalStack(), [first, second])));
    expect(inOrder).toEqual({
      kind: "allowed",
      idTokenClaims: { "https://x/order": "second", "https://x/a": true },
      accessTokenClaims: { "https://x/b": 2 },
    });
    const reversed = await login(modelOf(withActions(minimalStack(), [second, first])));
    expect(reversed).toMatchObject({ kind: "allowed", idTokenClaims: { "https://x/order": "first" } });
  });

  test("api.access.deny ends the flow: later Actions do not run", async () => {
    const model = modelOf(
      withActions(minimalStack(), [
        { name: "deny", code: action(`api.access.deny("Not today.");`) },
        { name: "never", code: action(`api.redirect.sendUserTo("https://example.com");`) },
      ]),
    );
    expect(await login(model)).toEqual({ kind: "denied", reason: "Not today.", by: "auth0_action.deny" });
  });

  test("the event is shaped like Auth0's: user, client metadata, connection, roles, secrets, request, transaction, stats", async () => {
    const code = action(`api.idToken.setCustomClaim("https://x/event", {
      user: [event.user.user_id, event.user.email, event.user.email_verified, event.user.app_metadata.team, event.user.identities[0].provider],
      client: [event.client.client_id, event.client.name, event.client.metadata.dashboard],
      connection: [event.connection.name, event.connection.strategy],
      roles: event.authorization.roles,
      secret: event.secrets.TOKEN,
      request: [event.request.ip, event.request.hostname, event.request.query.state],
      transaction: [event.transaction.redirect_uri, event.transaction.requested_scopes, event.transaction.state, event.transaction.protocol],
      logins: event.stats.logins_count,
      realm: Array.isArray(event.authorization.roles) && event.authorization.roles instanceof Array,
    });`);
    const model = modelOf(withActions(minimalStack(), [{ name: "echo", code, secrets: { TOKEN: "s3cr3t" } }]));
    const outcome = await login(model);
    expect(outcome.kind).toBe("allowed");
    const claim = (outcome as { idTokenClaims: JsonObject }).idTokenClaims["https://x/event"];
    expect(claim).toEqual({
      user: [model.users[0].userId, "alice@example.com", true, "ml", "auth0"],
      client: [model.clients[0].clientId, "Web", "machine-learning"],
      connection: ["users", "auth0"],
      roles: ["viewer"],
      secret: "s3cr3t",
      request: ["127.0.0.1", "localhost", "s1"],
      transaction: ["https://web.example.com/callback", ["openid", "profile", "email"], "s1", "oidc-basic-profile"],
      logins: 1,
      realm: true, // the event is built in the Action's own realm
    });
  });

  test("a thrown error fails the login with server_error naming the Action; a restricted claim is ignored, as in Auth0", async () => {
    const thrown = await login(
      modelOf(withActions(minimalStack(), [{ name: "boom", code: action(`throw new TypeError("bad input");`) }])),
    );
    expect(thrown).toEqual({
      kind: "failed",
      description: 'Action "boom" failed: TypeError: bad input',
      by: "auth0_action.boom",
    });

    const lines: string[] = [];
    const restricted = await login(
      modelOf(
        withActions(minimalStack(), [
          { name: "sub", code: action(`api.idToken.setCustomClaim("sub", "someone-else");`) },
        ]),
      ),
      (l) => lines.push(l),
    );
    expect(restricted).toEqual({ kind: "allowed", idTokenClaims: {}, accessTokenClaims: {} });
    expect(lines.join("\n")).toContain('"sub" is a restricted claim');
  });

  test("require() of npm packages and fetch() are refused as not emulated; Node.js built-ins work", async () => {
    const npm = await login(modelOf(withActions(minimalStack(), [{ name: "npm", code: action(`require("axios");`) }])));
    expect(npm).toMatchObject({
      kind: "failed",
      description: 'require("axios") is not supported by the local tenant (auth0_action.npm)',
    });
    const builtin = await login(
      modelOf(
        withActions(minimalStack(), [
          {
            name: "hash",
            code: action(
              `api.idToken.setCustomClaim("https://x/h", require("node:crypto").createHash("sha256").update("a").digest("hex").length);`,
            ),
          },
        ]),
      ),
    );
    expect(builtin).toMatchObject({ kind: "allowed", idTokenClaims: { "https://x/h": 64 } });
  });

  test("an Action that never settles fails the login instead of hanging it", async () => {
    const stuck = new PostLoginAction(
      { address: "auth0_action.stuck", name: "stuck", code: action("await new Promise(() => {});"), secrets: {} },
      { timeoutMs: 50 },
    );
    expect(await stuck.run({})).toMatchObject({ failure: 'Action "stuck" failed: timed out after 0.05 s' });
  });

  test("code that does not compile or does not export onExecutePostLogin refuses the start", () => {
    expect(
      () =>
        new PostLoginAction({
          address: "auth0_action.bad",
          name: "bad",
          code: "exports.onExecutePostLogin = async (event, api => {};",
          secrets: {},
        }),
    ).toThrow(LocalTenantConfigError);
    expect(
      () =>
        new PostLoginAction({
          address: "auth0_action.none",
          name: "none",
          code: "exports.onExecute = async () => {};",
          secrets: {},
        }),
    ).toThrow("auth0_action.none.code does not define exports.onExecutePostLogin");
  });

  test("the project's post-login Action, run by the local tenant: viewer allowed with the claim, others denied", async () => {
    const code = fs.readFileSync(path.join(PROJECT_ROOT, "rules", "post-login-role-claim.js"), "utf8");
    const allowed = await login(
      modelOf(
        withActions(minimalStack(), [
          {
            name: "role_claim",
            code: escapeTemplates(code),
            secrets: { CLAIM_NAMESPACE: "https://ml.example.com/", CONNECTION_ACCESS: "{}" },
          },
        ]),
      ),
    );
    expect(allowed).toMatchObject({ kind: "allowed", idTokenClaims: { "https://ml.example.com/roles": ["viewer"] } });

    const noRoles = withActions(minimalStack(), [
      {
        name: "role_claim",
        code: escapeTemplates(code),
        secrets: { CLAIM_NAMESPACE: "https://ml.example.com/", CONNECTION_ACCESS: "{}" },
      },
    ]);
    delete objectAt(noRoles, "resource").auth0_user_roles;
    expect(await login(modelOf(noRoles))).toEqual({
      kind: "denied",
      reason: "You need one of the roles viewer to use Web.",
      by: "auth0_action.role_claim",
    });
  });
});

describe("legacy Rules", () => {
  const withRule = (stack: JsonObject, script: string, config: Record<string, string> = {}) => {
    objectAt(stack, "resource").auth0_rule = { r: { name: "rule", script, enabled: true } };
    objectAt(stack, "resource").auth0_rule_config = Object.fromEntries(
      Object.entries(config).map(([key, value]) => [key, { key, value }]),
    );
    return stack;
  };

  test("Rules run before Actions, with configuration; the Action's claim wins", async () => {
    const stack = withRule(
      withActions(minimalStack(), [
        { name: "a", code: action(`api.idToken.setCustomClaim("https://x/by", "action");`) },
      ]),
      `function (user, context, callback) {
        context.idToken["https://x/by"] = "rule";
        context.idToken["https://x/rule"] = configuration.FLAVOUR + ":" + context.clientName + ":" + context.authorization.roles.join(",");
        callback(null, user, context);
      }`,
      { FLAVOUR: "vanilla" },
    );
    expect(await login(modelOf(stack))).toMatchObject({
      kind: "allowed",
      idTokenClaims: { "https://x/by": "action", "https://x/rule": "vanilla:Web:viewer" },
    });
  });

  test("UnauthorizedError denies the login and the Actions do not run", async () => {
    const stack = withRule(
      withActions(minimalStack(), [{ name: "a", code: action(`api.user.setAppMetadata("x", 1);`) }]),
      `function (user, context, callback) { callback(new UnauthorizedError("Rules say no.")); }`,
    );
    expect(await login(modelOf(stack))).toEqual({ kind: "denied", reason: "Rules say no.", by: "auth0_rule.r" });
  });

  test("the auth0 management client and context.multifactor are refused as not emulated", async () => {
    const management = withRule(
      minimalStack(),
      `function (user, context, callback) { auth0.users.updateAppMetadata(user.user_id, {}).then(() => callback(null, user, context)); }`,
    );
    expect(await login(modelOf(management))).toMatchObject({
      kind: "failed",
      description: "auth0.users.updateAppMetadata() is not supported by the local tenant (auth0_rule.r)",
    });
    const mfa = withRule(
      minimalStack(),
      `function (user, context, callback) { context.multifactor = { provider: "any" }; callback(null, user, context); }`,
    );
    expect(await login(modelOf(mfa))).toMatchObject({
      kind: "failed",
      description: "context.multifactor is not supported by the local tenant (auth0_rule.r)",
    });
  });

  test("the project's legacy Rule, run by the local tenant", async () => {
    const script = fs
      .readFileSync(path.join(PROJECT_ROOT, "rules", "legacy-role-claim-rule.js"), "utf8")
      .replace(/^\/\*\*[\s\S]*?\*\/\s*/, "");
    const stack = withRule(minimalStack(), escapeTemplates(script), { CLAIM_NAMESPACE: "https://ml.example.com/" });
    expect(await login(modelOf(stack))).toMatchObject({
      kind: "allowed",
      idTokenClaims: { "https://ml.example.com/roles": ["viewer"] },
    });
  });
});
