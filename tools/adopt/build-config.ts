import { Management } from "auth0";
import { z } from "zod";
import { EnvironmentInput } from "../../lib/config/schema";
import { DATABASE_CONNECTION_RESOURCE_NAME } from "../../lib/validation/connection-types";
import { DEFAULT_GRANT_TYPES, isOptInGrantType } from "../../lib/validation/grant-types";
import { POST_LOGIN_TRIGGER_ID, ROLE_CLAIM_ACTION_NAME } from "../../lib/validation/import-ids";
import { RESOURCE_KEY_PATTERN, roleNameProblem } from "../../lib/validation/names";
import {
  MIN_PASSWORD_POLICY,
  PASSWORD_POLICIES,
  PasswordPolicy,
  meetsMinimumPasswordPolicy,
} from "../../lib/validation/password-policy";
import { originProblem, redirectUrlProblem } from "../../lib/validation/urls";
import { AdoptError } from "./errors";
import { TenantSnapshot } from "./read-tenant";

/** Client metadata that marks an application as an ML dashboard (the post-login Action reads it). */
const DASHBOARD_MARKER = { key: "dashboard", value: "machine-learning" } as const;
const SECURE_ONLY = { allowInsecureLocalhost: false };
/** The config's email check (users.<key>.email), applied before a user is written. */
const EMAIL = z.email();
/** Key of the adopted database connection in `connections` (any key keeps the address auth0_connection.database). */
const DATABASE_CONNECTION_KEY = "database";
/** Reason recorded for a grant type the application already had. */
const KEPT_GRANT_REASON = "Kept from the application as it was before adoption; review whether it is still needed.";

export interface Adoption {
  /** The config, ready to validate and write. */
  readonly config: EnvironmentInput;
  /** What could not be represented, or will change on the first apply; never silent. */
  readonly notes: readonly string[];
  readonly counts: {
    readonly dashboards: number;
    readonly users: number;
    readonly roles: number;
    readonly keptBindings: number;
  };
}

export interface BuildOptions {
  readonly tenantDomain: string;
  /** Client ids or names chosen with --dashboards. */
  readonly dashboards?: readonly string[];
}

/** Turns what adopt read into the environment's config, noting everything it leaves out or changes. */
export function buildConfig(tenant: TenantSnapshot, options: BuildOptions): Adoption {
  const notes: string[] = [];
  const roles = adoptRoles(tenant, notes);
  const users = adoptUsers(tenant, roles, notes);
  const dashboards = adoptDashboards(tenant, options.dashboards, Object.keys(roles), notes);
  const dashboardIds = new Set(Object.values(dashboards).map((d) => d.importId));
  const loginFlow = adoptLoginFlow(tenant, notes);
  noteOthers(tenant, dashboardIds, notes);

  const options_ = tenant.connection.options ?? {};
  const policy = options_.passwordPolicy as PasswordPolicy | undefined;
  const passwordPolicy =
    policy !== undefined && PASSWORD_POLICIES.includes(policy) && meetsMinimumPasswordPolicy(policy)
      ? policy
      : MIN_PASSWORD_POLICY;
  if (passwordPolicy !== policy) {
    notes.push(
      `connection ${tenant.connection.name}: password policy ${JSON.stringify(policy ?? "none")} is raised to "${MIN_PASSWORD_POLICY}" (the config refuses weaker ones); existing passwords keep working, new ones must meet it`,
    );
  }
  const disableSignup = options_.disable_signup === true;
  if (!disableSignup) {
    notes.push(
      `connection ${tenant.connection.name}: public signup is enabled and is kept ("disableSignup": false); set it to true to refuse self-registration`,
    );
  }
  notes.push(
    `connection ${tenant.connection.name}: the first apply sets this app's connection settings (brute-force protection, password dictionary, history and a 12-character minimum); the plan shows each change`,
  );
  const otherEnabledClientIds = tenant.enabledClientIds.filter((id) => !dashboardIds.has(id));

  const config: EnvironmentInput = {
    $schema: "../lib/config/environment.schema.json",
    tenant: { domain: options.tenantDomain },
    connections: {
      [DATABASE_CONNECTION_KEY]: {
        type: "database",
        name: tenant.connection.name!,
        importId: tenant.connection.id!,
        disableSignup,
        passwordPolicy,
        ...(otherEnabledClientIds.length > 0 ? { otherEnabledClientIds } : {}),
      },
    },
    roles,
    dashboards,
    users,
    loginFlow,
    // Adoption changes nothing in the tenant: sign-up stays as found, accepted with a reason that
    // says so (the policy check inside synth refuses it otherwise).
    ...(disableSignup
      ? {}
      : {
          policy: {
            suppressions: [
              {
                rule: "connection-signup-disabled",
                address: `auth0_connection.${DATABASE_CONNECTION_RESOURCE_NAME}`,
                reason:
                  "Adopted as found: public sign-up is on in the live tenant; set disableSignup to true to refuse it",
              },
            ],
          },
        }),
  };
  return {
    config,
    notes,
    counts: {
      dashboards: Object.keys(dashboards).length,
      users: Object.keys(users).length,
      roles: Object.keys(roles).length,
      keptBindings: loginFlow.postLogin?.keepActions?.length ?? 0,
    },
  };
}

