import { z } from "zod";
import { ConnectionConfig, connectionSchema, legacyConnectionSchema } from "./connections-schema";
import { SigningCertificateFiles } from "./signing-certificates";
import { DEFAULT_GRANT_TYPES, MIN_REASON_LENGTH, OPT_IN_GRANT_TYPES, OptInGrantType } from "../validation/grant-types";
import {
  DOMAIN_HINT,
  DOMAIN_PATTERN,
  RESOURCE_KEY_HINT,
  RESOURCE_KEY_PATTERN,
  VARIABLE_NAME_HINT,
  VARIABLE_NAME_PATTERN,
} from "../validation/names";
import {
  ACTION_ID_HINT,
  ACTION_ID_PATTERN,
  CLIENT_ID_HINT,
  CLIENT_ID_PATTERN,
  POST_LOGIN_TRIGGER_ID,
  ROLE_ID_HINT,
  ROLE_ID_PATTERN,
  USER_ID_HINT,
  USER_ID_PATTERN,
} from "../validation/import-ids";
import { originOf } from "../validation/urls";
import { checkEnvironment } from "./cross-checks";
import { policySchema } from "./policy-schema";

/**
 * The schema of `config/<env>.json`. Every object is strict: an unknown key is an error,
 * because a misspelt safety setting (say "disableSignUp") must not silently fall back to a default.
 */

const reason = z
  .string()
  .trim()
  .min(MIN_REASON_LENGTH, {
    error: `expected a reason of at least ${MIN_REASON_LENGTH} characters that a reviewer can judge`,
  });

const keyedRecord = <T extends z.ZodType>(value: T, what: string) =>
  z.record(z.string().regex(RESOURCE_KEY_PATTERN, { error: `expected a ${what} key of ${RESOURCE_KEY_HINT}` }), value);

const relativeStatePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(p), {
    error: "expected a path relative to the project folder, not an absolute machine path",
  })
  .refine((p) => !p.split(/[\\/]/).includes(".."), { error: "expected a path inside the project folder (no '..')" });

/** The id of an existing Auth0 object to adopt: synth writes a Terraform import block for it. */
const importId = (pattern: RegExp, hint: string) => z.string().regex(pattern, { error: `expected ${hint}` });

const bucketName = z.string().min(3).max(222);

export const backendSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("local"),
      /** State file, relative to the project folder. Default: `terraform.<stack>.tfstate`. */
      path: relativeStatePath.optional(),
    }),
    z.strictObject({
      type: z.literal("s3"),
      bucket: bucketName,
      /** Default: `ml-dashboard-auth/<env>.tfstate`. */
      key: z.string().min(1).optional(),
      region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: "expected an AWS region such as eu-west-1" }),
      /** Server-side encryption of the state object. Default: true. */
      encrypt: z
        .literal(true, { error: "state holds user passwords and client secrets: it must be encrypted" })
        .default(true),
      kmsKeyId: z.string().min(1).optional(),
    }),
    z.strictObject({
      type: z.literal("cloud"),
      organization: z.string().min(1),
      workspace: z.string().regex(/^[A-Za-z0-9_-]{1,90}$/, { error: "expected an HCP Terraform workspace name" }),
      /** Default: app.terraform.io. */
      hostname: z
        .string()
        .regex(DOMAIN_PATTERN, { error: `expected ${DOMAIN_HINT}` })
        .optional(),
      project: z.string().min(1).optional(),
    }),
    z.strictObject({
      type: z.literal("gcs"),
      bucket: bucketName,
      /** Default: `ml-dashboard-auth/<env>`. */
      prefix: z.string().min(1).optional(),
    }),
    z.strictObject({
      type: z.literal("azurerm"),
      resourceGroupName: z.string().min(1),
      storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, {
        error: "expected an Azure storage account name (3-24 lowercase letters and digits)",
      }),
      containerName: z.string().min(3),
      /** Default: `ml-dashboard-auth/<env>.tfstate`. */
      key: z.string().min(1).optional(),
    }),
    z.strictObject({
      type: z.literal("pg"),
      /** Default: `ml_dashboard_auth_<env>`. The connection string comes from PG_CONN_STR, never from config. */
      schemaName: z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: "expected a PostgreSQL schema name" })
        .optional(),
    }),
  ],
  { error: 'expected "type" to be one of "local", "s3", "cloud", "gcs", "azurerm", "pg"' },
);

