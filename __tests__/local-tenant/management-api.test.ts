import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import { Management, ManagementClient } from "auth0";
import { ManagementTenant, readTenantSeed, startManagementTenant } from "../../tools/local-tenant/management-api";
import { LocalTenantConfigError } from "../../tools/local-tenant/errors";
import { tempDir } from "../support/paths";
import { CLIENT_IDS, existingTenant } from "../adopt/existing-tenant";

/** A fetch over node:https that trusts the tenant's certificate (the SDK takes a custom fetch). */
function fetchTrusting(ca: string): typeof fetch {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const headers = new Headers(init?.headers);
      const req = https.request(
        url,
        { method: init?.method ?? "GET", headers: Object.fromEntries(headers), ca },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const responseHeaders = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") responseHeaders.set(k, v);
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: responseHeaders }));
          });
        },
      );
      req.on("error", reject);
      req.end(typeof init?.body === "string" ? init.body : undefined);
    });
}

// Field names the local tenant may answer with, each list checked by the compiler against the
// auth0 SDK's types: a name the SDK does not know fails `tsc`, and a response field missing from
// these lists fails the test, so the emulation and the SDK cannot drift apart.
const FIELDS = {
  client: [
    "client_id",
    "name",
    "description",
    "app_type",
    "is_first_party",
    "oidc_conformant",
    "callbacks",
    "allowed_logout_urls",
    "allowed_origins",
    "web_origins",
    "grant_types",
    "client_metadata",
    "token_endpoint_auth_method",
    "jwt_configuration",
    "refresh_token",
    "tenant",
    "global",
    "client_secret",
  ] satisfies (keyof Management.Client)[],
  clientsPage: [
    "start",
    "limit",
    "total",
    "clients",
  ] satisfies (keyof Management.ListClientsOffsetPaginatedResponseContent)[],
  connection: [
    "id",
    "name",
    "display_name",
    "strategy",
    "options",
    "realms",
    "is_domain_connection",
  ] satisfies (keyof Management.ConnectionForList)[],
  connectionsPage: [
    "connections",
    "next",
  ] satisfies (keyof Management.ListConnectionsCheckpointPaginatedResponseContent)[],
  enabledClient: ["client_id"] satisfies (keyof Management.ConnectionEnabledClient)[],
  enabledClientsPage: ["clients", "next"] satisfies (keyof Management.GetConnectionEnabledClientsResponseContent)[],
  user: [
    "user_id",
    "email",
    "email_verified",
    "nickname",
    "name",
    "blocked",
    "created_at",
    "updated_at",
    "identities",
    "app_metadata",
    "user_metadata",
  ] satisfies (keyof Management.UserResponseSchema)[],
  identity: ["connection", "provider", "user_id", "isSocial"] satisfies (keyof Management.UserIdentitySchema)[],
  usersPage: [
    "start",
    "limit",
    "length",
    "total",
    "users",
  ] satisfies (keyof Management.ListUsersOffsetPaginatedResponseContent)[],
  role: ["id", "name", "description"] satisfies (keyof Management.Role)[],
  rolesPage: [
    "start",
    "limit",
    "total",
    "roles",
  ] satisfies (keyof Management.ListRolesOffsetPaginatedResponseContent)[],
  roleUser: ["user_id", "email", "name"] satisfies (keyof Management.RoleUser)[],
  roleUsersPage: ["users", "next"] satisfies (keyof Management.ListRoleUsersPaginatedResponseContent)[],
  userRolesPage: [
    "start",
    "limit",
    "total",
    "roles",
  ] satisfies (keyof Management.ListUserRolesOffsetPaginatedResponseContent)[],
  action: [
    "id",
    "name",
    "supported_triggers",
    "code",
    "runtime",
    "secrets",
    "all_changes_deployed",
    "status",
    "created_at",
    "updated_at",
  ] satisfies (keyof Management.Action)[],
  actionTrigger: ["id", "version"] satisfies (keyof Management.ActionTrigger)[],
  actionSecret: ["name", "updated_at"] satisfies (keyof Management.ActionSecretResponse)[],
  actionsPage: [
    "total",
    "page",
    "per_page",
    "actions",
  ] satisfies (keyof Management.ListActionsPaginatedResponseContent)[],
  binding: [
    "id",
    "trigger_id",
    "display_name",
    "action",
    "created_at",
    "updated_at",
  ] satisfies (keyof Management.ActionBinding)[],
  bindingsPage: [
    "total",
    "page",
    "per_page",
    "bindings",
  ] satisfies (keyof Management.ListActionBindingsPaginatedResponseContent)[],
  rule: ["id", "name", "enabled", "order", "script", "stage"] satisfies (keyof Management.Rule)[],
  rulesPage: [
    "start",
    "limit",
    "total",
    "rules",
  ] satisfies (keyof Management.ListRulesOffsetPaginatedResponseContent)[],
};