type RoleEntries = NonNullable<EnvironmentInput["roles"]>;

function adoptRoles(tenant: TenantSnapshot, notes: string[]): RoleEntries {
  const roles: RoleEntries = {};
  for (const role of tenant.roles) {
    const name = role.name ?? "";
    if (roleNameProblem(name) !== undefined) {
      notes.push(
        `role ${JSON.stringify(name)} (${role.id}) is not adopted: its name does not fit the config's role names; users holding it lose it on apply`,
      );
      continue;
    }
    let description = (role.description ?? "").trim();
    if (description === "" || description.length > 140) {
      notes.push(
        `role ${name}: ${description === "" ? "no description" : "description over 140 characters"}; the config uses ${description === "" ? "its name" : "the first 140 characters"}, set on the first apply`,
      );
      description = description === "" ? name : description.slice(0, 140);
    }
    roles[name] = { description, importId: role.id! };
  }
  // Roles that users carry in app_metadata but that do not exist as Auth0 roles are created.
  for (const user of tenant.users) {
    for (const name of appMetadataRoles(user)) {
      if (Object.hasOwn(roles, name) || roleNameProblem(name) !== undefined) continue;
      roles[name] = { description: `${name} (adopted from users' app_metadata.roles)` };
      notes.push(`role ${name} exists only in users' app_metadata.roles; the first apply creates it as an Auth0 role`);
    }
  }
  return roles;
}

function appMetadataRoles(user: Management.UserResponseSchema): string[] {
  const roles = (user.app_metadata as { roles?: unknown } | undefined)?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string" && r !== "") : [];
}

type UserEntries = NonNullable<EnvironmentInput["users"]>;

function adoptUsers(tenant: TenantSnapshot, roles: RoleEntries, notes: string[]): UserEntries {
  const rolesOfUser = new Map<string, Set<string>>();
  const roleNameById = new Map(tenant.roles.map((r) => [r.id!, r.name!]));
  for (const [roleId, members] of tenant.roleMembers) {
    for (const userId of members) {
      const set = rolesOfUser.get(userId) ?? new Set<string>();
      set.add(roleNameById.get(roleId)!);
      rolesOfUser.set(userId, set);
    }
  }
  const users: UserEntries = {};
  const keys = new KeyMaker("user");
  const extraMetadata: string[] = [];
  for (const user of tenant.users) {
    if (!user.user_id || !user.email || !EMAIL.safeParse(user.email).success) {
      notes.push(
        `user ${user.user_id ?? "(no id)"} is not adopted: ${user.email ? "its email address is not one the config accepts" : "it has no email address"}; it stays in the tenant, unmanaged`,
      );
      continue;
    }
    const held = [...appMetadataRoles(user), ...(rolesOfUser.get(user.user_id) ?? [])];
    const dropped = held.filter((r) => !Object.hasOwn(roles, r));
    if (dropped.length > 0)
      notes.push(
        `user ${user.email}: roles ${[...new Set(dropped)].join(", ")} cannot be represented and are removed on apply`,
      );
    const otherKeys = Object.keys(user.app_metadata ?? {}).filter((k) => k !== "roles");
    if (otherKeys.length > 0) extraMetadata.push(`${user.email} (${otherKeys.join(", ")})`);
    const key = keys.make(user.email.split("@")[0]);
    users[key] = {
      email: user.email,
      ...(user.nickname && user.nickname !== user.email.split("@")[0] ? { nickname: user.nickname } : {}),
      emailVerified: user.email_verified === true,
      ...(user.blocked ? { blocked: true } : {}),
      roles: [...new Set(held.filter((r) => Object.hasOwn(roles, r)))].sort(),
      importId: user.user_id,
    };
  }
  if (extraMetadata.length > 0) {
    notes.push(
      `app_metadata other than roles is not represented and is removed on apply for ${extraMetadata.length} user(s): ${shortList(extraMetadata)}`,
    );
  }
  return users;
}

