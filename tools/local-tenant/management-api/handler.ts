import type { IncomingMessage, ServerResponse } from "node:http";
import { actionsPage, BadQuery, checkpointPage, offsetPage, wantsCheckpoint } from "./pagination";
import { RateLimit } from "./rate-limit";
import { TenantSeed } from "./seed";
import {
  actionJson,
  bindingJson,
  clientJson,
  connectionJson,
  roleJson,
  roleUserJson,
  ruleJson,
  userJson,
} from "./shapes";
import { ManagementTokens } from "./tokens";

/** Auth0 lets a user search page through this many results; more needs an export job. */
export const USER_SEARCH_LIMIT = 1000;

type Query = URLSearchParams;
interface Route {
  readonly pattern: RegExp;
  /** The token needs every one of these scopes. */
  readonly scopes: readonly string[];
  readonly answer: (match: RegExpExecArray, query: Query, scopes: ReadonlySet<string>) => unknown;
}

class NotFound extends Error {}

/**
 * The read side of the Management API v2 that adopting a tenant uses, over a seeded tenant, plus
 * its client-credentials token endpoint. Errors have Auth0's shapes: 401 without a valid token,
 * 403 `insufficient_scope` naming the scope, 404, 400 for a bad query, 429 over the rate limit.
 */
export class ManagementApi {
  private readonly routes: readonly Route[];

  constructor(
    private readonly seed: TenantSeed,
    readonly tokens: ManagementTokens,
    private readonly rateLimit: RateLimit,
  ) {
    this.routes = this.buildRoutes();
  }

