import { LocalTenantConfigError } from "./errors";
import {
  actionIdFor,
  clientIdFor,
  connectionIdFor,
  newClientSecret,
  resourceIdFor,
  roleIdFor,
  userIdFor,
} from "./generated-ids";
import { PASSWORD_POLICIES, PasswordPolicy } from "../../lib/validation/password-policy";
import { describeRules, PasswordRules, passwordProblem } from "./password-policy";
import { StoredPassword } from "./password-store";
import { ReferenceTargets, resolveValue } from "./references";
import { classifyResource, isUnset } from "./resource-catalog";
import { StackFile, StackResource } from "./stack-file";
import { ResolvedVariables } from "./variables";

/**
 * The tenant as it would be after `terraform apply` of a synthesized stack: every reference
 * resolved, every computed id generated, and everything the local tenant cannot emulate
 * refused (LocalTenantConfigError naming the file, resource and attribute).
 */
export interface TenantModel {
  readonly stackFile: string;
  /** provider.auth0.domain, when set. */
  readonly domain?: string;
  readonly clients: readonly ClientModel[];
  readonly connections: readonly ConnectionModel[];
  readonly users: readonly UserModel[];
  readonly roles: readonly RoleModel[];
  /** Actions bound to the post-login trigger, in binding order. */
  readonly postLoginActions: readonly ActionModel[];
  /** Enabled Rules, in execution order. */
  readonly rules: readonly RuleModel[];
  /** Rule settings (auth0_rule_config), as `configuration.KEY`. */
  readonly ruleConfiguration: Readonly<Record<string, string>>;
  readonly outputs: readonly OutputModel[];
  /** Resources and settings left out on purpose, with why (for the start-up log). */
  readonly notes: readonly string[];
}

export type AppType = "regular_web" | "spa" | "native" | "non_interactive";
export type ClientAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

export interface ClientModel {
  readonly address: string;
  readonly clientId: string;
  /** Undefined for public clients (authentication method none). */
  readonly clientSecret?: string;
  readonly authMethod: ClientAuthMethod;
  /** Where the authentication method comes from, for messages. */
  readonly authMethodSource: string;
  readonly name: string;
  readonly appType: AppType;
  readonly callbacks: readonly string[];
  readonly logoutUrls: readonly string[];
  readonly webOrigins: readonly string[];
  readonly grantTypes: readonly string[];
  readonly metadata: Readonly<Record<string, string>>;
  readonly idTokenLifetimeSeconds: number;
  readonly refreshToken: { readonly rotating: boolean; readonly lifetimeSeconds: number };
  /** Connections users may log in through, in stack order. */
  readonly connections: readonly ConnectionModel[];
}

/** Strategies the local tenant emulates: the database, and OIDC-based ones against a local upstream IdP. */
export type EmulatedStrategy = "auth0" | "oidc" | "okta";
export const FEDERATED_STRATEGIES: readonly EmulatedStrategy[] = ["oidc", "okta"];

/** How an OIDC/Okta connection signs users in at its IdP, and which ID token claims it keeps. */
export interface FederationModel {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  /** The IdP the stack names (replaced by the local upstream IdP). */
  readonly configuredIssuer: string;
  /**
   * Profile attribute to ID token claim (attribute_map `use_map`), or "all" (`bind_all`: every
   * claim as it is). Under use_map Auth0 stores a list as a comma-separated string.
   */
  readonly claimMap: Readonly<Record<string, string>> | "all";
}

export interface ConnectionModel {
  readonly address: string;
  readonly id: string;
  readonly name: string;
  /** "Continue with <displayName>" on the login page. */
  readonly displayName: string;
  readonly strategy: EmulatedStrategy;
  /** Set for oidc and okta connections. */
  readonly federation?: FederationModel;
  readonly metadata: Readonly<Record<string, string>>;
  readonly requiresUsername: boolean;
  readonly passwordRules: PasswordRules;
  /** The resources that enable clients for it (auth0_connection_clients.x, auth0_connection_client.y). */
  readonly enabledBy: readonly string[];
}

export interface RoleModel {
  readonly address: string;
  readonly id: string;
  readonly name: string;
}

export interface UserModel {
  readonly address: string;
  /** The resource name, e.g. alice. */
  readonly key: string;
  /** e.g. auth0|5f7c8ec7c33c6c004bbafe82 */
  readonly userId: string;
  /** Lower case, as Auth0 stores it. */
  readonly email: string;
  readonly username?: string;
  readonly nickname: string;
  readonly name: string;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly picture?: string;
  readonly emailVerified: boolean;
  readonly blocked: boolean;
  readonly connection: ConnectionModel;
  readonly appMetadata: Readonly<Record<string, unknown>>;
  readonly userMetadata: Readonly<Record<string, unknown>>;
  /** Names of the roles assigned with auth0_user_roles / auth0_user_role. */
  readonly roles: readonly string[];
  /** Undefined for users of federated connections, who sign in at their IdP. */
  readonly password?: StoredPassword;
  /** Federated users: the provider part of the user id and the attributes the connection keeps. */
  readonly federated?: {
    readonly provider: string;
    readonly upstreamId: string;
    readonly attributes: Readonly<Record<string, unknown>>;
  };
}