type DashboardEntries = EnvironmentInput["dashboards"];

function adoptDashboards(
  tenant: TenantSnapshot,
  chosen: readonly string[] | undefined,
  roleNames: readonly string[],
  notes: string[],
): DashboardEntries {
  const regularWeb = tenant.clients.filter((c) => c.app_type === "regular_web");
  if (regularWeb.length === 0) {
    throw new AdoptError(
      "the tenant has no regular-web application to adopt as a dashboard; create the dashboard's application first, or start a new environment from config/dev.json instead of adopting",
    );
  }
  let selected: Management.Client[];
  if (chosen !== undefined) {
    selected = chosen.map((wanted) => {
      const found = regularWeb.filter((c) => c.client_id === wanted || c.name === wanted);
      if (found.length !== 1) {
        throw new AdoptError(
          `--dashboards ${JSON.stringify(wanted)}: ${found.length === 0 ? "no" : "more than one"} regular-web application has this client id or name (regular-web applications: ${regularWeb.map((c) => `${c.name} (${c.client_id})`).join(", ")})`,
        );
      }
      return found[0];
    });
  } else {
    const marked = regularWeb.filter((c) => c.client_metadata?.[DASHBOARD_MARKER.key] === DASHBOARD_MARKER.value);
    selected = marked.length > 0 ? marked : regularWeb;
  }
  const dashboards: DashboardEntries = {};
  const keys = new KeyMaker("dashboard");
  for (const client of selected) {
    const adopted = adoptDashboard(client, roleNames, notes);
    if (adopted === undefined) continue;
    const metadataKey = client.client_metadata?.dashboard_key;
    dashboards[keys.make(typeof metadataKey === "string" ? metadataKey : (client.name ?? "dashboard"))] = adopted;
  }
  if (Object.keys(dashboards).length === 0) {
    throw new AdoptError(
      "none of the selected applications can be adopted as a dashboard (see the notes above); choose others with --dashboards",
    );
  }
  return dashboards;
}

function adoptDashboard(
  client: Management.Client,
  roleNames: readonly string[],
  notes: string[],
): DashboardEntries[string] | undefined {
  const label = `application ${client.name} (${client.client_id})`;
  const notesBefore = notes.length;
  const kept = (urls: readonly string[] | undefined, what: string, check: typeof redirectUrlProblem) =>
    (urls ?? []).filter((url) => {
      const problem = check(url, SECURE_ONLY);
      if (problem) notes.push(`${label}: ${what} ${url} is dropped (${problem}); it stops working on apply`);
      return !problem;
    });
  const callbacks = kept(client.callbacks, "callback URL", redirectUrlProblem);
  if (callbacks.length === 0) {
    notes.splice(notesBefore); // a skipped application gets this one note, not one per dropped URL
    notes.push(`${label} is not adopted: it has no https callback URL to take the dashboard's URL from`);
    return undefined;
  }
  // express-openid-connect's callback is <base>/callback; other apps (Grafana: /login/generic_oauth) get their origin.
  const url = /\/callback\/?$/.test(callbacks[0])
    ? callbacks[0].replace(/\/callback\/?$/, "")
    : new URL(callbacks[0]).origin;
  const logoutUrls = kept(client.allowed_logout_urls, "logout URL", redirectUrlProblem);
  const allowedOrigins = kept(client.allowed_origins, "allowed origin", originProblem);
  const webOrigins = kept(client.web_origins, "web origin", originProblem);

  const recorded = parseRoleList(client.client_metadata?.allowed_roles);
  const unknownRoles = recorded.filter((r) => !roleNames.includes(r));
  if (unknownRoles.length > 0)
    notes.push(`${label}: allowed roles ${unknownRoles.join(", ")} are not roles of the tenant and are left out`);
  let allowedRoles = recorded.filter((r) => roleNames.includes(r));
  if (allowedRoles.length === 0) {
    allowedRoles = roleNames.length > 0 ? [...roleNames] : [];
    notes.push(
      `${label}: no allowed roles recorded; the config allows every role (${roleNames.join(", ") || "none"}) and the role-claim Action denies users who hold none of them: narrow "allowedRoles" as needed`,
    );
  }
  if (allowedRoles.length === 0) {
    throw new AdoptError(`${label}: the tenant has no roles to allow on the dashboard; create at least one role first`);
  }
  const extraGrantTypes = (client.grant_types ?? [])
    .filter((g) => !(DEFAULT_GRANT_TYPES as readonly string[]).includes(g))
    .flatMap((g) => {
      if (isOptInGrantType(g)) {
        notes.push(`${label}: grant type ${g} is kept, with a reason to review ("extraGrantTypes")`);
        return [{ grantType: g, reason: KEPT_GRANT_REASON }];
      }
      notes.push(`${label}: grant type ${g} cannot be represented and is removed on apply`);
      return [];
    });
  const lifetime = client.jwt_configuration?.lifetime_in_seconds;
  const refresh = client.refresh_token;
  if (refresh && refresh.rotation_type !== "rotating") {
    notes.push(
      `${label}: refresh tokens become rotating and expiring on apply (they were ${refresh.rotation_type}, ${refresh.expiration_type})`,
    );
  }
  const inRange = (value: number | undefined, min: number, max: number) =>
    value !== undefined && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
  const tokenLifetime = inRange(refresh?.token_lifetime, 3600, 31557600);
  const idleLifetime = inRange(refresh?.idle_token_lifetime, 1800, 2592000);
  return {
    clientName: client.name!,
    ...(client.description ? { description: client.description.slice(0, 140) } : {}),
    url,
    callbackUrls: callbacks,
    ...(logoutUrls.length > 0 ? { logoutUrls } : {}),
    allowedOrigins,
    webOrigins,
    allowedRoles,
    ...(extraGrantTypes.length > 0 ? { extraGrantTypes } : {}),
    ...(inRange(lifetime, 300, 86400) !== undefined ? { idTokenLifetimeSeconds: lifetime } : {}),
    ...(tokenLifetime !== undefined ? { refreshTokenLifetimeSeconds: tokenLifetime } : {}),
    ...(idleLifetime !== undefined && idleLifetime <= (tokenLifetime ?? 604800)
      ? { refreshTokenIdleLifetimeSeconds: idleLifetime }
      : {}),
    importId: client.client_id!,
  };
}