  /** Handles the request if it is for the Management API or its token endpoint; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? "/", "https://localhost");
    if (req.method === "POST" && url.pathname === "/oauth/token") {
      this.token(req, res);
      return true;
    }
    if (!url.pathname.startsWith("/api/v2/")) return false;
    this.api(req, res, url);
    return true;
  }

  private token(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 64 * 1024) chunks.push(chunk);
    });
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const json = (req.headers["content-type"] ?? "").includes("application/json");
      let params: URLSearchParams;
      try {
        params = json
          ? new URLSearchParams(Object.entries(JSON.parse(text) as Record<string, string>))
          : new URLSearchParams(text);
      } catch {
        send(res, 400, { error: "invalid_request", error_description: "the body is not valid JSON" });
        return;
      }
      const result = this.tokens.grant(params);
      send(res, result.ok ? 200 : result.status, result.body, { "cache-control": "no-store" });
    });
  }

  private api(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const limit = this.rateLimit.take();
    const headers = limit.headers;
    if (req.method !== "GET") {
      send(
        res,
        405,
        { statusCode: 405, error: "Method Not Allowed", message: "the local tenant serves reads only" },
        headers,
      );
      return;
    }
    const auth = req.headers.authorization ?? "";
    const bearer = /^Bearer (\S+)$/i.exec(auth)?.[1];
    if (bearer === undefined) {
      send(res, 401, { statusCode: 401, error: "Unauthorized", message: "Missing authentication" }, headers);
      return;
    }
    const scopes = this.tokens.scopesOfToken(bearer);
    if (scopes === undefined) {
      send(
        res,
        401,
        { statusCode: 401, error: "Unauthorized", message: "Invalid token", attributes: { error: "Invalid token" } },
        headers,
      );
      return;
    }
    if (!limit.allowed) {
      send(
        res,
        429,
        {
          statusCode: 429,
          error: "Too Many Requests",
          message: "Global limit has been reached",
          errorCode: "too_many_requests",
        },
        headers,
      );
      return;
    }
    const path = url.pathname.slice("/api/v2".length);
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      const missing = route.scopes.filter((s) => !scopes.has(s));
      if (missing.length > 0) {
        send(
          res,
          403,
          {
            statusCode: 403,
            error: "Forbidden",
            message: `Insufficient scope, expected all of: ${route.scopes.join(",")}`,
            errorCode: "insufficient_scope",
          },
          headers,
        );
        return;
      }
      try {
        send(res, 200, route.answer(match, url.searchParams, scopes), headers);
      } catch (err) {
        if (err instanceof BadQuery) {
          send(
            res,
            400,
            { statusCode: 400, error: "Bad Request", message: err.message, errorCode: "invalid_query_string" },
            headers,
          );
        } else if (err instanceof NotFound) {
          send(
            res,
            404,
            { statusCode: 404, error: "Not Found", message: err.message, errorCode: "inexistent_resource" },
            headers,
          );
        } else throw err;
      }
      return;
    }
    send(
      res,
      404,
      { statusCode: 404, error: "Not Found", message: `the local tenant does not serve ${path}` },
      headers,
    );
  }

  private buildRoutes(): Route[] {
    const seed = this.seed;
    const strategyOf = (name: string) => seed.connections.find((c) => c.name === name)?.strategy ?? "";
    const userById = new Map(seed.users.map((u) => [u.user_id, u]));
    const findRole = (id: string) => {
      const role = seed.roles.find((r) => r.id === id);
      if (!role) throw new NotFound("The role does not exist.");
      return role;
    };
    return [
      {
        pattern: /^\/clients$/,
        scopes: ["read:clients"],
        answer: (_m, q, scopes) =>
          offsetPage(
            seed.clients
              .filter((c) => !q.has("app_type") || q.get("app_type")!.split(",").includes(c.app_type))
              .map((c) =>
                clientJson(c, scopes.has("read:client_keys") ? this.tokens.secretOf(c.client_id) : undefined),
              ),
            q,
            "clients",
          ),
      },
      {
        pattern: /^\/connections$/,
        scopes: ["read:connections"],
        answer: (_m, q) => {
          const strategies = q.getAll("strategy");
          const list = seed.connections
            .filter((c) => strategies.length === 0 || strategies.includes(c.strategy))
            .filter((c) => !q.has("name") || c.name === q.get("name"))
            .map(connectionJson);
          return wantsCheckpoint(q) ? checkpointPage(list, q, "connections") : offsetPage(list, q, "connections");
        },
      },
      {
        pattern: /^\/connections\/([^/]+)\/clients$/,
        scopes: ["read:connections"],
        answer: (m, q) => {
          const connection = seed.connections.find((c) => c.id === decodeURIComponent(m[1]));
          if (!connection) throw new NotFound("The connection does not exist.");
          return checkpointPage(
            connection.enabled_clients.map((id) => ({ client_id: id })),
            q,
            "clients",
          );
        },
      },
      {
        pattern: /^\/users$/,
        scopes: ["read:users"],
        answer: (_m, q) =>
          offsetPage(
            searchUsers(seed.users, q).map((u) => userJson(u, strategyOf)),
            q,
            "users",
            { maxResults: USER_SEARCH_LIMIT, withLength: true },
          ),
      },
      {
        pattern: /^\/users\/([^/]+)\/roles$/,
        scopes: ["read:users", "read:roles"],
        answer: (m, q) => {
          const id = decodeURIComponent(m[1]);
          if (!userById.has(id)) throw new NotFound("The user does not exist.");
          return offsetPage(seed.roles.filter((r) => r.users.includes(id)).map(roleJson), q, "roles");
        },
      },
      {
        pattern: /^\/roles$/,
        scopes: ["read:roles"],
        answer: (_m, q) =>
          offsetPage(
            seed.roles.filter((r) => !q.has("name_filter") || r.name.includes(q.get("name_filter")!)).map(roleJson),
            q,
            "roles",
          ),
      },
      {
        pattern: /^\/roles\/([^/]+)\/users$/,
        scopes: ["read:users", "read:roles"],
        answer: (m, q) => {
          const members = findRole(decodeURIComponent(m[1])).users.map((id) => roleUserJson(userById.get(id)!));
          return wantsCheckpoint(q) ? checkpointPage(members, q, "users") : offsetPage(members, q, "users");
        },
      },
      {
        pattern: /^\/actions\/actions$/,
        scopes: ["read:actions"],
        answer: (_m, q) =>
          actionsPage(
            seed.actions
              .filter((a) => !q.has("triggerId") || a.supported_triggers.some((t) => t.id === q.get("triggerId")))
              .filter((a) => !q.has("actionName") || a.name === q.get("actionName"))
              .map(actionJson),
            q,
            "actions",
          ),
      },
      {
        pattern: /^\/actions\/triggers\/([^/]+)\/bindings$/,
        scopes: ["read:actions"],
        answer: (m, q) => {
          const trigger = decodeURIComponent(m[1]);
          const bindings = (seed.trigger_bindings[trigger] ?? []).map((b, i) =>
            bindingJson(
              trigger,
              i,
              b,
              seed.actions.find((a) => a.id === b.action_id)!,
            ),
          );
          return actionsPage(bindings, q, "bindings");
        },
      },
      {
        pattern: /^\/rules$/,
        scopes: ["read:rules"],
        answer: (_m, q) => offsetPage([...seed.rules].sort((a, b) => a.order - b.order).map(ruleJson), q, "rules"),
      },
    ];
  }
}

/**
 * The user search the local tenant understands: no `q`, or `identities.connection:"<name>"`
 * (Auth0's v3 search syntax for the users of one connection). Anything else is refused, so a
 * query the local tenant would silently ignore cannot pass a test.
 */
function searchUsers(users: TenantSeed["users"], query: Query): TenantSeed["users"] {
  const q = query.get("q");
  if (q === null || q === "") return users;
  const match = /^identities\.connection:"([^"]+)"$/.exec(q.trim());
  if (!match)
    throw new BadQuery(`the local tenant understands only q=identities.connection:"<name>", not ${JSON.stringify(q)}`);
  return users.filter((u) => u.connection === match[1]);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}
