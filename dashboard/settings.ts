import { z } from "zod";
import { claimNamespaceProblem, redirectUrlProblem, UrlPolicy } from "../lib/validation/urls";
import { SESSION_ENVIRONMENT, SessionSettings, sessionSettingsOf } from "./session";

/**
 * The dashboard's settings, read from the environment. The variable names are the ones
 * express-openid-connect itself reads, and the stack's outputs map onto them one to one
 * (issuer_base_url → ISSUER_BASE_URL, <dashboard>_client_id → CLIENT_ID, ...), so the same
 * server runs against a real tenant after `cdktf deploy` and against a local one.
 */
export interface DashboardSettings {
  /** The tenant's OIDC issuer, e.g. https://ml-dashboards-dev.eu.auth0.com/ */
  readonly issuerBaseUrl: string;
  /** Where browsers reach this dashboard, e.g. http://localhost:3000 */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Signs the session cookie (which holds a session id; the session lives in the store). */
  readonly sessionSecret: string;
  /** The roles claim is `<claimNamespace>roles`. */
  readonly claimNamespace: string;
  readonly port: number;
  /**
   * Interface to listen on. Default: the BASE_URL's host when it is a loopback name (a dashboard
   * run on a laptop is not exposed to the network), otherwise every interface (behind a proxy).
   */
  readonly host?: string;
  readonly viewerRoles: readonly string[];
  readonly adminRoles: readonly string[];
  /** Lifetimes and store of the server-side session (SESSION_* variables, see ./session). */
  readonly session: SessionSettings;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: DashboardSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

export const MIN_SESSION_SECRET_LENGTH = 32;
export const DEFAULT_VIEWER_ROLES = ["ml-viewer"];
export const DEFAULT_ADMIN_ROLES = ["ml-admin"];

// The dashboard cannot know whether it talks to a development tenant, so it accepts plain
// http:// for loopback hosts only (a local tenant, a dashboard on localhost) and https:// otherwise.
const URL_POLICY: UrlPolicy = { allowInsecureLocalhost: true };
const ROLE_NAME = /^[A-Za-z0-9_.:-]+$/;

/** Where to find a value: the stack output it maps to (`<dashboard>` is the dashboard's key in the config). */
const fromStack = (output: string) =>
  output.includes("<dashboard>")
    ? `take it from the stack output ${output}, e.g. terraform output -raw ${output.replace("<dashboard>", "mlflow")}`
    : `take it from the stack output ${output} (terraform output -raw ${output})`;

/** A required variable; an empty value counts as not set. `hint` says where to get it. */
const required = (hint: string) =>
  z
    .string({ error: `is not set; ${hint}` })
    .trim()
    .min(1, { error: `is empty; ${hint}`, abort: true });

/** Attaches a check that returns a sentence describing the problem, or undefined. */
const checked = <T extends z.ZodType<string>>(schema: T, problemOf: (value: string) => string | undefined) =>
  schema.superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Quotes the value in the message: only for variables that never hold a secret. */
const showing = (problemOf: (value: string) => string | undefined) => (value: string) => {
  const problem = problemOf(value);
  return problem && `${JSON.stringify(value)} is invalid: ${problem}`;
};

const roleList = (defaults: readonly string[]) =>
  z
    .string()
    .optional()
    .transform((value) =>
      value === undefined
        ? [...defaults]
        : value
            .split(",")
            .map((r) => r.trim())
            .filter(Boolean),
    )
    .superRefine((roles, ctx) => {
      if (roles.length === 0) {
        ctx.addIssue({
          code: "custom",
          message: `is empty; expected a comma-separated list of role names, e.g. ${defaults.join(",")}`,
        });
      }
      const bad = roles.filter((r) => !ROLE_NAME.test(r));
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `has invalid role names ${bad.map((r) => JSON.stringify(r)).join(", ")}; expected names such as ${defaults[0]}`,
        });
      }
    });

const environmentSchema = z.object({
  ISSUER_BASE_URL: checked(
    required(fromStack("issuer_base_url")),
    showing((v) => redirectUrlProblem(v, URL_POLICY)),
  ),
  BASE_URL: checked(
    required(fromStack("<dashboard>_base_url")),
    showing((v) => redirectUrlProblem(v, URL_POLICY)),
  ),
  CLIENT_ID: required(fromStack("<dashboard>_client_id")),
  CLIENT_SECRET: required(fromStack("<dashboard>_client_secret")),
  SECRET: required(
    `set it to a random string of at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. openssl rand -hex 32); it signs the session cookie`,
  ).min(MIN_SESSION_SECRET_LENGTH, {
    error: `is too short; expected at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
  }),
  CLAIM_NAMESPACE: checked(
    required(fromStack("claim_namespace")),
    showing((v) => claimNamespaceProblem(v, URL_POLICY)),
  ),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: "is invalid: expected a port number between 1 and 65535" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, { error: "is invalid: expected a port number between 1 and 65535" })
    .optional(),
  HOST: z.string().trim().min(1).optional(),
  DASHBOARD_VIEWER_ROLES: roleList(DEFAULT_VIEWER_ROLES),
  DASHBOARD_ADMIN_ROLES: roleList(DEFAULT_ADMIN_ROLES),
  ...SESSION_ENVIRONMENT,
});

const LOOPBACK_HOSTS = new Map([
  ["localhost", "localhost"],
  ["127.0.0.1", "127.0.0.1"],
  ["[::1]", "::1"],
]);

export type SettingsVariable = keyof typeof environmentSchema.shape;
export const SETTINGS_VARIABLES = Object.keys(environmentSchema.shape) as SettingsVariable[];

/** The port in a URL, or the scheme's default port. */
function portOf(url: string): number {
  const parsed = new URL(url);
  return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
}

/**
 * Reads the settings from an environment. Returns every problem at once, one sentence per
 * problem, each naming the variable; messages never contain the value of a secret.
 */
export function parseSettings(env: NodeJS.ProcessEnv): SettingsResult {
  // Only our variables, with empty strings treated as unset (as `VAR= node ...` means "not set").
  const input = Object.fromEntries(SETTINGS_VARIABLES.map((name) => [name, env[name] === "" ? undefined : env[name]]));
  const parsed = environmentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `dashboard: ${String(issue.path[0])} ${issue.message}`),
    };
  }
  const v = parsed.data;
  const session = sessionSettingsOf(v);
  if (!session.ok) return { ok: false, problems: session.problems.map((problem) => `dashboard: ${problem}`) };
  return {
    ok: true,
    settings: {
      issuerBaseUrl: v.ISSUER_BASE_URL,
      // Verbatim: it is also the logout returnTo, which Auth0 matches against the stack's allowed logout URLs.
      baseUrl: v.BASE_URL,
      clientId: v.CLIENT_ID,
      clientSecret: v.CLIENT_SECRET,
      sessionSecret: v.SECRET,
      claimNamespace: v.CLAIM_NAMESPACE,
      port: v.PORT ?? portOf(v.BASE_URL),
      host: v.HOST ?? LOOPBACK_HOSTS.get(new URL(v.BASE_URL).hostname),
      viewerRoles: v.DASHBOARD_VIEWER_ROLES,
      adminRoles: v.DASHBOARD_ADMIN_ROLES,
      session: session.settings,
    },
  };
}
