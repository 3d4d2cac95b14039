/**
 * Forwards an admitted HTTP request to the dashboard and streams its answer back, on undici's
 * connection pool (Node's own HTTP client project). WebSocket upgrades stay with http-proxy
 * (app.ts): undici's pool speaks HTTP only.
 *
 * Why not http-proxy for HTTP too: per proxied request it cost about 240 µs of CPU in the overhead
 * benchmark, against about 65 µs for the dashboard to answer, which held the gateway below half of
 * direct throughput on a 2-core machine; undici's `stream()` writes the answer straight into the
 * response, with a fraction of the per-request work (see BENCHMARKS.md, the gateway section).
 */
import { EventEmitter } from "node:events";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Pool } from "undici";
import type { Dispatcher } from "undici";
import {
  connectionScopedHeaders,
  forwardedRequestHeaders,
  UpstreamIdentity,
  withoutGatewayCookies,
} from "./identity-headers";

/**
 * How long a connection to the dashboard may sit unused before the gateway closes it: shorter
 * than common servers' keep-alive timeouts (gunicorn, which serves MLflow: 2 s; Node: 5 s), so
 * that the gateway does not reuse a connection the dashboard is closing at the same moment.
 * A server that announces a shorter one (Keep-Alive: timeout=N) is respected.
 */
export const UPSTREAM_IDLE_CONNECTION_MS = 1000;

export interface HttpForwarderOptions {
  /** The dashboard's origin (scheme, host, port); the request's own path and query follow it. */
  readonly upstream: URL;
  /** The gateway's session cookie, which never goes upstream. */
  readonly sessionCookie: string;
  /** Called when the dashboard cannot be reached or fails mid-answer; the client gets 502 (or a cut connection). */
  readonly onUpstreamError: (err: Error, req: IncomingMessage, res: ServerResponse) => void;
}

export interface HttpForwarder {
  readonly forward: (req: IncomingMessage, res: ServerResponse, identity: UpstreamIdentity) => void;
  readonly close: () => Promise<void>;
}

/** Response headers that belong to the gateway's own connection with the client, not the dashboard's. */
function responseHeaders(headers: Record<string, string | string[] | undefined>, sessionCookie: string) {
  const out: OutgoingHttpHeaders = { ...headers };
  for (const name of connectionScopedHeaders(headers.connection)) delete out[name];
  // Node frames the body for the client's connection itself (undici has already unframed it).
  delete out.connection;
  delete out["transfer-encoding"];
  const setCookie = headers["set-cookie"];
  if (setCookie !== undefined) {
    const kept = withoutGatewayCookies(Array.isArray(setCookie) ? setCookie : [setCookie], sessionCookie);
    if (kept && kept.length > 0) out["set-cookie"] = kept;
    else delete out["set-cookie"];
  }
  return out;
}

/** A request has a body when it says so (RFC 9112, section 6.3): a length or a transfer coding. */
const hasBody = (req: IncomingMessage) =>
  req.headers["transfer-encoding"] !== undefined ||
  (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0");

export function httpForwarder({ upstream, sessionCookie, onUpstreamError }: HttpForwarderOptions): HttpForwarder {
  const pool = new Pool(upstream.origin, {
    keepAliveTimeout: UPSTREAM_IDLE_CONNECTION_MS,
    keepAliveMaxTimeout: UPSTREAM_IDLE_CONNECTION_MS,
    // As http-proxy did: no deadline of the gateway's own. Long polls and streamed logs may wait
    // minutes between chunks; the dashboard and the client decide when to give up.
    headersTimeout: 0,
    bodyTimeout: 0,
  });

  const forward = (req: IncomingMessage, res: ServerResponse, identity: UpstreamIdentity) => {
    // A client that goes away cancels its request to the dashboard, answered or not. undici takes
    // an EventEmitter that emits "abort" as well as an AbortSignal, for a fraction of the cost.
    const cancel = new EventEmitter();
    let cancelled = false;
    res.once("close", () => {
      if (res.writableFinished) return;
      cancelled = true;
      cancel.emit("abort");
    });
    const options: Dispatcher.RequestOptions = {
      path: req.url ?? "/",
      method: req.method as Dispatcher.HttpMethod,
      headers: forwardedRequestHeaders(req.headers, identity, sessionCookie),
      body: hasBody(req) ? req : null,
      signal: cancel,
    };
    pool
      .stream(options, ({ statusCode, headers }) => {
        res.writeHead(statusCode, responseHeaders(headers, sessionCookie));
        return res;
      })
      .catch((err: Error) => {
        if (cancelled) return;
        onUpstreamError(err, req, res);
      });
  };
  return { forward, close: () => pool.close() };
}
