import { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import express, { ErrorRequestHandler, Express, RequestHandler } from "express";
import { auth } from "express-openid-connect";
import { createProxyMiddleware, debugProxyErrorsPlugin, proxyEventsPlugin } from "http-proxy-middleware";
import { AuthConfig } from "../../dashboard/auth-config";
import { errorResponseFor } from "../../dashboard/errors";
import { securityHeaders } from "../../dashboard/security-headers";
import { OpenSessionStore, SESSION_COOKIE, sessionOption } from "../../dashboard/session";
import { accessGate, admitted } from "./access-gate";
import { fastLane } from "./fast-lane";
import { httpForwarder } from "./http-forwarder";
import { applyIdentity } from "./identity-headers";
import { errorPage } from "./pages";
import { sessionCheck } from "./session-check";
import { GATEWAY_ROUTES, GatewaySettings } from "./settings";

export interface Gateway {
  /** The full path: login, callback, logout, health, and every request the fast lane leaves to it. */
  readonly app: Express;
  /** The HTTP server's request handler: the fast lane, then the full path. */
  readonly handleRequest: (req: IncomingMessage, res: ServerResponse) => void;
  /** Attach to the HTTP server's 'upgrade' event: WebSockets pass only with a valid session and role. */
  readonly handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Closes the gateway's connections to the dashboard. */
  readonly close: () => Promise<void>;
}

/** The express-openid-connect options of the gateway: those of the reference dashboard, on the gateway's routes. */
export function gatewayAuthConfig(settings: GatewaySettings, sessions: OpenSessionStore): AuthConfig {
  return {
    issuerBaseURL: settings.issuerBaseUrl,
    baseURL: settings.baseUrl,
    clientID: settings.clientId,
    clientSecret: settings.clientSecret,
    secret: settings.sessionSecret,
    // The access gate decides (login redirect for pages, 401 otherwise), not the library.
    authRequired: false,
    authorizationParams: {
      response_type: "code",
      scope: "openid profile email",
    },
    clientAuthMethod: "client_secret_post",
    idTokenSigningAlg: "RS256",
    auth0Logout: true,
    idpLogout: true,
    routes: {
      login: GATEWAY_ROUTES.login,
      logout: GATEWAY_ROUTES.logout,
      callback: settings.callbackPath,
      postLogoutRedirect: settings.baseUrl,
    },
    session: sessionOption(settings.session, sessions, {
      secure: settings.baseUrl.startsWith("https:"),
      secret: settings.sessionSecret,
    }),
    useMtls: false,
  };
}

/** Only origin-form request targets (/path?query): absolute-URI and authority forms never reach the proxy. */
const originFormOnly: RequestHandler = (req, res, next) => {
  if (!req.url.startsWith("/")) {
    res.status(400).type("text").send("Bad request target");
    return;
  }
  next();
};

/** The gateway as an express app plus its WebSocket upgrade handler, not yet listening. */
export function createGateway(
  settings: GatewaySettings,
  sessions: OpenSessionStore,
  log: (line: string) => void,
): Gateway {
  const app = express();
  app.disable("x-powered-by");
  const pageHeaders = securityHeaders({
    https: settings.baseUrl.startsWith("https:"),
  });
  const baseOrigin = new URL(settings.baseUrl).origin;

  const upstreamError = (err: Error, req: IncomingMessage, res: ServerResponse | Duplex) => {
    log(
      `${req.method} ${req.url} → 502: the dashboard at ${settings.upstream.origin} did not answer (${(err as NodeJS.ErrnoException).code ?? err.message})`,
    );
    if (!(res instanceof ServerResponse)) return void res.destroy();
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(errorPage(502).toString());
  };
  const toDashboard = httpForwarder({
    upstream: settings.upstream,
    sessionCookie: SESSION_COOKIE,
    onUpstreamError: upstreamError,
  });
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const identity = admitted.get(req);
    if (!identity) return upstreamError(new Error("request reached the proxy without passing the gate"), req, res);
    toDashboard.forward(req, res, identity);
  };
  // WebSocket upgrades only; HTTP goes through `forward`.
  const websockets = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: settings.upstream.origin,
    // Not the default logger plugin nor the default error response: the `error` handler below.
    ejectPlugins: true,
    plugins: [debugProxyErrorsPlugin, proxyEventsPlugin],
    // Keep the browser's Host, as oauth2-proxy does by default: dashboards build links and check
    // WebSocket origins against it.
    changeOrigin: false,
    ws: false,
    xfwd: false,
    on: {
      proxyReqWs: (proxyReq, req) => {
        const identity = admitted.get(req);
        if (!identity) return void proxyReq.destroy(new Error("upgrade reached the proxy without passing the gate"));
        applyIdentity(proxyReq, req.headers, identity, SESSION_COOKIE);
      },
      error: (err, req, res) => upstreamError(err, req, res),
    },
  });

  app.use(originFormOnly);
  app.get(GATEWAY_ROUTES.health, pageHeaders, (_req, res) => {
    res.type("text").send("ok");
  });
  app.use(auth(gatewayAuthConfig(settings, sessions)));
  app.use(
    accessGate({
      claimNamespace: settings.claimNamespace,
      allowedRoles: settings.allowedRoles,
      log,
    }),
  );
  app.use((req, res) => {
    const upgrade = upgrades.get(req);
    if (upgrade) return websockets.upgrade(req, upgrade.socket as never, upgrade.head);
    forward(req, res);
  });

  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const response = errorResponseFor(err);
    log(`${req.method} ${req.path} → ${response.status}: ${response.log}`);
    const description = (err as { error_description?: unknown }).error_description;
    pageHeaders(req, res, () => {
      res
        .status(response.status)
        .type("html")
        .send(errorPage(response.status, typeof description === "string" ? description : undefined).toString());
    });
  };
  app.use(onError);

  const lane = fastLane(sessionCheck(settings.session, sessions, settings.sessionSecret), {
    claimNamespace: settings.claimNamespace,
    allowedRoles: settings.allowedRoles,
    callbackPath: settings.callbackPath,
  });
  const fullPath = (req: IncomingMessage, res: ServerResponse): void => void app(req, res);
  const handleRequest = (req: IncomingMessage, res: ServerResponse) => {
    lane(req).then(
      (identity) => {
        if (!identity) return fullPath(req, res);
        toDashboard.forward(req, res, identity);
      },
      () => fullPath(req, res),
    );
  };

  const upgrades = new WeakMap<IncomingMessage, { socket: Duplex; head: Buffer }>();
  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const origin = req.headers.origin;
    // A page on another site must not open a WebSocket with this user's cookie.
    if (origin !== undefined && origin !== baseOrigin) return refuseUpgrade(socket, 403);
    if (!req.url?.startsWith("/")) return refuseUpgrade(socket, 400);
    lane(req).then(
      (identity) => {
        if (!identity) return upgradeThroughApp(req, socket, head);
        admitted.set(req, identity);
        websockets.upgrade(req, socket as never, head);
      },
      () => upgradeThroughApp(req, socket, head),
    );
  };
  const upgradeThroughApp = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    upgrades.set(req, { socket, head });
    // The upgrade runs through the same middleware (session, gate) with a response that is never
    // sent: any answer other than "admitted" (a redirect, 401, 403, an error) refuses the upgrade.
    const res = new ServerResponse(req);
    res.end = (() => {
      refuseUpgrade(socket, res.statusCode === 403 ? 403 : res.statusCode >= 500 ? 502 : 401);
      return res;
    }) as typeof res.end;
    app(req as express.Request, res as express.Response, () => refuseUpgrade(socket, 401));
  };
  return { app, handleRequest, handleUpgrade, close: toDashboard.close };
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  502: "Bad Gateway",
};

function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
