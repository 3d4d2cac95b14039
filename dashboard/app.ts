import express, { ErrorRequestHandler, Express } from "express";
import { auth } from "express-openid-connect";
import { rolesFromClaims } from "./access";
import { authConfig } from "./auth-config";
import { loadBundledTrainingRuns, TrainingRunSet } from "./data/training-runs";
import { errorResponseFor } from "./errors";
import { displayNameOf } from "./identity";
import { metricsRoute } from "./metrics-route";
import { securityHeaders } from "./security-headers";
import { OpenSessionStore } from "./session";
import { DashboardSettings } from "./settings";
import { notFoundPage } from "./views/error-pages";

export interface DashboardAppOptions {
  /** Default: the bundled data/training-runs.json. */
  readonly runSet?: TrainingRunSet;
  /** Where operational messages go. Default: stderr. */
  readonly log?: (line: string) => void;
}

/** The dashboard as an express app, not yet listening; sessions live in `sessions` (see ./session). */
export function createDashboardApp(
  settings: DashboardSettings,
  sessions: OpenSessionStore,
  options: DashboardAppOptions = {},
): Express {
  const runSet = options.runSet ?? loadBundledTrainingRuns();
  const log = options.log ?? ((line: string) => console.error(`dashboard: ${line}`));
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders({ https: settings.baseUrl.startsWith("https:") }));

  // Before the auth middleware, so they answer without a login: the launcher polls /healthz,
  // and a browser's unauthenticated favicon request would otherwise start a second login that
  // overwrites the first one's transaction cookie.
  app.get("/healthz", (_req, res) => {
    res.type("text").send("ok");
  });
  app.get("/favicon.ico", (_req, res) => {
    res.status(204).end();
  });

  // Adds /login, /callback and /logout, and requires a login for every route below it.
  app.use(auth(authConfig(settings, sessions)));
  app.get("/", metricsRoute(settings, runSet));
  app.use((req, res) => {
    const claims = req.oidc.idTokenClaims as Readonly<Record<string, unknown>> | undefined;
    const user = { email: displayNameOf(claims), roles: rolesFromClaims(claims, settings.claimNamespace).roles };
    res.status(404).type("html").send(notFoundPage(user).toString());
  });

  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const response = errorResponseFor(err);
    log(`${req.method} ${req.path} → ${response.status}: ${response.log}`);
    res.status(response.status).type("html").send(response.page.toString());
  };
  app.use(onError);
  return app;
}