export interface ActionModel {
  readonly address: string;
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly runtime?: string;
  readonly secrets: Readonly<Record<string, string>>;
}

export interface RuleModel {
  readonly address: string;
  readonly name: string;
  readonly script: string;
}

export interface OutputModel {
  readonly name: string;
  readonly value: unknown;
  readonly sensitive: boolean;
}

/** Grant types of Auth0 clients; the first three are emulated, the rest refused at the token endpoint. */
export const AUTH0_GRANT_TYPES = [
  "authorization_code",
  "implicit",
  "refresh_token",
  "client_credentials",
  "password",
  "http://auth0.com/oauth/grant-type/password-realm",
  "urn:ietf:params:oauth:grant-type:device_code",
  "http://auth0.com/oauth/grant-type/mfa-oob",
  "http://auth0.com/oauth/grant-type/mfa-otp",
  "http://auth0.com/oauth/grant-type/mfa-recovery-code",
  "urn:ietf:params:oauth:grant-type:token-exchange",
  "urn:openid:params:grant-type:ciba",
  "http://auth0.com/oauth/grant-type/passwordless/otp",
] as const;

/** Auth0's grant types for a client created without grant_types. */
const DEFAULT_GRANT_TYPES: Record<AppType, string[]> = {
  regular_web: ["authorization_code", "implicit", "refresh_token", "client_credentials"],
  spa: ["authorization_code", "implicit", "refresh_token"],
  native: ["authorization_code", "implicit", "refresh_token"],
  non_interactive: ["client_credentials"],
};

/** Triggers whose Actions never run during a login to an existing user. */
const NON_LOGIN_TRIGGERS = new Set([
  "post-change-password",
  "send-phone-message",
  "pre-user-registration",
  "post-user-registration",
  "password-reset-post-challenge",
]);

