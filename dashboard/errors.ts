import {
  issuerUnreachablePage,
  loginDeniedPage,
  loginFailedPage,
  loginRequiredPage,
  serverErrorPage,
} from "./views/error-pages";
import { SafeHtml } from "./views/html";

/**
 * OAuth error codes meaning "the tenant refused this user": access_denied is what the post-login
 * Action's api.access.deny() produces; unauthorized is what Auth0 returns for a blocked user.
 */
const DENIAL_ERRORS = new Set(["access_denied", "unauthorized"]);

/** A session store's failure (PostgreSQL unreachable, its table missing); the message shows no connection string. */
export class SessionStoreError extends Error {
  override readonly name = "SessionStoreError";
}

export interface ErrorResponse {
  readonly status: number;
  readonly page: SafeHtml;
  /** One line for the server log; never a secret, never a stack trace. */
  readonly log: string;
}

/** The fields express-openid-connect (via http-errors) puts on the errors it passes to express. */
interface OidcErrorFields {
  status?: unknown;
  error?: unknown;
  error_description?: unknown;
  message?: unknown;
  cause?: unknown;
  code?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;

/** Log lines stay single lines: error descriptions come from the callback's query string. */
const oneLine = (line: string): string => line.replace(/\p{Cc}+/gu, " ");

/** The error and its causes, outermost first (fetch failed → connect ECONNREFUSED). */
function causeChain(err: OidcErrorFields): OidcErrorFields[] {
  const chain = [err];
  while (chain.length < 5) {
    const cause = chain[chain.length - 1].cause;
    if (!cause || typeof cause !== "object") break;
    chain.push(cause);
  }
  return chain;
}

/**
 * Why a request to the tenant failed at the network level (discovery runs at the first login,
 * not at startup), e.g. "fetch failed: connect ECONNREFUSED 127.0.0.1:4000"; undefined otherwise.
 */
function networkFailureOf(err: OidcErrorFields): string | undefined {
  const chain = causeChain(err);
  const isNetwork = chain.some(
    (e) =>
      e.message === "fetch failed" ||
      /^(E[A-Z]+|UND_ERR_\w+)$/.test(text(e.code) ?? "") ||
      (e as Error).name === "TimeoutError",
  );
  return isNetwork
    ? chain
        .map((e) => text(e.message))
        .filter(Boolean)
        .join(": ")
    : undefined;
}

/**
 * Decides how to answer an error that reached express's error handler: a login the tenant
 * denied is a 403 with the tenant's reason, another failed login a 400 with a retry link,
 * a missing login for a non-HTML request a 401, a failing session store or an unreachable tenant
 * a 503, and anything else a 500 that reveals nothing.
 */
export function errorResponseFor(err: unknown): ErrorResponse {
  const response = classify(err);
  return { ...response, log: oneLine(response.log) };
}

function classify(err: unknown): ErrorResponse {
  const e: OidcErrorFields = err && typeof err === "object" ? err : { message: String(err) };
  const status = typeof e.status === "number" ? e.status : 500;
  const oauthError = text(e.error);
  const description = text(e.error_description);

  if (oauthError && DENIAL_ERRORS.has(oauthError)) {
    return {
      status: 403,
      page: loginDeniedPage(description),
      log: `login denied by the tenant (${oauthError}): ${description ?? "no reason given"}`,
    };
  }
  if (oauthError && status >= 400 && status < 500) {
    return {
      status: 400,
      page: loginFailedPage(oauthError, description),
      log: `login failed (${oauthError}): ${description ?? text(e.message) ?? ""}`,
    };
  }
  if (status === 401) {
    return { status: 401, page: loginRequiredPage(), log: "login required for a non-HTML request" };
  }
  if (err instanceof SessionStoreError) {
    return {
      status: 503,
      page: issuerUnreachablePage(),
      log: `session store (SESSION_STORE_URL) failed: ${err.message}`,
    };
  }
  const network = networkFailureOf(e);
  if (network) {
    return { status: 503, page: issuerUnreachablePage(), log: `cannot reach the tenant (ISSUER_BASE_URL): ${network}` };
  }
  return { status: 500, page: serverErrorPage(), log: `internal error: ${text(e.message) ?? "unknown error"}` };
}
