import { Management, ManagementClient, ManagementError } from "auth0";
import { POST_LOGIN_TRIGGER_ID } from "../../lib/validation/import-ids";
import { AdoptError } from "./errors";
import { REQUIRED_SCOPES } from "./scopes";

/** Everything adopt reads from the tenant; no secret is kept in it. */
export interface TenantSnapshot {
  readonly clients: readonly Management.Client[];
  readonly connections: readonly Management.ConnectionForList[];
  /** The database connection whose users are adopted. */
  readonly connection: Management.ConnectionForList;
  /** Client ids enabled on the adopted connection. */
  readonly enabledClientIds: readonly string[];
  /** Users of the adopted connection. */
  readonly users: readonly Management.UserResponseSchema[];
  readonly roles: readonly Management.Role[];
  /** Role id to the ids of the users holding it directly. */
  readonly roleMembers: ReadonlyMap<string, readonly string[]>;
  readonly actions: readonly Management.Action[];
  /** Trigger id to its bindings, in execution order. */
  readonly bindings: ReadonlyMap<string, readonly Management.ActionBinding[]>;
  readonly rules: readonly Management.Rule[];
}

export interface ReadOptions {
  /** Name of the database connection to adopt (default: the default one, or the only one). */
  readonly connection?: string;
  readonly progress: (line: string) => void;
}

/** Auth0's name for the default database connection of a new tenant. */
export const DEFAULT_DATABASE_CONNECTION = "Username-Password-Authentication";
/** Auth0's user search pages through at most this many results (more needs an export job). */
const USER_SEARCH_LIMIT = 1000;
const PAGE_SIZE = 100;
/** Longest pause for a rate-limit reset before adopt simply asks again. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

interface Page<T> {
  data: T[];
  rawResponse: { headers: Headers };
  response: unknown;
  hasNextPage(): boolean;
  getNextPage(): Promise<Page<T>>;
}

/** Reads the tenant through the Management API (credentials of a machine-to-machine application). */
export async function readTenant(client: ManagementClient, options: ReadOptions): Promise<TenantSnapshot> {
  const { progress } = options;
  const clients = (
    await all("applications", () => client.clients.list({ per_page: PAGE_SIZE, include_totals: true }), progress)
  ).map(withoutSecrets);
  const connections = await all("connections", () => client.connections.list({ take: PAGE_SIZE }), progress);
  const connection = chooseConnection(connections, options.connection);
  const enabledClientIds = (
    await all(
      "enabled applications",
      () => client.connections.clients.get(connection.id!, { take: PAGE_SIZE }),
      progress,
    )
  ).map((c) => c.client_id);

  const users = await all(
    `users of ${connection.name}`,
    () =>
      client.users.list({
        q: `identities.connection:"${connection.name}"`,
        search_engine: "v3",
        per_page: PAGE_SIZE,
        include_totals: true,
      }),
    progress,
    (total) => {
      if (total > USER_SEARCH_LIMIT) {
        throw new AdoptError(
          `connection ${connection.name} has ${total} users; the Management API's user search returns at most ${USER_SEARCH_LIMIT}, and adopt does not run user export jobs yet`,
        );
      }
    },
  );

  const roles = await all("roles", () => client.roles.list({ per_page: PAGE_SIZE, include_totals: true }), progress);
  const roleMembers = new Map<string, string[]>();
  for (const role of roles) {
    const members = await all(
      `members of role ${role.name}`,
      () => client.roles.users.list(role.id!, { take: PAGE_SIZE }),
      progress,
    );
    roleMembers.set(
      role.id!,
      members.map((m) => m.user_id!),
    );
  }

  const actions = await all("Actions", () => client.actions.list({ per_page: PAGE_SIZE }), progress);
  const triggers = new Set([
    POST_LOGIN_TRIGGER_ID,
    ...actions.flatMap((a) => (a.supported_triggers ?? []).map((t) => t.id)),
  ]);
  const bindings = new Map<string, Management.ActionBinding[]>();
  for (const trigger of [...triggers].sort()) {
    const list = await all(
      `${trigger} bindings`,
      () => client.actions.triggers.bindings.list(trigger as Management.ActionTriggerTypeEnum, { per_page: PAGE_SIZE }),
      progress,
    );
    if (list.length > 0) bindings.set(trigger, list);
  }
  const rules = await all("Rules", () => client.rules.list({ per_page: PAGE_SIZE, include_totals: true }), progress);
  return { clients, connections, connection, enabledClientIds, users, roles, roleMembers, actions, bindings, rules };
}

/** Client secrets are never kept, even when the credentials could read them (read:client_keys). */
function withoutSecrets(client: Management.Client): Management.Client {
  const copy: Management.Client = { ...client };
  delete copy.client_secret;
  delete copy.signing_keys;
  delete copy.encryption_key;
  return copy;
}