function expectFieldsIn(objects: readonly unknown[], allowed: readonly string[], what: string): void {
  expect(objects.length).toBeGreaterThan(0);
  const unknown = new Set<string>();
  for (const o of objects) for (const key of Object.keys(o as object)) if (!allowed.includes(key)) unknown.add(key);
  expect({ what, unknown: [...unknown] }).toEqual({ what, unknown: [] });
}

describe("the local tenant's Management API", () => {
  const dir = tempDir("management-api");
  let tenant: ManagementTenant;
  let client: ManagementClient;
  const audience = () => `https://${tenant.domain}/api/v2/`;

  /** One raw request, for the status codes and error bodies the SDK turns into exceptions. */
  const raw = (method: string, url: string, options: { token?: string; form?: Record<string, string> } = {}) =>
    fetchTrusting(tenant.certificatePem)(`https://${tenant.domain}${url}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: options.form ? new URLSearchParams(options.form).toString() : undefined,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown>, headers: r.headers }));
  const tokenFor = async (clientId: string, clientSecret: string) =>
    (
      await raw("POST", "/oauth/token", {
        form: {
          grant_type: "client_credentials",
          client_id: clientId,
          client_secret: clientSecret,
          audience: audience(),
        },
      })
    ).body.access_token as string;

  beforeAll(async () => {
    const file = path.join(dir, "tenant.json");
    fs.writeFileSync(file, JSON.stringify(existingTenant()));
    tenant = await startManagementTenant({ seed: readTenantSeed(file) });
    const reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
    client = new ManagementClient({
      domain: tenant.domain,
      clientId: reader.clientId,
      clientSecret: reader.clientSecret,
      fetch: fetchTrusting(tenant.certificatePem),
    });
  }, 60_000);
  afterAll(() => tenant?.close());

  test("answers the auth0 SDK with the SDK's field names, for every endpoint adopt reads", async () => {
    const clients = await client.clients.list({ per_page: 100, include_totals: true });
    expectFieldsIn(clients.data, FIELDS.client, "client");
    expectFieldsIn([clients.response], FIELDS.clientsPage, "clients page");
    const connections = await client.connections.list({ take: 1 });
    expectFieldsIn(connections.data, FIELDS.connection, "connection");
    expectFieldsIn([connections.response], FIELDS.connectionsPage, "connections page");
    expect(connections.hasNextPage()).toBe(true);
    const enabled = await client.connections.clients.get("con_Default0000000001", { take: 50 });
    expectFieldsIn(enabled.data, FIELDS.enabledClient, "enabled client");
    expectFieldsIn([enabled.response], FIELDS.enabledClientsPage, "enabled clients page");
    const users = await client.users.list({
      q: 'identities.connection:"Username-Password-Authentication"',
      search_engine: "v3",
      per_page: 50,
      include_totals: true,
    });
    expectFieldsIn(users.data, FIELDS.user, "user");
    expectFieldsIn(
      users.data.flatMap((u) => u.identities ?? []),
      FIELDS.identity,
      "identity",
    );
    expectFieldsIn([users.response], FIELDS.usersPage, "users page");
    const roles = await client.roles.list({ per_page: 50, include_totals: true });
    expectFieldsIn(roles.data, FIELDS.role, "role");
    expectFieldsIn([roles.response], FIELDS.rolesPage, "roles page");
    const members = await client.roles.users.list("rol_Admin00000000001", { take: 10 });
    expectFieldsIn(members.data, FIELDS.roleUser, "role member");
    expectFieldsIn([members.response], FIELDS.roleUsersPage, "role members page");
    const userRoles = await client.users.roles.list("auth0|user001", { per_page: 50, include_totals: true });
    expectFieldsIn(userRoles.data, FIELDS.role, "user role");
    expectFieldsIn([userRoles.response], FIELDS.userRolesPage, "user roles page");
    const actions = await client.actions.list({ per_page: 50 });
    expectFieldsIn(actions.data, FIELDS.action, "action");
    expectFieldsIn(
      actions.data.flatMap((a) => a.supported_triggers ?? []),
      FIELDS.actionTrigger,
      "action trigger",
    );
    expectFieldsIn(
      actions.data.flatMap((a) => a.secrets ?? []),
      FIELDS.actionSecret,
      "action secret",
    );
    expectFieldsIn([actions.response], FIELDS.actionsPage, "actions page");
    const bindings = await client.actions.triggers.bindings.list("post-login", { per_page: 50 });
    expectFieldsIn(bindings.data, FIELDS.binding, "binding");
    expectFieldsIn(
      bindings.data.map((b) => b.action!),
      FIELDS.action,
      "bound action",
    );
    expectFieldsIn([bindings.response], FIELDS.bindingsPage, "bindings page");
    const rules = await client.rules.list({ per_page: 50, include_totals: true });
    expectFieldsIn(rules.data, FIELDS.rule, "rule");
    expectFieldsIn([rules.response], FIELDS.rulesPage, "rules page");
  });

  test("pages like Auth0: offset pages with totals, checkpoint pages with next, walked by the SDK", async () => {
    const page = await client.users.list({ per_page: 50, include_totals: true });
    expect(page.response).toMatchObject({ start: 0, limit: 50, length: 50, total: 123 });
    const all: string[] = [];
    for await (const user of page) all.push(user.user_id!);
    expect(new Set(all).size).toBe(123);
    const members: string[] = [];
    for await (const m of await client.roles.users.list("rol_Admin00000000001", { take: 7 })) members.push(m.user_id!);
    expect(members).toHaveLength(24);
  });

  test("the token endpoint answers 401 and 403 as Auth0 does", async () => {
    const reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
    const grant = (overrides: Record<string, string>) =>
      raw("POST", "/oauth/token", {
        form: {
          grant_type: "client_credentials",
          client_id: reader.clientId,
          client_secret: reader.clientSecret,
          audience: audience(),
          ...overrides,
        },
      });
    expect(await grant({ client_secret: "wrong" })).toMatchObject({
      status: 401,
      body: { error: "access_denied", error_description: "Unauthorized" },
    });
    expect(await grant({ client_id: "nobody" })).toMatchObject({ status: 401, body: { error: "access_denied" } });
    expect(await grant({ audience: "https://elsewhere.example.com/api/v2/" })).toMatchObject({
      status: 403,
      body: {
        error: "access_denied",
        error_description: "Service not enabled within domain: https://elsewhere.example.com/api/v2/",
      },
    });
    expect(await grant({ grant_type: "password" })).toMatchObject({
      status: 400,
      body: { error: "unsupported_grant_type" },
    });
    const ok = await grant({});
    expect(ok).toMatchObject({ status: 200, body: { token_type: "Bearer", expires_in: 86400 } });
    expect(ok.headers.get("cache-control")).toBe("no-store");
  });

  test("the API answers 401 without a valid token, 403 for a missing scope, 400 and 404 like Auth0", async () => {
    expect(await raw("GET", "/api/v2/users")).toMatchObject({
      status: 401,
      body: { message: "Missing authentication" },
    });
    expect(await raw("GET", "/api/v2/users", { token: "forged" })).toMatchObject({
      status: 401,
      body: { message: "Invalid token" },
    });
    const narrow = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.narrow)!;
    const narrowToken = await tokenFor(narrow.clientId, narrow.clientSecret);
    expect((await raw("GET", "/api/v2/clients", { token: narrowToken })).status).toBe(200);
    expect(await raw("GET", "/api/v2/users", { token: narrowToken })).toMatchObject({
      status: 403,
      body: {
        statusCode: 403,
        error: "Forbidden",
        errorCode: "insufficient_scope",
        message: "Insufficient scope, expected all of: read:users",
      },
    });
    const reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
    const token = await tokenFor(reader.clientId, reader.clientSecret);
    expect((await raw("GET", "/api/v2/users?per_page=101", { token })).status).toBe(400);
    expect((await raw("GET", "/api/v2/users?page=10&per_page=100", { token })).body).toMatchObject({
      statusCode: 400,
      message: "You can only page through the first 1000 records.",
    });
    expect((await raw("GET", "/api/v2/users?q=email%3A*", { token })).status).toBe(400);
    expect((await raw("GET", "/api/v2/roles/rol_Missing/users", { token })).status).toBe(404);
    const answer = await raw("GET", "/api/v2/rules", { token });
    expect(answer.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(Number(answer.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000 - 5);
  });

  test("client secrets are answered only with read:client_keys, and Action secrets never", async () => {
    const narrow = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.narrow)!;
    const narrowClients = (
      await raw("GET", "/api/v2/clients", { token: await tokenFor(narrow.clientId, narrow.clientSecret) })
    ).body as unknown as Record<string, unknown>[];
    expect(narrowClients.some((c) => "client_secret" in c)).toBe(false);
    const actions = await client.actions.list({});
    expect(actions.data.flatMap((a) => a.secrets ?? [])).toEqual([
      { name: "AUDIT_TOKEN", updated_at: expect.any(String) as string },
    ]);
  });
});

describe("seed files", () => {
  const dir = tempDir("management-seed");
  const problem = (seed: unknown) => {
    const file = path.join(dir, "seed.json");
    fs.writeFileSync(file, typeof seed === "string" ? seed : JSON.stringify(seed));
    try {
      readTenantSeed(file);
      return "";
    } catch (err) {
      if (!(err instanceof LocalTenantConfigError)) throw err;
      return err.message;
    }
  };

  test("a seed with a secret in it is refused, naming where", () => {
    const seed = existingTenant();
    (seed.clients![0] as Record<string, unknown>).client_secret = "seeded-secret";
    const message = problem(seed);
    expect(message).toContain("$.clients[0]: Unrecognized key");
    expect(message).toContain("a seed holds no secrets");
    expect(message).not.toContain("seeded-secret");
  });

  test("references to objects the seed does not have are refused", () => {
    const seed = existingTenant();
    seed.roles![0].users = ["auth0|nobody"];
    expect(problem(seed)).toContain("$.roles[0].users[0]: expected the user_id of an entry in the seed");
    expect(problem("{ not json")).toContain("expected a JSON file describing a tenant");
  });
});