const roleSchema = z.strictObject({
  description: z.string().min(1).max(140),
  /** Existing role to adopt. Default: none (Terraform creates the role). */
  importId: importId(ROLE_ID_PATTERN, ROLE_ID_HINT).optional(),
});

const grantTypeNames = Object.keys(OPT_IN_GRANT_TYPES) as [OptInGrantType, ...OptInGrantType[]];

const dashboardSchema = z.strictObject({
  /** Name of the Auth0 application, as users see it on the login page. */
  clientName: z.string().trim().min(1).max(100),
  description: z.string().max(140).optional(),
  /** Base URL of the dashboard, e.g. https://mlflow.example.com. */
  url: z.string(),
  /** Default: [`<url>/callback`] (express-openid-connect's default callback path). */
  callbackUrls: z.array(z.string()).min(1).optional(),
  /** Default: [`<url>`]. */
  logoutUrls: z.array(z.string()).min(1).optional(),
  /** Default: [origin of `url`]. */
  allowedOrigins: z.array(z.string()).optional(),
  /** Default: [origin of `url`]. */
  webOrigins: z.array(z.string()).optional(),
  /** Keys of the connections users may log in through. Default: every connection. */
  connections: z
    .array(z.string())
    .min(1, { error: "expected at least one connection, or leave it out for all" })
    .optional(),
  /** Roles that may log in to this dashboard; everyone else is denied by the post-login Action. */
  allowedRoles: z
    .array(z.string())
    .min(1, { error: "expected at least one role: a dashboard nobody may open is a mistake" }),
  /**
   * Grant types beyond authorization_code and refresh_token, each with the reason it is needed.
   * Default: none.
   */
  extraGrantTypes: z
    .array(
      z.strictObject({
        grantType: z.enum(grantTypeNames, {
          error: `expected one of ${grantTypeNames.map((g) => `"${g}"`).join(", ")} (${DEFAULT_GRANT_TYPES.join(" and ")} are always on)`,
        }),
        reason,
      }),
    )
    .default([]),
  /** ID token lifetime. Default: 3600 (1 hour). */
  idTokenLifetimeSeconds: z.number().int().min(300).max(86400).default(3600),
  /** Absolute refresh token lifetime. Default: 604800 (7 days). */
  refreshTokenLifetimeSeconds: z.number().int().min(3600).max(31557600).default(604800),
  /** Refresh token idle lifetime. Default: 86400 (1 day). */
  refreshTokenIdleLifetimeSeconds: z.number().int().min(1800).max(2592000).default(86400),
  /** Client id of the existing application to adopt; its client id stays. Default: none (Terraform creates one). */
  importId: importId(CLIENT_ID_PATTERN, CLIENT_ID_HINT).optional(),
});

