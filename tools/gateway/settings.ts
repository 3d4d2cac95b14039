import { z } from "zod";
import { MIN_SESSION_SECRET_LENGTH } from "../../dashboard/settings";
import { SESSION_ENVIRONMENT, SessionSettings, sessionSettingsOf } from "../../dashboard/session";
import { redirectUrlProblem } from "../../lib/validation/urls";
import { DashboardOutputs } from "./stack-outputs";

/** Everything the gateway runs on: the stack's outputs for one dashboard, the upstream, and secrets from the environment. */
export interface GatewaySettings extends DashboardOutputs {
  /** Where the protected dashboard listens, e.g. http://127.0.0.1:5000 (origin only). */
  readonly upstream: URL;
  /** The path of the callback URL registered for this dashboard, e.g. /callback. */
  readonly callbackPath: string;
  readonly clientSecret: string;
  readonly sessionSecret: string;
  readonly port: number;
  /** Interface to listen on: the base URL's host when it is loopback, else every interface. */
  readonly host?: string;
  readonly session: SessionSettings;
}

export class GatewaySettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/** The gateway's own routes live under this prefix, so that they never shadow the dashboard's. */
export const GATEWAY_PREFIX = "/_gateway";
export const GATEWAY_ROUTES = {
  login: `${GATEWAY_PREFIX}/login`,
  logout: `${GATEWAY_PREFIX}/logout`,
  health: `${GATEWAY_PREFIX}/healthz`,
} as const;

const LOOPBACK_HOSTS = new Map([
  ["localhost", "localhost"],
  ["127.0.0.1", "127.0.0.1"],
  ["[::1]", "::1"],
]);

const environmentSchema = z.object({
  CLIENT_SECRET: z
    .string({
      error: "is not set; take it from the stack output <dashboard>_client_secret (terraform output -raw)",
    })
    .trim()
    .min(1, {
      error: "is empty; take it from the stack output <dashboard>_client_secret",
    }),
  SECRET: z
    .string({
      error: `is not set; set it to a random string of at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. openssl rand -hex 32); it signs the session cookie`,
    })
    .min(MIN_SESSION_SECRET_LENGTH, {
      error: `is too short; expected at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
    }),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, {
      error: "is invalid: expected a port number between 1 and 65535",
    })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, {
      error: "is invalid: expected a port number between 1 and 65535",
    })
    .optional(),
  HOST: z.string().trim().min(1).optional(),
  ...SESSION_ENVIRONMENT,
});
const VARIABLES = Object.keys(environmentSchema.shape);

/** A URL's problem as an upstream, or undefined: http(s), a host, and nothing after the origin. */
export function upstreamProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return "expected a URL such as http://127.0.0.1:5000";
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") return "expected an http:// or https:// URL";
  if (url.username || url.password) return "expected no user name or password in the URL";
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash)
    return "expected the dashboard's origin only (scheme, host, port), e.g. http://127.0.0.1:5000";
  return undefined;
}

/** Combines the outputs, the --upstream argument and the environment; throws every problem at once. */
export function gatewaySettings(outputs: DashboardOutputs, upstream: string, env: NodeJS.ProcessEnv): GatewaySettings {
  const problems: string[] = [];
  const upstreamIssue = upstreamProblem(upstream);
  if (upstreamIssue) problems.push(`--upstream ${JSON.stringify(upstream)} is invalid: ${upstreamIssue}`);
  const baseProblem = redirectUrlProblem(outputs.baseUrl, {
    allowInsecureLocalhost: true,
  });
  if (baseProblem) problems.push(`output ${outputs.key}_base_url ${JSON.stringify(outputs.baseUrl)}: ${baseProblem}`);
  const base = baseProblem ? undefined : new URL(outputs.baseUrl);
  // The callback this gateway serves must be one the stack registered, under the base URL.
  const callback = base && outputs.callbackUrls.map((u) => new URL(u)).find((u) => u.origin === base.origin);
  if (base && !callback) {
    problems.push(
      `output ${outputs.key}_callback_urls has no callback URL under ${base.origin}; add ${base.origin}/callback to the dashboard's callbackUrls and deploy`,
    );
  }
  if (base && upstream && !upstreamIssue && new URL(upstream).host === base.host) {
    problems.push(
      `--upstream ${upstream} is the gateway's own address (${outputs.key}_base_url); expected the dashboard behind it`,
    );
  }

  const input = Object.fromEntries(VARIABLES.map((name) => [name, env[name] === "" ? undefined : env[name]]));
  const parsed = environmentSchema.safeParse(input);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`));
  }
  const session = parsed.success ? sessionSettingsOf(parsed.data) : undefined;
  if (session && !session.ok) problems.push(...session.problems);
  if (problems.length > 0 || !parsed.success || !session?.ok || !base || !callback) {
    throw new GatewaySettingsError(problems);
  }
  const v = parsed.data;
  return {
    ...outputs,
    upstream: new URL(upstream),
    callbackPath: callback.pathname,
    clientSecret: v.CLIENT_SECRET,
    sessionSecret: v.SECRET,
    port: v.PORT ?? (base.port ? Number(base.port) : base.protocol === "https:" ? 443 : 80),
    host: v.HOST ?? LOOPBACK_HOSTS.get(base.hostname),
    session: session.settings,
  };
}