function chooseConnection(
  connections: readonly Management.ConnectionForList[],
  wanted: string | undefined,
): Management.ConnectionForList {
  const databases = connections.filter((c) => c.strategy === "auth0");
  const names = databases.map((c) => c.name).join(", ") || "none";
  if (wanted !== undefined) {
    const found = databases.find((c) => c.name === wanted);
    if (!found)
      throw new AdoptError(
        `--connection ${JSON.stringify(wanted)}: the tenant has no such database connection (it has: ${names})`,
      );
    return found;
  }
  const chosen =
    databases.find((c) => c.name === DEFAULT_DATABASE_CONNECTION) ??
    (databases.length === 1 ? databases[0] : undefined);
  if (!chosen) {
    throw new AdoptError(
      databases.length === 0
        ? "the tenant has no database (username/password) connection to adopt"
        : `the tenant has several database connections (${names}); choose one with --connection <name>`,
    );
  }
  return chosen;
}

/**
 * Walks every page of a list, printing progress, and pauses when the tenant's rate limit is
 * spent (x-ratelimit-remaining 0) until x-ratelimit-reset. The SDK also retries a 429 after
 * Retry-After or x-ratelimit-reset.
 */
async function all<T>(
  what: string,
  first: () => Promise<Page<T>>,
  progress: (line: string) => void,
  checkTotal?: (total: number) => void,
): Promise<T[]> {
  let page = await first().catch((err: unknown) => failRequest(err, what));
  const total = totalOf(page.response);
  if (total !== undefined) checkTotal?.(total);
  const items = [...page.data];
  let pages = 1;
  while (page.hasNextPage()) {
    progress(`reading ${what}: ${items.length}${total !== undefined ? ` of ${total}` : ""}`);
    await waitForRateLimit(page.rawResponse.headers, progress);
    page = await page.getNextPage().catch((err: unknown) => failRequest(err, what));
    items.push(...page.data);
    pages++;
  }
  progress(`read ${items.length} ${what}${pages > 1 ? ` (${pages} pages)` : ""}`);
  return items;
}

function totalOf(response: unknown): number | undefined {
  const total = (response as { total?: unknown } | undefined)?.total;
  return typeof total === "number" ? total : undefined;
}

async function waitForRateLimit(headers: Headers, progress: (line: string) => void): Promise<void> {
  if (headers.get("x-ratelimit-remaining") !== "0") return;
  const reset = Number(headers.get("x-ratelimit-reset"));
  if (!Number.isFinite(reset)) return;
  const wait = Math.min(Math.max(0, reset * 1000 - Date.now()), MAX_RATE_LIMIT_WAIT_MS);
  progress(`rate limit reached; waiting ${Math.ceil(wait / 1000)} s for it to reset`);
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Turns the Management API's refusals into what to do about them. */
function failRequest(err: unknown, what: string): never {
  if (err instanceof AdoptError) throw err;
  if (err instanceof ManagementError) {
    const body = (err.body ?? {}) as {
      message?: unknown;
      error?: unknown;
      error_description?: unknown;
      errorCode?: unknown;
    };
    const detail = [body.error, body.error_description ?? body.message].filter((v) => typeof v === "string").join(": ");
    const scopes = Object.keys(REQUIRED_SCOPES).join(" ");
    if (err.statusCode === 401) {
      throw new AdoptError(
        `the tenant refused the credentials (401${detail ? ` ${detail}` : ""}) while reading ${what}: check AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET of the machine-to-machine application`,
      );
    }
    if (err.statusCode === 403) {
      const missing = body.errorCode === "insufficient_scope";
      throw new AdoptError(
        missing
          ? `the application lacks a scope needed to read ${what} (403: ${String(body.message)}); grant it these Management API scopes: ${scopes}`
          : `the tenant refused access while reading ${what} (403${detail ? ` ${detail}` : ""}): authorize the application for the Auth0 Management API with the scopes ${scopes}`,
      );
    }
    if (err.statusCode === 429)
      throw new AdoptError(`the tenant kept answering 429 Too Many Requests while reading ${what}; try again later`);
    throw new AdoptError(
      `the Management API answered ${err.statusCode ?? "an error"} while reading ${what}${detail ? `: ${detail}` : ""}`,
    );
  }
  const e = err as { cause?: { code?: string }; code?: string; message?: string };
  const code = e.cause?.code ?? e.code;
  throw new AdoptError(
    `cannot reach the Management API while reading ${what} (${code ?? String(e.message ?? err).split("\n")[0]}): check AUTH0_DOMAIN`,
  );
}