const userSchema = z.strictObject({
  email: z.email({ error: "expected an email address" }),
  /** Default: the part of the email before the @. */
  nickname: z.string().min(1).max(300).optional(),
  /** Default: false. */
  emailVerified: z.boolean().default(false),
  /** Fixed Auth0 user id (without the "auth0|" prefix). Default: Auth0 generates one. */
  userId: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,128}$/, {
      error: "expected letters, digits, '_', '.' or '-' (Auth0 adds the auth0| prefix)",
    })
    .optional(),
  /** Roles from the environment's `roles`. Written to app_metadata.roles and assigned as Auth0 roles. */
  roles: z.array(z.string()).default([]),
  /**
   * Name of the sensitive Terraform variable that holds the initial password, set with
   * TF_VAR_<name> at plan/apply time. A literal password is never accepted. Required unless
   * the user is adopted (`importId`): an adopted user keeps the password it has.
   */
  passwordVariable: z
    .string()
    .regex(VARIABLE_NAME_PATTERN, { error: `expected a Terraform variable name of ${VARIABLE_NAME_HINT}` })
    .optional(),
  /** Existing user to adopt, e.g. auth0|0123abcd. Default: none (Terraform creates the user). */
  importId: importId(USER_ID_PATTERN, USER_ID_HINT).optional(),
  /** Default: false. */
  blocked: z.boolean().default(false),
});

const dataSafetySchema = z.discriminatedUnion(
  "preventDestroy",
  [z.strictObject({ preventDestroy: z.literal(true) }), z.strictObject({ preventDestroy: z.literal(false), reason })],
  { error: 'expected "preventDestroy": true, or "preventDestroy": false with a "reason"' },
);

const loginFlowSchema = z.strictObject({
  /** Namespace of the roles claim. Default: the origin of the first dashboard's URL, with a trailing slash. */
  claimNamespace: z.string().optional(),
  /** Also deploy the reference-style Auth0 Rule (past end of life; old tenants only). Default: false. */
  legacyRule: z.boolean().default(false),
  /** Existing role-claim Action to adopt. Default: none (Terraform creates it). */
  actionImportId: importId(ACTION_ID_PATTERN, ACTION_ID_HINT).optional(),
  /** The tenant's post-login flow as it was before adoption. Default: only this app's Action is bound. */
  postLogin: z
    .strictObject({
      /** Import the existing bindings, so the plan shows what changes. Default: none. */
      importId: z
        .literal(POST_LOGIN_TRIGGER_ID, { error: `expected "${POST_LOGIN_TRIGGER_ID}" (the trigger id)` })
        .optional(),
      /**
       * Actions already bound that stay bound, in this order, before this app's Action
       * (auth0_trigger_actions owns the whole list: one left out is unbound on apply). Default: none.
       */
      keepActions: z
        .array(
          z.strictObject({
            actionId: importId(ACTION_ID_PATTERN, ACTION_ID_HINT),
            displayName: z.string().trim().min(1).max(100),
          }),
        )
        .default([]),
    })
    .prefault({}),
});

export const environmentSchema = z
  .strictObject({
    /** Lets editors offer completion; ignored by the app. */
    $schema: z.string().optional(),
    tenant: z.strictObject({
      /** The Auth0 tenant this environment deploys to, e.g. ml-dev.eu.auth0.com. */
      domain: z.string().regex(DOMAIN_PATTERN, { error: `expected ${DOMAIN_HINT}` }),
      /**
       * The tenant's custom domain (e.g. login.ml.example.com), when users log in there. Dashboards
       * then use it as their issuer; the provider keeps using `domain`. Default: none.
       */
      customDomain: z
        .string()
        .regex(DOMAIN_PATTERN, { error: `expected ${DOMAIN_HINT}` })
        .optional(),
    }),
    /** Where Terraform keeps state. Default: { "type": "local" }. */
    backend: backendSchema.default({ type: "local" }),
    /** Accept http://localhost URLs (development only). Default: false. */
    allowInsecureLocalhost: z.boolean().default(false),
    /** prevent_destroy on the connection and the users. Default: { "preventDestroy": true }. */
    dataSafety: dataSafetySchema.default({ preventDestroy: true }),
    /** Deprecated: the single database connection; read as `connections.database`. */
    connection: legacyConnectionSchema.optional(),
    /** Connection key to connection (database, oidc, okta, waad, samlp, google-oauth2). */
    connections: keyedRecord(connectionSchema, "connection").optional(),
    /** Auth0 role name to role; the Terraform address is derived from the name (see roleAddressOf). */
    // Names are checked with the cross-field checks, so that a refused name is reported once
    // and not again at every reference to it.
    roles: z.record(z.string(), roleSchema),
    dashboards: keyedRecord(dashboardSchema, "dashboard").refine((d) => Object.keys(d).length > 0, {
      error: "expected at least one dashboard",
    }),
    users: keyedRecord(userSchema, "user").default({}),
    loginFlow: loginFlowSchema.prefault({}),
    /** Accepted policy findings, each with a reason (see README "Policy checks"). Default: none. */
    policy: policySchema.prefault({}),
  })
  // Cross-field checks run even when fields fail, so that one run reports every problem.
  .superRefine(checkEnvironment, { when: () => true });