function parseRoleList(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

function adoptLoginFlow(tenant: TenantSnapshot, notes: string[]): NonNullable<EnvironmentInput["loginFlow"]> {
  const ours = tenant.actions.find((a) => a.name === ROLE_CLAIM_ACTION_NAME);
  const bindings = tenant.bindings.get(POST_LOGIN_TRIGGER_ID) ?? [];
  const keepActions = bindings
    .filter((b) => b.action?.id !== undefined && b.action.id !== ours?.id)
    .map((b) => ({ actionId: b.action!.id!, displayName: b.display_name ?? b.action!.name ?? b.action!.id! }));
  for (const kept of keepActions) {
    notes.push(
      `post-login Action ${kept.displayName} (${kept.actionId}) stays bound, before this app's Action; this stack now owns the post-login binding list`,
    );
  }
  return {
    ...(ours?.id !== undefined ? { actionImportId: ours.id } : {}),
    ...(bindings.length > 0 ? { postLogin: { importId: POST_LOGIN_TRIGGER_ID, keepActions } } : {}),
  };
}

/** Everything in the tenant that the config does not represent: reported, never dropped silently. */
function noteOthers(tenant: TenantSnapshot, dashboardIds: ReadonlySet<string | undefined>, notes: string[]): void {
  for (const c of tenant.connections) {
    if (c.id === tenant.connection.id) continue;
    notes.push(`connection ${c.name} (${c.strategy}) is not adopted: it and its users stay as they are, unmanaged`);
  }
  for (const c of tenant.clients) {
    if (dashboardIds.has(c.client_id) || c.global) continue;
    notes.push(
      `application ${c.name} (${c.app_type ?? "unknown type"}, ${c.client_id}) is not adopted: it stays as it is, unmanaged`,
    );
  }
  for (const [trigger, list] of tenant.bindings) {
    if (trigger === POST_LOGIN_TRIGGER_ID) continue;
    notes.push(
      `${trigger} bindings (${list.map((b) => b.display_name).join(", ")}) are not represented; they stay as they are, unmanaged`,
    );
  }
  for (const rule of tenant.rules) {
    notes.push(
      `rule ${rule.name} (${rule.enabled ? "enabled" : "disabled"}) is not represented; it stays as it is (Rules reached end of life: move it to an Action)`,
    );
  }
}

/** Config keys from names: lowercase, underscores, unique. */
class KeyMaker {
  private readonly used = new Set<string>();
  constructor(private readonly fallback: string) {}
  make(name: string): string {
    let base = name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 56);
    if (!/^[a-z]/.test(base)) base = `${this.fallback}_${base}`.replace(/_+$/, "");
    let key = base;
    for (let i = 2; this.used.has(key) || !RESOURCE_KEY_PATTERN.test(key); i++) key = `${base}_${i}`;
    this.used.add(key);
    return key;
  }
}

function shortList(items: readonly string[], max = 5): string {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