/** Connection options the local tenant reads or that do not affect a password login. */
const CONNECTION_OPTIONS_READ = new Set([
  "requires_username",
  "password_policy",
  "password_complexity_options",
  "password_no_personal_info",
]);
const CONNECTION_OPTIONS_IGNORED = new Set([
  "brute_force_protection", // lockout after repeated failures: not emulated (see docs)
  "disable_signup", // the local tenant has no sign-up page
  "password_dictionary", // needs Auth0's word list
  "password_history", // only matters when a password changes
  "mfa",
  "validation",
  "non_persistent_attrs",
  "set_user_root_attributes",
  "disable_self_service_change_password",
  "strategy_version",
  "upstream_params",
  "import_mode",
  "enabled_database_customization",
  "custom_scripts",
  "configuration",
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The first element of a nested block, which cdktf writes as an object or a one-element list. */
const block = (v: unknown): Record<string, unknown> | undefined =>
  Array.isArray(v) ? (isObject(v[0]) ? v[0] : undefined) : isObject(v) ? v : undefined;

export function buildTenantModel(stack: StackFile, variables: ResolvedVariables): TenantModel {
  const file = stack.file;
  const fail: (message: string) => never = (message) => {
    throw new LocalTenantConfigError(`${file}: ${message}`);
  };
  const notes: string[] = [];
  // Generated ids depend on the stack and the resource address: stable across starts, distinct across stacks.
  const idOf = (address: string) => (stack.stackName ? `${stack.stackName}/${address}` : address);

  // 1. Every resource is emulated, ignored (with a reason) or refused.
  const byAddress = new Map<string, StackResource>();
  const emulated: StackResource[] = [];
  for (const r of stack.resources) {
    byAddress.set(r.address, r);
    if (classifyResource(file, r) === "emulated") emulated.push(r);
    else notes.push(`${r.address} is ignored: it does not change who can log in`);
  }
  const ofType = (type: string) => emulated.filter((r) => r.type === type);
  if (stack.auth0Providers.length > 1)
    fail("more than one provider.auth0 block: the local tenant emulates one Auth0 tenant");

  // 2. Computed attributes, as Auth0 would return them after apply.
  const generatedSecrets = new Map<string, string>();
  const computed = (r: StackResource, attribute: string, where: string): unknown => {
    switch (`${r.type}.${attribute}`) {
      case "auth0_client.client_id":
      case "auth0_client.id":
        return clientIdFor(idOf(r.address));
      case "auth0_client_credentials.client_secret": {
        if (r.body.client_secret !== undefined) return configured(r, "client_secret", where);
        let secret = generatedSecrets.get(r.address);
        if (!secret) generatedSecrets.set(r.address, (secret = newClientSecret()));
        return secret;
      }
      case "auth0_client_credentials.id":
        return configured(r, "client_id", where);
      case "auth0_connection.id":
        return connectionIdFor(idOf(r.address));
      case "auth0_role.id":
        return roleIdFor(idOf(r.address));
      case "auth0_user.id":
      case "auth0_user.user_id": {
        const fixed = r.body.user_id !== undefined ? configured(r, "user_id", where) : undefined;
        const bare = typeof fixed === "string" && fixed ? fixed.replace(/^auth0\|/, "") : userIdFor(idOf(r.address));
        return `auth0|${bare}`;
      }
      case "auth0_action.id":
        return actionIdFor(idOf(r.address));
      default:
        if (r.body[attribute] !== undefined) return configured(r, attribute, where);
        if (attribute === "id") return resourceIdFor(idOf(r.address));
        return fail(
          `${where}: refers to ${r.address}.${attribute}, which is not set in the stack and which the local tenant cannot compute`,
        );
    }
  };

  const resolving: string[] = [];
  const resolvedCache = new Map<string, unknown>();
  const guarded = <T>(key: string, where: string, produce: () => T): T => {
    if (resolvedCache.has(key)) return resolvedCache.get(key) as T;
    if (resolving.includes(key)) {
      const chain = [...resolving.slice(resolving.indexOf(key)), key].map((k) => k.replace(/^(ref|cfg):/, ""));
      fail(`${where}: circular reference (${[...new Set(chain)].join(" -> ")} -> ${chain[0]})`);
    }
    resolving.push(key);
    try {
      const value = produce();
      resolvedCache.set(key, value);
      return value;
    } finally {
      resolving.pop();
    }
  };
  const targets: ReferenceTargets = {
    variable: (name, where) => {
      if (!variables.values.has(name)) fail(`${where}: refers to var.${name}, which is not declared in the stack`);
      return variables.values.get(name);
    },
    local: (name, where) => {
      if (!Object.prototype.hasOwnProperty.call(stack.locals, name))
        fail(`${where}: refers to local.${name}, which is not declared in the stack`);
      return guarded(`cfg:local.${name}`, where, () => resolveValue(stack.locals[name], `local.${name}`, targets));
    },
    resourceAttribute: (type, name, attribute, where) => {
      const r = byAddress.get(`${type}.${name}`);
      if (!r) fail(`${where}: refers to ${type}.${name}, which is not a resource of the stack`);
      // "ref:" is the attribute as other resources see it (computed or configured), "cfg:" the
      // configured value; they differ for computed attributes such as auth0_user.id.
      return guarded(`ref:${type}.${name}.${attribute}`, where, () => computed(r, attribute, where));
    },
  };
  function configured(r: StackResource, attribute: string, where: string): unknown {
    return guarded(`cfg:${r.address}.${attribute}`, where, () =>
      resolveValue(r.body[attribute], `${r.address}.${attribute}`, targets),
    );
  }
  const attr = (r: StackResource, attribute: string): unknown => configured(r, attribute, `${r.address}.${attribute}`);

  // Typed readers: each names the attribute and the expected type when it does not match.
  const str = (r: StackResource, attribute: string, required = false): string | undefined => {
    const v = attr(r, attribute);
    if (v === undefined || v === null) return required ? fail(`${r.address}.${attribute} is required`) : undefined;
    if (typeof v !== "string") return fail(`${r.address}.${attribute} must be a string`);
    return v;
  };
  const bool = (r: StackResource, attribute: string, fallback: boolean): boolean => {
    const v = attr(r, attribute);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== "boolean") return fail(`${r.address}.${attribute} must be true or false`);
    return v;
  };
  const strings = (r: StackResource, attribute: string): string[] | undefined => {
    const v = attr(r, attribute);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
      return fail(`${r.address}.${attribute} must be a list of strings`);
    return v;
  };
  const stringMap = (r: StackResource, attribute: string): Record<string, string> => {
    const v = attr(r, attribute);
    if (v === undefined || v === null) return {};
    if (!isObject(v) || !Object.values(v).every((x) => typeof x === "string"))
      return fail(`${r.address}.${attribute} must be a map of strings`);
    return v as Record<string, string>;
  };
  const jsonObject = (r: StackResource, attribute: string): Record<string, unknown> => {
    const v = attr(r, attribute);
    if (v === undefined || v === null || v === "") return {};
    if (isObject(v)) return v;
    if (typeof v !== "string") return fail(`${r.address}.${attribute} must be a JSON object string`);
    try {
      const parsed: unknown = JSON.parse(v);
      if (isObject(parsed)) return parsed;
    } catch {
      // reported below
    }
    return fail(
      `${r.address}.${attribute} must be a JSON object string (as jsonencode({...}) writes it); Auth0 would reject it`,
    );
  };

  // 3. Connections and who they are enabled for.
  const connections = ofType("auth0_connection").map((r) => {
    const strategy = str(r, "strategy", true) as string;
    const name = str(r, "name", true) as string;
    const displayName = str(r, "display_name") ?? name;
    if ((FEDERATED_STRATEGIES as readonly string[]).includes(strategy)) {
      return {
        address: r.address,
        id: connectionIdFor(idOf(r.address)),
        name,
        displayName,
        strategy: strategy as EmulatedStrategy,
        federation: federationOf(r, block(attr(r, "options")) ?? {}, fail),
        metadata: stringMap(r, "metadata"),
        requiresUsername: false,
        passwordRules: { policy: "none", minLength: undefined, noPersonalInfo: false } as PasswordRules,
        enabledBy: [] as string[],
        enabledClientIds: new Set<string>(),
      };
    }
    if (strategy !== "auth0") {
      fail(
        `${r.address}: strategy "${strategy}" cannot be emulated; the local tenant supports strategy "auth0", and "oidc" and "okta" against a local upstream IdP (SAML, Entra ID, Google and other social or enterprise IdPs are not emulated)`,
      );
    }
    const options = block(attr(r, "options")) ?? {};
    for (const [key, value] of Object.entries(options)) {
      if (CONNECTION_OPTIONS_READ.has(key) || isUnset(value)) continue;
      if (key === "enabled_database_customization" || key === "import_mode" || key === "custom_scripts") {
        fail(
          `${r.address}.options.${key}: custom database scripts cannot be emulated; the local tenant keeps the users of the stack itself`,
        );
      }
      if (CONNECTION_OPTIONS_IGNORED.has(key)) continue;
      fail(
        `${r.address}.options.${key} cannot be emulated by the local tenant (it may change logins); remove it or extend tools/local-tenant to emulate it`,
      );
    }
    const policy =
      options.password_policy === undefined || options.password_policy === null
        ? "good"
        : typeof options.password_policy === "string"
          ? options.password_policy
          : JSON.stringify(options.password_policy);
    if (!isPasswordPolicy(policy)) {
      return fail(
        `${r.address}.options.password_policy "${policy}" is not an Auth0 policy; expected one of ${PASSWORD_POLICIES.join(", ")}`,
      );
    }
    const complexity = block(options.password_complexity_options);
    const minLength = complexity?.min_length;
    const personal = block(options.password_no_personal_info);
    return {
      address: r.address,
      id: connectionIdFor(idOf(r.address)),
      name,
      displayName,
      strategy: "auth0" as EmulatedStrategy,
      federation: undefined as FederationModel | undefined,
      metadata: stringMap(r, "metadata"),
      requiresUsername: options.requires_username === true,
      passwordRules: {
        policy,
        minLength: typeof minLength === "number" ? minLength : undefined,
        noPersonalInfo: personal?.enable === true,
      },
      enabledBy: [] as string[],
      enabledClientIds: new Set<string>(),
    };
  });
  const connectionById = new Map(connections.map((c) => [c.id, c]));
  const connectionOf = (r: StackResource) => {
    const id = attr(r, "connection_id");
    const connection = typeof id === "string" ? connectionById.get(id) : undefined;
    if (!connection)
      fail(
        `${r.address}.connection_id must refer to an auth0_connection of this stack (\${auth0_connection.<name>.id})`,
      );
    return connection;
  };
  for (const r of ofType("auth0_connection_clients")) {
    const connection = connectionOf(r);
    const other = connection.enabledBy.find((a) => a.startsWith("auth0_connection_clients."));
    if (other)
      fail(
        `${r.address} and ${other} both manage the clients of ${connection.address}; Terraform would flip between them. Keep one`,
      );
    connection.enabledBy.push(r.address);
    for (const id of strings(r, "enabled_clients") ?? []) connection.enabledClientIds.add(id);
  }
  for (const r of ofType("auth0_connection_client")) {
    const connection = connectionOf(r);
    connection.enabledBy.push(r.address);
    const id = str(r, "client_id", true) as string;
    connection.enabledClientIds.add(id);
  }
  const names = new Map<string, string>();
  for (const c of connections) {
    const other = names.get(c.name);
    if (other)
      fail(`${c.address} and ${other} are both named "${c.name}"; Auth0 connection names are unique per tenant`);
    names.set(c.name, c.address);
  }

  // 4. Clients, with their secrets and authentication methods.
  const credentialsByClientId = new Map<string, StackResource>();
  for (const r of ofType("auth0_client_credentials")) {
    const id = str(r, "client_id", true) as string;
    const other = credentialsByClientId.get(id);
    if (other) fail(`${r.address} and ${other.address} both set the credentials of one client; keep one`);
    credentialsByClientId.set(id, r);
  }
  const knownClientIds = new Set<string>();
  const clients: ClientModel[] = ofType("auth0_client").map((r) => {
    const clientId = clientIdFor(idOf(r.address));
    knownClientIds.add(clientId);
    const name = str(r, "name", true) as string;
    const appTypeValue = str(r, "app_type") ?? "regular_web";
    if (!["regular_web", "spa", "native", "non_interactive"].includes(appTypeValue)) {
      fail(
        `${r.address}.app_type "${appTypeValue}" cannot be emulated; the local tenant supports regular_web, spa, native and non_interactive`,
      );
    }
    const appType = appTypeValue as AppType;
    if (attr(r, "oidc_conformant") === false)
      fail(`${r.address}.oidc_conformant is false: legacy (non OIDC-conformant) flows cannot be emulated`);
    if (attr(r, "is_first_party") === false) {
      fail(
        `${r.address}.is_first_party is false: third-party clients need a consent screen, which the local tenant does not emulate`,
      );
    }
    const organizationUsage = str(r, "organization_usage");
    if (organizationUsage && organizationUsage !== "deny")
      fail(`${r.address}.organization_usage "${organizationUsage}": Organizations are not emulated`);
    if (attr(r, "require_pushed_authorization_requests") === true)
      fail(`${r.address}.require_pushed_authorization_requests: pushed authorization requests are not emulated`);
    if (attr(r, "require_proof_of_possession") === true)
      fail(`${r.address}.require_proof_of_possession: sender-constrained tokens are not emulated`);

    const grantTypes = strings(r, "grant_types") ?? DEFAULT_GRANT_TYPES[appType];
    if (strings(r, "grant_types") === undefined)
      notes.push(`${r.address} sets no grant_types: using Auth0's defaults for ${appType} (${grantTypes.join(", ")})`);
    for (const g of grantTypes) {
      if (!(AUTH0_GRANT_TYPES as readonly string[]).includes(g)) {
        fail(
          `${r.address}.grant_types: "${g}" is not an Auth0 grant type; expected one of ${AUTH0_GRANT_TYPES.join(", ")}`,
        );
      }
    }
    const urls = (attribute: string) => {
      const list = strings(r, attribute) ?? [];
      for (const u of list) {
        if (u.includes("*"))
          fail(
            `${r.address}.${attribute}: "${u}" has a wildcard, which the local tenant does not emulate; list each URL`,
          );
      }
      return list;
    };
    const jwt = block(attr(r, "jwt_configuration")) ?? {};
    const alg = jwt.alg === undefined || jwt.alg === null ? "RS256" : jwt.alg;
    if (alg !== "RS256")
      fail(
        `${r.address}.jwt_configuration.alg "${typeof alg === "string" ? alg : JSON.stringify(alg)}" cannot be emulated; the local tenant signs tokens with RS256 only`,
      );
    const lifetime = typeof jwt.lifetime_in_seconds === "number" ? jwt.lifetime_in_seconds : 36000;
    const refresh = block(attr(r, "refresh_token")) ?? {};
    const refreshLifetime =
      refresh.expiration_type === "expiring"
        ? refresh.infinite_idle_token_lifetime !== true && typeof refresh.idle_token_lifetime === "number"
          ? refresh.idle_token_lifetime
          : typeof refresh.token_lifetime === "number"
            ? refresh.token_lifetime
            : 2592000
        : 31557600;

    const credentials = credentialsByClientId.get(clientId);
    credentialsByClientId.delete(clientId);
    const defaultMethod: ClientAuthMethod = appType === "spa" || appType === "native" ? "none" : "client_secret_post";
    const method = credentials ? (str(credentials, "authentication_method") ?? defaultMethod) : defaultMethod;
    if (!["client_secret_post", "client_secret_basic", "none"].includes(method)) {
      fail(
        `${credentials?.address}.authentication_method "${method}" cannot be emulated; the local tenant supports client_secret_post, client_secret_basic and none`,
      );
    }
    const secret =
      method === "none"
        ? undefined
        : credentials
          ? (computed(credentials, "client_secret", `${credentials.address}.client_secret`) as string)
          : newClientSecret();
    if (secret !== undefined && typeof secret !== "string")
      fail(`${credentials?.address}.client_secret must be a string`);

    return {
      address: r.address,
      clientId,
      clientSecret: secret,
      authMethod: method as ClientAuthMethod,
      authMethodSource: credentials
        ? `${credentials.address}.authentication_method`
        : `the default for app_type ${appType} (no auth0_client_credentials)`,
      name,
      appType,
      callbacks: urls("callbacks"),
      logoutUrls: urls("allowed_logout_urls"),
      webOrigins: [...new Set([...urls("web_origins"), ...urls("allowed_origins")])],
      grantTypes,
      metadata: stringMap(r, "client_metadata"),
      idTokenLifetimeSeconds: lifetime,
      refreshToken: { rotating: refresh.rotation_type === "rotating", lifetimeSeconds: refreshLifetime },
      connections: connections.filter((c) => c.enabledClientIds.has(clientId)),
    };
  });
  for (const [id, r] of credentialsByClientId) {
    fail(
      `${r.address}.client_id "${id}" is not the client_id of an auth0_client in this stack; use \${auth0_client.<name>.client_id}`,
    );
  }
  for (const c of connections) {
    for (const id of c.enabledClientIds) {
      if (!knownClientIds.has(id))
        notes.push(
          `${c.enabledBy.join(", ")} enables client "${id}" for ${c.address}, which is not a client of this stack`,
        );
    }
  }
  // A client users log in to needs a connection: Auth0 would show "no connections enabled for the client".
  for (const c of clients) {
    const interactive =
      c.appType !== "non_interactive" && c.grantTypes.some((g) => g === "authorization_code" || g === "implicit");
    if (!interactive || c.connections.length > 0) continue;
    const managers = connections.flatMap((conn) =>
      conn.enabledBy.filter((a) => a.startsWith("auth0_connection_clients.")),
    );
    const fix =
      managers.length > 0
        ? `add \${${c.address}.client_id} to ${managers.join(" or ")}.enabled_clients`
        : connections.length > 0
          ? `enable it with an auth0_connection_clients for ${connections.map((x) => x.address).join(" or ")}`
          : "add an auth0_connection and an auth0_connection_clients that enables it";
    fail(`${c.address} ("${c.name}"): no connection is enabled for it, so nobody could log in; ${fix}`);
  }

  // 5. Roles and users.
  const roles: RoleModel[] = ofType("auth0_role").map((r) => ({
    address: r.address,
    id: roleIdFor(idOf(r.address)),
    name: str(r, "name", true) as string,
  }));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const connectionByName = new Map(connections.map((c) => [c.name, c]));
  const usersDraft = ofType("auth0_user").map((r) => {
    const connectionName = str(r, "connection_name", true) as string;
    const connection = connectionByName.get(connectionName);
    if (!connection)
      fail(`${r.address}.connection_name "${connectionName}" is not the name of an auth0_connection in this stack`);
    const email = (str(r, "email") ?? "").toLowerCase();
    const username = str(r, "username");
    const loginName =
      email || username || fail(`${r.address} has neither email nor username, so nobody could log in as this user`);
    const password = attr(r, "password");
    if (typeof password !== "string" || password === "") {
      fail(`${r.address}.password is not set: Auth0 requires a password to create a database user`);
    }
    const nickname = str(r, "nickname") ?? (email ? email.split("@")[0] : loginName);
    const name = str(r, "name") ?? loginName;
    const rules = (connection as ConnectionModel).passwordRules;
    const problem = passwordProblem(password, rules, [
      email.split("@")[0],
      username,
      nickname,
      str(r, "name"),
      str(r, "given_name"),
      str(r, "family_name"),
    ]);
    if (problem) {
      const source = typeof r.body.password === "string" && /^\$\{var\.([A-Za-z0-9_-]+)\}$/.exec(r.body.password);
      fail(
        `${r.address}.password${source ? ` (TF_VAR_${source[1]})` : ""} breaks the password rules of ${(connection as ConnectionModel).address}: ${problem}. ` +
          `Auth0 would refuse to create the user. Rules: ${describeRules(rules)}`,
      );
    }
    return {
      address: r.address,
      key: r.name,
      userId: computed(r, "id", `${r.address}.id`) as string,
      email,
      username,
      nickname,
      name,
      givenName: str(r, "given_name"),
      familyName: str(r, "family_name"),
      picture: str(r, "picture"),
      emailVerified: bool(r, "email_verified", false),
      blocked: bool(r, "blocked", false),
      connection: connection,
      appMetadata: jsonObject(r, "app_metadata"),
      userMetadata: jsonObject(r, "user_metadata"),
      roles: [] as string[],
      password: new StoredPassword(password),
    };
  });
  const userById = new Map(usersDraft.map((u) => [u.userId, u]));
  const seen = new Map<string, string>();
  for (const u of usersDraft) {
    for (const login of [u.email, u.username?.toLowerCase()]) {
      if (!login) continue;
      const key = `${u.connection.name}\u0000${login}`;
      const other = seen.get(key);
      if (other)
        fail(
          `${u.address} and ${other} both use "${login}" in connection "${u.connection.name}"; Auth0 would refuse the second user`,
        );
      seen.set(key, u.address);
    }
  }
  const roleManagers = new Map<string, string>();
  const assign = (r: StackResource, userIdValue: unknown, roleIds: unknown[]) => {
    const user = typeof userIdValue === "string" ? userById.get(userIdValue) : undefined;
    if (!user) return fail(`${r.address}.user_id must refer to an auth0_user of this stack (\${auth0_user.<name>.id})`);
    for (const id of roleIds) {
      const role = typeof id === "string" ? roleById.get(id) : undefined;
      if (!role)
        return fail(
          `${r.address}: role ${JSON.stringify(id)} is not an auth0_role of this stack (\${auth0_role.<name>.id})`,
        );
      if (!user.roles.includes(role.name)) user.roles.push(role.name);
    }
    return undefined;
  };
  for (const r of ofType("auth0_user_roles")) {
    const userIdValue = attr(r, "user_id");
    const other = roleManagers.get(String(userIdValue));
    if (other)
      fail(`${r.address} and ${other} both manage the roles of one user; Terraform would flip between them. Keep one`);
    roleManagers.set(String(userIdValue), r.address);
    assign(r, userIdValue, strings(r, "roles") ?? []);
  }
  for (const r of ofType("auth0_user_role")) assign(r, attr(r, "user_id"), [attr(r, "role_id")]);

  // 6. Login-time code: post-login Actions in binding order, then Rules.
  const actions = ofType("auth0_action").map((r) => {
    const triggers = block(attr(r, "supported_triggers")) ?? {};
    const secretsList = attr(r, "secrets");
    const secrets: Record<string, string> = {};
    for (const s of Array.isArray(secretsList) ? secretsList : []) {
      if (!isObject(s) || typeof s.name !== "string" || typeof s.value !== "string")
        fail(`${r.address}.secrets must be a list of { name, value } strings`);
      secrets[(s as { name: string }).name] = (s as { value: string }).value;
    }
    return {
      resource: r,
      address: r.address,
      id: actionIdFor(idOf(r.address)),
      name: str(r, "name", true) as string,
      code: str(r, "code", true) as string,
      runtime: str(r, "runtime"),
      secrets,
      trigger: triggers.id,
      triggerVersion: triggers.version,
    };
  });
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const postLoginActions: ActionModel[] = [];
  const bound = new Set<string>();
  let postLoginBinding: string | undefined;
  for (const r of ofType("auth0_trigger_actions")) {
    const trigger = str(r, "trigger", true) as string;
    const list = attr(r, "actions");
    const entries = Array.isArray(list) ? list : [];
    if (trigger !== "post-login") {
      if (NON_LOGIN_TRIGGERS.has(trigger)) {
        notes.push(`${r.address} binds Actions to the ${trigger} trigger, which never runs during a login: ignored`);
        entries.forEach((e) => isObject(e) && typeof e.id === "string" && bound.add(e.id));
        continue;
      }
      fail(`${r.address}.trigger "${trigger}" cannot be emulated; the local tenant runs post-login Actions only`);
    }
    if (postLoginBinding)
      fail(
        `${r.address} and ${postLoginBinding} both bind the post-login trigger; Terraform would flip between them. Keep one`,
      );
    postLoginBinding = r.address;
    entries.forEach((entry, index) => {
      const id = isObject(entry) ? entry.id : undefined;
      const action = typeof id === "string" ? actionById.get(id) : undefined;
      if (!action)
        fail(
          `${r.address}.actions[${index}].id must refer to an auth0_action of this stack (\${auth0_action.<name>.id})`,
        );
      const a = action;
      if (a.trigger !== "post-login")
        fail(
          `${a.address}.supported_triggers.id is "${String(a.trigger)}", so Auth0 cannot bind it to post-login (${r.address})`,
        );
      if (a.triggerVersion === "v1")
        fail(
          `${a.address}.supported_triggers.version "v1" cannot be emulated; the local tenant runs post-login v2 and v3 Actions`,
        );
      const deps = attr(a.resource, "dependencies");
      if (Array.isArray(deps) && deps.length > 0) {
        fail(
          `${a.address}.dependencies: npm dependencies of Actions cannot be emulated; the local tenant runs Actions that need only Node.js built-ins`,
        );
      }
      if (attr(a.resource, "deploy") !== true) {
        fail(
          `${a.address}.deploy is not true: Auth0 would run the last deployed version, which the local tenant cannot know; set deploy = true`,
        );
      }
      bound.add(a.id);
      postLoginActions.push({
        address: a.address,
        id: a.id,
        name: a.name,
        code: a.code,
        runtime: a.runtime,
        secrets: a.secrets,
      });
    });
  }
  for (const a of actions)
    if (!bound.has(a.id)) notes.push(`${a.address} is not bound to any trigger, so it never runs`);

  const ruleConfiguration: Record<string, string> = {};
  for (const r of ofType("auth0_rule_config")) {
    const key = str(r, "key", true) as string;
    const value = attr(r, "value");
    if (typeof value !== "string") fail(`${r.address}.value must be a string`);
    ruleConfiguration[key] = value;
  }
  const rules = ofType("auth0_rule")
    .map((r, index) => ({ r, index, order: attr(r, "order") }))
    .filter(({ r }) => {
      const enabled = bool(r, "enabled", true);
      if (!enabled) notes.push(`${r.address} is disabled, so it never runs`);
      return enabled;
    })
    .sort(
      (a, b) =>
        (typeof a.order === "number" ? a.order : Infinity) - (typeof b.order === "number" ? b.order : Infinity) ||
        a.index - b.index,
    )
    .map(({ r }) => ({
      address: r.address,
      name: str(r, "name", true) as string,
      script: str(r, "script", true) as string,
    }));

  // 7. Outputs, resolved (the issuer and domain are substituted when the server knows its port).
  const outputs: OutputModel[] = Object.entries(stack.outputs).map(([name, body]) => {
    // Terraform refuses an output that shows a sensitive value without sensitive = true.
    const raw = JSON.stringify(body.value ?? null);
    const secretRef =
      [...variables.sensitive].find((v) => raw.includes(`var.${v}}`)) ??
      (/\.client_secret\}/.test(raw) ? "a client_secret" : undefined);
    if (secretRef && body.sensitive !== true) {
      fail(
        `output.${name} shows ${secretRef.startsWith("a ") ? secretRef : `var.${secretRef}`}, which is sensitive, but is not marked sensitive; terraform plan would refuse it. Set sensitive = true`,
      );
    }
    return {
      name,
      value: resolveValue(body.value, `output.${name}`, targets),
      sensitive: body.sensitive === true,
    };
  });

  const domain = stack.auth0Providers[0]?.domain;
  return {
    stackFile: file,
    domain: typeof domain === "string" && !domain.includes("${") ? domain : undefined,
    clients,
    connections,
    users: usersDraft,
    roles,
    postLoginActions,
    rules,
    ruleConfiguration,
    outputs,
    notes,
  };
}

