/**
 * Server-side sessions, shared by the reference dashboard and the gateway (tools/gateway).
 *
 * express-openid-connect's default session is the encrypted cookie itself, so a copied cookie
 * stays valid after logout until it expires. With a `session.store`, the cookie only carries a
 * signed session id; logout deletes the session from the store, and a replayed cookie finds
 * nothing (see the library's lib/appSession.js, CustomStore.set()).
 *
 * The session's last-use time is written back at most once per touch interval (see
 * touchIntervalSeconds), and the cookie's signature is checked here (session-id.ts), with a key
 * derived once per process, instead of by the library on every request.
 *
 * Stores (SESSION_STORE):
 * - `memory` (default): memorystore, in this process only (one replica).
 * - `postgres`: connect-pg-simple on PostgreSQL (SESSION_STORE_URL), shared by every replica.
 */
import { randomBytes } from "node:crypto";
import connectPgSimple from "connect-pg-simple";
// Type-only: express-openid-connect's runtime is loaded by the servers, not by this module.
import type { ConfigParams } from "express-openid-connect";
import memorystore from "memorystore";
import { z } from "zod";
import { SessionStoreError } from "./errors";
import { SessionIdSigner, sessionIdSigner } from "./session-id";

/**
 * The stack's default ID token lifetime (config `idTokenLifetimeSeconds`, 1 hour): a session
 * ends no later than the ID token it was created from, unless configured otherwise.
 */
export const DEFAULT_SESSION_ABSOLUTE_SECONDS = 3600;
/** Idle timeout: a session unused for 15 minutes ends. */
export const DEFAULT_SESSION_ROLLING_SECONDS = 900;
/** Upper bound for either lifetime: the config's largest ID token lifetime (1 day). */
export const MAX_SESSION_SECONDS = 86400;
/** The longest a session's last-use time may lag behind its last request (see touchIntervalSeconds). */
export const MAX_TOUCH_INTERVAL_SECONDS = 60;
/** The session cookie's name (express-openid-connect's default, stated once). */
export const SESSION_COOKIE = "appSession";
/** PostgreSQL table of the shared store; created on first use. */
export const DEFAULT_SESSION_TABLE = "ml_dashboard_sessions";

export type SessionStoreSettings =
  | { readonly kind: "memory" }
  | { readonly kind: "postgres"; readonly connectionString: string; readonly tableName: string };

export interface SessionSettings {
  /** A session ends this long after login, however active. Default: DEFAULT_SESSION_ABSOLUTE_SECONDS. */
  readonly absoluteSeconds: number;
  /** A session ends after this long without a request. Default: DEFAULT_SESSION_ROLLING_SECONDS. */
  readonly rollingSeconds: number;
  readonly store: SessionStoreSettings;
}

const seconds = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `is invalid: expected a whole number of seconds, e.g. ${fallback}` })
    .transform(Number)
    .refine((n) => n >= 60 && n <= MAX_SESSION_SECONDS, {
      error: `is invalid: expected 60 to ${MAX_SESSION_SECONDS} seconds (${name})`,
    })
    .optional();

/** The session variables, as zod fields: merged into the dashboard's and the gateway's environment schemas. */
export const SESSION_ENVIRONMENT = {
  SESSION_ABSOLUTE_DURATION: seconds("absolute session lifetime", DEFAULT_SESSION_ABSOLUTE_SECONDS),
  SESSION_ROLLING_DURATION: seconds("idle session lifetime", DEFAULT_SESSION_ROLLING_SECONDS),
  SESSION_STORE: z
    .enum(["memory", "postgres"], { error: 'is invalid: expected "memory" (one process) or "postgres" (shared)' })
    .optional(),
  // A connection string holds a password: messages about it never quote it.
  SESSION_STORE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
      error: "is invalid (not shown): expected a PostgreSQL connection string, postgres://user:password@host:5432/db",
    })
    .optional(),
  SESSION_STORE_TABLE: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, {
      error: "is invalid: expected a lower-case PostgreSQL table name, e.g. ml_dashboard_sessions",
    })
    .optional(),
};

type SessionEnvironment = {
  [K in keyof typeof SESSION_ENVIRONMENT]?: z.infer<(typeof SESSION_ENVIRONMENT)[K]>;
};

