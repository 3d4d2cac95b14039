import { joinUrl, LOOPBACK_HOSTS } from "../../lib/validation/urls";
import { DevError } from "./dev-error";
import { StackDashboard } from "./stack-dashboards";

/** Where npm run dev serves the dashboard. */
export interface DashboardEndpoint {
  /** The dashboard's base URL, e.g. http://localhost:3000 (also its BASE_URL and logout returnTo). */
  readonly baseUrl: string;
  /** Interface it listens on: the URL's own loopback host, never every interface. */
  readonly host: string;
  readonly port: number;
  /** True when a chosen port differs from the one in the config's url. */
  readonly moved: boolean;
}

/** A port picked on the command line (--port) or in the environment (PORT), and which of the two. */
export interface ChosenPort {
  readonly port: number;
  readonly source: "--port" | "PORT";
}

/** The path express-openid-connect (the reference dashboard) receives the login at. */
export const CALLBACK_PATH = "callback";

const defaultPort = (url: URL) => (url.protocol === "https:" ? 443 : 80);

/** Why npm run dev cannot serve a dashboard at `url` on this machine, or undefined. */
export function localUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) return "is not on this machine (not localhost, 127.0.0.1 or [::1])";
  if (parsed.protocol !== "http:") return "is not http:// (the reference dashboard serves plain HTTP on loopback)";
  return undefined;
}

/**
 * The dashboard to run: `wanted`, or else the first one that can run locally. Refuses, before
 * anything is started, an environment whose dashboards are not on loopback: serving them
 * would mean binding their public ports (443) on every interface, and the local tenant would
 * refuse every login anyway, since it accepts only the callback URLs in the stack.
 */
export function pickLocalDashboard(
  dashboards: readonly StackDashboard[],
  wanted: string | undefined,
  environment: string,
): StackDashboard {
  if (dashboards.length === 0) throw new DevError("the stack has no dashboard (no <dashboard>_client_id output)");
  const fix =
    "npm run dev runs the dashboard and the tenant on this machine only, so it needs a dashboard whose url is " +
    `http://localhost:<port> (or 127.0.0.1, [::1]); run an environment made for local use (--env dev), or give a dashboard such a url in config/${environment}.json`;
  if (wanted !== undefined) {
    const dashboard = dashboards.find((d) => d.key === wanted);
    if (!dashboard)
      throw new DevError(
        `--dashboard ${JSON.stringify(wanted)}: no such dashboard; the stack has ${dashboards.map((d) => JSON.stringify(d.key)).join(", ")}`,
      );
    const problem = localUrlProblem(dashboard.baseUrl);
    if (problem)
      throw new DevError(`--env ${environment}: dashboard "${wanted}" at ${dashboard.baseUrl} ${problem}. ${fix}.`);
    return dashboard;
  }
  const local = dashboards.find((d) => localUrlProblem(d.baseUrl) === undefined);
  if (local) return local;
  const lines = dashboards.map((d) => `  ${d.key}: ${d.baseUrl} ${localUrlProblem(d.baseUrl)}`);
  throw new DevError(
    `--env ${environment} cannot run locally: none of its dashboards is on this machine:\n${lines.join("\n")}\n${fix}.`,
  );
}

/** `url` with its port replaced, written as the config writes it (no slash added). */
export function withPort(url: string, port: number): string {
  const parsed = new URL(url);
  const authorityEnd = url.indexOf(parsed.host) + parsed.host.length;
  const host = parsed.hostname;
  const authority = port === defaultPort(parsed) ? host : `${host}:${port}`;
  return `${parsed.protocol}//${authority}${url.slice(authorityEnd)}`;
}

/** Where the dashboard is served: its url from the config, on the chosen port if one was chosen. */
export function dashboardEndpoint(dashboard: StackDashboard, chosen: ChosenPort | undefined): DashboardEndpoint {
  const configured = new URL(dashboard.baseUrl);
  const configuredPort = configured.port ? Number(configured.port) : defaultPort(configured);
  const port = chosen?.port ?? configuredPort;
  const moved = port !== configuredPort;
  return {
    baseUrl: moved ? withPort(dashboard.baseUrl, port) : dashboard.baseUrl,
    host: configured.hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    moved,
  };
}

/**
 * Refuses to start when the stack's client would refuse the dashboard's login or logout: the
 * local tenant matches callback and logout URLs exactly, as Auth0 does.
 */
export function checkClientUrls(
  dashboard: StackDashboard,
  endpoint: DashboardEndpoint,
  chosen: ChosenPort | undefined,
  environment: string,
): void {
  const callback = joinUrl(endpoint.baseUrl, CALLBACK_PATH);
  const missing = [
    !dashboard.callbacks.includes(callback) &&
      `callback ${callback} (it allows ${dashboard.callbacks.join(", ") || "none"})`,
    !dashboard.logoutUrls.includes(endpoint.baseUrl) &&
      `logout URL ${endpoint.baseUrl} (it allows ${dashboard.logoutUrls.join(", ") || "none"})`,
  ].filter((m): m is string => typeof m === "string");
  if (missing.length === 0) return;
  const where = `dashboards.${dashboard.key} in config/${environment}.json`;
  const fix = endpoint.moved
    ? `${where} lists fixed callbackUrls or logoutUrls, which do not follow the port: remove them (the defaults follow the url) or run without ${chosen?.source ?? "PORT"}`
    : `give ${where} the default callbackUrls and logoutUrls (remove them), or list ${callback} and ${endpoint.baseUrl} there`;
  const moved = endpoint.moved ? `${chosen?.source}=${endpoint.port} moves it to ${endpoint.baseUrl}, but ` : "";
  throw new DevError(
    `dashboard "${dashboard.key}": ${moved}its client in the stack does not allow the ${missing.join(" or the ")}: the local tenant matches these exactly, as Auth0 does, so the login would fail. Fix: ${fix}.`,
  );
}