function isPasswordPolicy(name: string): name is PasswordPolicy {
  return (PASSWORD_POLICIES as readonly string[]).includes(name);
}

/** Options of OIDC/Okta connections the local tenant reads, or that do not change who signs in. */
const FEDERATION_OPTIONS_READ = new Set([
  "client_id",
  "client_secret",
  "issuer",
  "discovery_url",
  "domain",
  "scopes",
  "type",
  "attribute_map",
]);
const FEDERATION_OPTIONS_IGNORED = new Set([
  "set_user_root_attributes", // the emulation reads the IdP's claims at every login (on_each_login)
  "non_persistent_attrs",
  "connection_settings", // PKCE: the emulation always uses it
  "domain_aliases", // home-realm discovery: the login page offers every enabled connection
  "upstream_params",
  "icon_url",
  "jwks_uri",
  "authorization_endpoint",
  "token_endpoint",
  "userinfo_endpoint",
]);

/** A template of Auth0's attribute map that the emulation understands: exactly one ID token claim. */
const TOKENSET_CLAIM = /^\$\{context\.tokenset\.([A-Za-z_][A-Za-z0-9_.:-]*)\}$/;

function federationOf(r: StackResource, options: Record<string, unknown>, fail: (m: string) => never): FederationModel {
  for (const [key, value] of Object.entries(options)) {
    if (FEDERATION_OPTIONS_READ.has(key) || FEDERATION_OPTIONS_IGNORED.has(key) || isUnset(value)) continue;
    fail(
      `${r.address}.options.${key} cannot be emulated by the local tenant (it may change logins); remove it or extend tools/local-tenant to emulate it`,
    );
  }
  const text = (key: string): string | undefined => {
    const v = options[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v !== "string") return fail(`${r.address}.options.${key} must be a string`);
    return v;
  };
  const clientId = text("client_id") ?? fail(`${r.address}.options.client_id is required`);
  const clientSecret =
    text("client_secret") ??
    fail(
      `${r.address}.options.client_secret is required: the local tenant signs in at the IdP with the connection's own client`,
    );
  const type = text("type") ?? "back_channel";
  if (type !== "back_channel")
    fail(
      `${r.address}.options.type "${type}" cannot be emulated; the local tenant emulates back_channel (code flow with the client secret)`,
    );
  const domain = text("domain");
  const configuredIssuer =
    text("issuer") ??
    text("discovery_url") ??
    (domain ? `https://${domain}` : fail(`${r.address}.options: expected issuer, discovery_url or domain`));
  const scopesValue = options.scopes;
  const scopes =
    Array.isArray(scopesValue) && scopesValue.every((x) => typeof x === "string") ? scopesValue : ["openid"];
  if (!scopes.includes("openid")) fail(`${r.address}.options.scopes must include "openid"`);

  const map = block(options.attribute_map);
  const mode = typeof map?.mapping_mode === "string" ? map.mapping_mode : "basic_profile";
  let claimMap: FederationModel["claimMap"];
  if (mode === "bind_all") claimMap = "all";
  else if (mode === "use_map" || mode === "basic_profile") {
    const raw = map?.attributes;
    let parsed: unknown = {};
    try {
      parsed = typeof raw === "string" && raw !== "" ? (JSON.parse(raw) as unknown) : (raw ?? {});
    } catch {
      fail(
        `${r.address}.options.attribute_map.attributes must be a JSON object string (as jsonencode({...}) writes it)`,
      );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      fail(`${r.address}.options.attribute_map.attributes must be a JSON object`);
    const entries = Object.entries(parsed as Record<string, unknown>).map(([attribute, template]): [string, string] => {
      const claim = typeof template === "string" ? TOKENSET_CLAIM.exec(template)?.[1] : undefined;
      if (!claim)
        fail(
          `${r.address}.options.attribute_map.attributes.${attribute}: ${JSON.stringify(template)} cannot be emulated; the local tenant maps "\${context.tokenset.<claim>}" only`,
        );
      return [attribute, claim];
    });
    // basic_profile also keeps Auth0's basic profile claims.
    const basic: [string, string][] =
      mode === "basic_profile"
        ? [
            ["email", "email"],
            ["email_verified", "email_verified"],
            ["name", "name"],
          ]
        : [];
    claimMap = Object.fromEntries([...basic, ...entries]);
  } else {
    fail(`${r.address}.options.attribute_map.mapping_mode "${mode}" is not one of use_map, bind_all, basic_profile`);
  }
  return { clientId, clientSecret, scopes, configuredIssuer, claimMap: claimMap! };
}