/** Turns parsed session variables into settings, or the problems (each naming its variable). */
export function sessionSettingsOf(
  v: SessionEnvironment,
): { ok: true; settings: SessionSettings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const absoluteSeconds = v.SESSION_ABSOLUTE_DURATION ?? DEFAULT_SESSION_ABSOLUTE_SECONDS;
  const rollingSeconds = v.SESSION_ROLLING_DURATION ?? Math.min(DEFAULT_SESSION_ROLLING_SECONDS, absoluteSeconds);
  if (rollingSeconds > absoluteSeconds) {
    problems.push(
      `SESSION_ROLLING_DURATION (${rollingSeconds}) is longer than SESSION_ABSOLUTE_DURATION (${absoluteSeconds}); expected at most the absolute lifetime`,
    );
  }
  const kind = v.SESSION_STORE ?? "memory";
  if (kind === "postgres" && !v.SESSION_STORE_URL) {
    problems.push(
      "SESSION_STORE_URL is not set; SESSION_STORE=postgres needs a PostgreSQL connection string (postgres://user:password@host:5432/db)",
    );
  }
  if (kind === "memory" && (v.SESSION_STORE_URL || v.SESSION_STORE_TABLE)) {
    problems.push(
      "SESSION_STORE_URL/SESSION_STORE_TABLE are set but SESSION_STORE is not postgres; set SESSION_STORE=postgres to share sessions, or unset them",
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const store: SessionStoreSettings =
    kind === "postgres"
      ? {
          kind,
          connectionString: v.SESSION_STORE_URL!,
          tableName: v.SESSION_STORE_TABLE ?? DEFAULT_SESSION_TABLE,
        }
      : { kind };
  return { ok: true, settings: { absoluteSeconds, rollingSeconds, store } };
}

/** The get/set/destroy store express-openid-connect's `session.store` takes. */
export type SessionStore = NonNullable<NonNullable<ConfigParams["session"]>["store"]>;

export interface OpenSessionStore {
  readonly store: SessionStore;
  /** New session ids; only sessions created under one of these may be inserted (see LogoutProofStore). */
  readonly genid: () => string;
  /** Stops timers and closes connections, so the process can exit. */
  close(): Promise<void>;
}

// Both packages build their class on express-session's `Store`; express-openid-connect's
// `auth.Store` is the same empty stand-in, so one here keeps this module free of that import.
const STORE_BASE = { Store: class SessionStoreBase {} };

/**
 * How often a request writes the session's last-use time (its rolling lifetime) back to the store.
 * express-openid-connect would write the whole session on every request: a store write (a row
 * update in PostgreSQL) per request. Written when it moved by at least this interval instead, a
 * session ends between `rollingSeconds - interval` and `rollingSeconds` after its last request:
 * never later than configured, at most 60 s (and 10% of the idle lifetime) earlier.
 */
export function touchIntervalSeconds(rollingSeconds: number): number {
  return Math.min(MAX_TOUCH_INTERVAL_SECONDS, Math.floor(rollingSeconds / 10));
}

/** Opens the configured store. `log` receives store errors (never the connection string). */
export function openSessionStore(settings: SessionSettings, log: (line: string) => void): OpenSessionStore {
  const touchSeconds = touchIntervalSeconds(settings.rollingSeconds);
  if (settings.store.kind === "postgres") {
    const PgStore = connectPgSimple(STORE_BASE);
    const store = new PgStore({
      conString: settings.store.connectionString,
      tableName: settings.store.tableName,
      createTableIfMissing: true,
      // Expired rows are also refused on read; pruning only keeps the table small.
      pruneSessionInterval: settings.rollingSeconds,
      errorLog: (...args: unknown[]) => log(`session store: ${describeStoreError(args)}`),
    });
    return logoutProof(labelledErrors(store as unknown as SessionStore), touchSeconds, () => store.close());
  }
  const MemoryStore = memorystore(STORE_BASE);
  // Expired entries are pruned once per idle lifetime (entries also carry their own TTL).
  const store = new MemoryStore({ checkPeriod: settings.rollingSeconds * 1000 });
  return logoutProof(store as unknown as SessionStore, touchSeconds, () => {
    store.stopInterval();
    return Promise.resolve();
  });
}

/** How long a new id may wait for its first write (the login callback that created it). */
const NEW_ID_WINDOW_MS = 60_000;

/**
 * Keeps logout final. express-openid-connect writes the session back at the end of every
 * request (rolling lifetime). A request that was already running when the user logged out would
 * write it back after logout deleted it, and the copied cookie would work again. So only ids
 * minted here for a new login may be inserted; any other write updates a session that still
 * exists, and is dropped once the session is gone. A write that only moves the last-use time by
 * less than `touchSeconds` is skipped (see touchIntervalSeconds).
 */
function logoutProof(inner: SessionStore, touchSeconds: number, close: () => Promise<void>): OpenSessionStore {
  const newIds = new Map<string, number>();
  const genid = () => {
    const now = Date.now();
    for (const [id, at] of newIds) {
      if (now - at < NEW_ID_WINDOW_MS) break; // insertion order is time order
      newIds.delete(id);
    }
    const id = randomBytes(16).toString("base64url");
    newIds.set(id, now);
    return id;
  };
  const store: SessionStore = {
    get: (sid, callback) => inner.get(sid, callback),
    destroy: (sid, callback) => {
      newIds.delete(sid);
      inner.destroy(sid, callback);
    },
    set: (sid, session, callback) => {
      if (newIds.delete(sid)) return inner.set(sid, session, callback);
      inner.get(sid, (err, existing) => {
        if (err) return callback?.(err);
        if (!existing) return callback?.();
        if (isRecentTouch(existing, session, touchSeconds)) return callback?.();
        inner.set(sid, session, callback);
      });
    },
  };
  return { store, genid, close };
}

type StoredSession = Parameters<SessionStore["set"]>[1];

/** The same login and the same data, with a last-use time less than `touchSeconds` newer than the stored one. */
function isRecentTouch(stored: StoredSession, next: StoredSession, touchSeconds: number): boolean {
  const elapsed = next.header.uat - stored.header.uat;
  return (
    next.header.iat === stored.header.iat &&
    elapsed >= 0 &&
    elapsed < touchSeconds &&
    JSON.stringify(next.data) === JSON.stringify(stored.data)
  );
}

/**
 * The store's failures as SessionStoreError, so that a request they fail is answered and logged
 * as the session store's problem (PostgreSQL down, its table missing), not as an unreachable tenant.
 */
function labelledErrors(inner: SessionStore): SessionStore {
  const label =
    <A extends unknown[]>(callback: ((err: unknown, ...rest: A) => void) | undefined) =>
    (err: unknown, ...rest: A) =>
      callback?.(err ? new SessionStoreError(describeStoreError([err])) : err, ...rest);
  return {
    get: (sid, callback) => inner.get(sid, label(callback)),
    set: (sid, session, callback) => inner.set(sid, session, label(callback)),
    destroy: (sid, callback) => inner.destroy(sid, label(callback)),
  };
}

/** The last error's message, one line, without anything that looks like a connection string. */
function describeStoreError(args: readonly unknown[]): string {
  const error = args.find((a): a is Error => a instanceof Error);
  const text = error ? error.message : args.map(String).join(" ");
  return text.split("\n")[0].replace(/postgres(ql)?:\/\/\S+/g, "postgres://(not shown)");
}

/**
 * The store as express-openid-connect sees it: keyed by signed ids (the cookie's value). A value
 * whose signature does not check out is refused before the store is asked (a forged or guessed
 * id, or one read from the store's table); the store itself is keyed by the bare id.
 */
function signedIds(inner: SessionStore, signer: SessionIdSigner): SessionStore {
  const withId = (value: string, then: (id: string) => void, otherwise: () => void) => {
    const id = signer.verify(value);
    if (id === undefined) otherwise();
    else then(id);
  };
  return {
    get: (value, callback) =>
      withId(
        value,
        (id) => inner.get(id, callback),
        () => callback(null, null),
      ),
    set: (value, session, callback) =>
      withId(
        value,
        (id) => inner.set(id, session, callback),
        () => callback?.(),
      ),
    destroy: (value, callback) =>
      withId(
        value,
        (id) => inner.destroy(id, callback),
        () => callback?.(),
      ),
  };
}

/**
 * express-openid-connect's `session` option for a server-side session: the cookie holds a
 * signed session id only, and both lifetimes are enforced by the library on every request.
 *
 * The id is signed and checked here rather than by the library (`signSessionStoreCookie`),
 * in the same format (see session-id.ts): to the library the signed value is the id, and the
 * store below it only ever sees ids whose signature checked out.
 */
export function sessionOption(
  settings: SessionSettings,
  sessions: OpenSessionStore,
  options: { readonly secure: boolean; readonly secret: string },
) {
  const signer = sessionIdSigner(options.secret, SESSION_COOKIE);
  return {
    name: SESSION_COOKIE,
    store: signedIds(sessions.store, signer),
    genid: () => signer.sign(sessions.genid()),
    rolling: true,
    rollingDuration: settings.rollingSeconds,
    absoluteDuration: settings.absoluteSeconds,
    // The library neither signs nor checks the cookie: signedIds and genid above do both.
    signSessionStoreCookie: false,
    requireSignedSessionStoreCookie: false,
    cookie: { secure: options.secure, sameSite: "Lax" as const, httpOnly: true },
  };
}