export type EnvironmentInput = z.input<typeof environmentSchema>;
type ParsedEnvironment = z.output<typeof environmentSchema>;
export type BackendConfig = z.output<typeof backendSchema>;
export type DashboardConfig = z.output<typeof dashboardSchema>;
export type UserConfig = z.output<typeof userSchema>;

/** A validated environment with every default applied. */
export interface EnvironmentConfig extends Omit<
  ParsedEnvironment,
  "$schema" | "loginFlow" | "connection" | "connections" | "dashboards"
> {
  /** The environment's name: the config file name without `.json`. */
  readonly name: string;
  readonly loginFlow: Omit<ParsedEnvironment["loginFlow"], "claimNamespace"> & { readonly claimNamespace: string };
  /** Connection key to connection; a legacy `connection` block becomes `database`. */
  readonly connections: Readonly<Record<string, ConnectionConfig>>;
  /** Connection key to its place in the config file: `connections.<key>`, or `connection` for a legacy block. */
  readonly connectionConfigPaths: Readonly<Record<string, string>>;
  /** Each dashboard with the keys of its connections resolved (default: all). */
  readonly dashboards: Readonly<Record<string, DashboardConfig & { readonly connections: readonly string[] }>>;
}

/** Applies the defaults that depend on other fields. */
export function completeEnvironment(
  name: string,
  parsed: ParsedEnvironment,
  signingCertificates: SigningCertificateFiles = new Map(),
): EnvironmentConfig {
  const { $schema: _ignored, connection: legacy, connections: configured, ...rest } = parsed;
  const firstDashboard = Object.values(parsed.dashboards)[0];
  const connections: Record<string, ConnectionConfig> = Object.fromEntries(
    Object.entries(configured ?? (legacy ? { database: { type: "database" as const, ...legacy } } : {})).map(
      ([key, c]) => [key, withSigningCertificate(key, c, signingCertificates)],
    ),
  );
  return {
    ...rest,
    name,
    connections,
    connectionConfigPaths: Object.fromEntries(
      Object.keys(connections).map((key) => [key, configured ? `connections.${key}` : "connection"]),
    ),
    dashboards: Object.fromEntries(
      Object.entries(parsed.dashboards).map(([key, d]) => [
        key,
        { ...d, connections: d.connections ?? Object.keys(connections) },
      ]),
    ),
    loginFlow: {
      ...parsed.loginFlow,
      claimNamespace: parsed.loginFlow.claimNamespace ?? `${originOf(firstDashboard.url)}/`,
    },
  };
}

/** Replaces a SAML connection's `signingCert.file` with the PEM read by readSigningCertificates. */
function withSigningCertificate(
  key: string,
  connection: z.output<typeof connectionSchema>,
  pems: SigningCertificateFiles,
): ConnectionConfig {
  if (connection.type !== "samlp" || !("file" in connection.signingCert)) return connection as ConnectionConfig;
  const pem = pems.get(key);
  if (pem === undefined)
    throw new Error(`connections.${key}.signingCert.file was not read: load config files with loadEnvironment`);
  return { ...connection, signingCert: { pem } };
}
