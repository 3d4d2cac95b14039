import * as fs from "node:fs";
import { z } from "zod";
import { LocalTenantConfigError } from "../errors";

/**
 * A JSON file describing an existing Auth0 tenant, in the Management API's own field names, so
 * that tests (and people) can start the local tenant's Management API from a tenant this app
 * never created. It holds no secret: every object is strict, so a `client_secret` or `password`
 * key is refused, and the local tenant makes the secrets it needs when it starts.
 */

const metadata = z.record(z.string(), z.unknown());

const clientSeed = z.strictObject({
  client_id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  name: z.string().min(1),
  description: z.string().optional(),
  app_type: z.enum(["regular_web", "spa", "native", "non_interactive"]),
  is_first_party: z.boolean().default(true),
  oidc_conformant: z.boolean().default(true),
  callbacks: z.array(z.string()).default([]),
  allowed_logout_urls: z.array(z.string()).default([]),
  allowed_origins: z.array(z.string()).default([]),
  web_origins: z.array(z.string()).default([]),
  grant_types: z.array(z.string()).default([]),
  client_metadata: z.record(z.string(), z.string()).default({}),
  token_endpoint_auth_method: z.enum(["none", "client_secret_post", "client_secret_basic"]).optional(),
  jwt_configuration: z
    .strictObject({ alg: z.string().optional(), lifetime_in_seconds: z.number().int().optional() })
    .optional(),
  refresh_token: z
    .strictObject({
      rotation_type: z.enum(["rotating", "non-rotating"]),
      expiration_type: z.enum(["expiring", "non-expiring"]),
      leeway: z.number().int().optional(),
      token_lifetime: z.number().int().optional(),
      idle_token_lifetime: z.number().int().optional(),
      infinite_token_lifetime: z.boolean().optional(),
      infinite_idle_token_lifetime: z.boolean().optional(),
    })
    .optional(),
  /** Management API scopes granted to this (machine-to-machine) client. Default: none. */
  management_api_scopes: z.array(z.string()).default([]),
});

const connectionSeed = z.strictObject({
  id: z.string().regex(/^con_[A-Za-z0-9]+$/),
  name: z.string().min(1),
  strategy: z.string().min(1),
  display_name: z.string().optional(),
  options: metadata.default({}),
  /** Client ids of the applications that may log in through it. */
  enabled_clients: z.array(z.string()).default([]),
});

const userSeed = z.strictObject({
  user_id: z.string().regex(/^[A-Za-z0-9_-]+\|.+$/),
  email: z.email(),
  email_verified: z.boolean().default(false),
  nickname: z.string().optional(),
  name: z.string().optional(),
  blocked: z.boolean().default(false),
  /** Name of the connection the user is in. */
  connection: z.string().min(1),
  app_metadata: metadata.default({}),
  user_metadata: metadata.default({}),
});

const roleSeed = z.strictObject({
  id: z.string().regex(/^rol_[A-Za-z0-9]+$/),
  name: z.string().min(1),
  description: z.string().default(""),
  /** User ids holding the role directly. */
  users: z.array(z.string()).default([]),
});

const actionSeed = z.strictObject({
  id: z.string().uuid(),
  name: z.string().min(1),
  runtime: z.string().default("node22"),
  code: z.string().default(""),
  supported_triggers: z.array(z.strictObject({ id: z.string(), version: z.string() })).min(1),
  /** Names of the Action's secrets; their values never leave Auth0, and a seed has none. */
  secret_names: z.array(z.string()).default([]),
});

const bindingSeed = z.strictObject({ action_id: z.string(), display_name: z.string().min(1) });

const ruleSeed = z.strictObject({
  id: z.string().regex(/^rul_[A-Za-z0-9]+$/),
  name: z.string().min(1),
  enabled: z.boolean().default(true),
  order: z.number().int().default(1),
  script: z.string().default(""),
});

export const tenantSeedSchema = z
  .strictObject({
    $comment: z.string().optional(),
    clients: z.array(clientSeed).default([]),
    connections: z.array(connectionSeed).default([]),
    users: z.array(userSeed).default([]),
    roles: z.array(roleSeed).default([]),
    actions: z.array(actionSeed).default([]),
    /** Trigger id (e.g. "post-login") to its bound Actions, in execution order. */
    trigger_bindings: z.record(z.string(), z.array(bindingSeed)).default({}),
    rules: z.array(ruleSeed).default([]),
  })
  .superRefine((seed, ctx) => {
    const clientIds = new Set(seed.clients.map((c) => c.client_id));
    const connections = new Set(seed.connections.map((c) => c.name));
    const users = new Set(seed.users.map((u) => u.user_id));
    const actions = new Set(seed.actions.map((a) => a.id));
    const expectIn = (set: Set<string>, value: string, path: (string | number)[], what: string) => {
      if (!set.has(value))
        ctx.addIssue({ code: "custom", path, input: value, message: `expected the ${what} of an entry in the seed` });
    };
    seed.connections.forEach((c, i) =>
      c.enabled_clients.forEach((id, j) =>
        expectIn(clientIds, id, ["connections", i, "enabled_clients", j], "client_id"),
      ),
    );
    seed.users.forEach((u, i) =>
      expectIn(connections, u.connection, ["users", i, "connection"], "name of a connection"),
    );
    seed.roles.forEach((r, i) => r.users.forEach((id, j) => expectIn(users, id, ["roles", i, "users", j], "user_id")));
    for (const [trigger, bindings] of Object.entries(seed.trigger_bindings)) {
      bindings.forEach((b, i) =>
        expectIn(actions, b.action_id, ["trigger_bindings", trigger, i, "action_id"], "id of an action"),
      );
    }
  });

export type TenantSeed = z.output<typeof tenantSeedSchema>;
export type TenantSeedInput = z.input<typeof tenantSeedSchema>;

/** Reads and checks a seed file; throws LocalTenantConfigError naming the file and JSON path. */
export function readTenantSeed(file: string): TenantSeed {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new LocalTenantConfigError(
      `${file}: ${e.code ? `cannot read the seed file (${e.code})` : "expected a JSON file describing a tenant"}`,
    );
  }
  const result = tenantSeedSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = ["$", ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))].join("");
    const hint = issue.code === "unrecognized_keys" ? " (a seed holds no secrets: the local tenant makes them)" : "";
    throw new LocalTenantConfigError(`${file}: ${where.replace(/\.\[/g, "[")}: ${issue.message}${hint}`);
  }
  return result.data;
}
