import { z } from "zod";
import {
  CONNECTION_NAME_HINT,
  CONNECTION_NAME_PATTERN,
  DOMAIN_HINT,
  DOMAIN_PATTERN,
  VARIABLE_NAME_HINT,
  VARIABLE_NAME_PATTERN,
} from "../validation/names";
import { CLIENT_ID_HINT, CLIENT_ID_PATTERN, CONNECTION_ID_HINT, CONNECTION_ID_PATTERN } from "../validation/import-ids";
import { MIN_PASSWORD_POLICY, PASSWORD_POLICIES, meetsMinimumPasswordPolicy } from "../validation/password-policy";
import {
  CONNECTION_TYPES,
  DEFAULT_GOOGLE_SCOPES,
  DEFAULT_GROUPS_CLAIM,
  DEFAULT_OIDC_SCOPES,
  FEDERATED_CONNECTION_TYPES,
} from "../validation/connection-types";

/**
 * The schema of `connections` in `config/<env>.json`: a map from a stable key to one Auth0
 * connection. Every object is strict, and no field takes a secret: an upstream client secret
 * is always a sensitive Terraform variable named in `clientSecretVariable`.
 */

const connectionName = z
  .string()
  .regex(CONNECTION_NAME_PATTERN, { error: `expected a connection name of ${CONNECTION_NAME_HINT}` });

const variableName = z
  .string()
  .regex(VARIABLE_NAME_PATTERN, { error: `expected a Terraform variable name of ${VARIABLE_NAME_HINT}` });

const httpsUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && !url.username && !url.password && !url.hash && !value.includes("*");
    } catch {
      return false;
    }
  },
  { error: "expected an https:// URL without credentials, #fragment or wildcard" },
);

const domain = z
  .string()
  .regex(DOMAIN_PATTERN, { error: `expected ${DOMAIN_HINT}` })
  .refine((d) => d === d.toLowerCase(), { error: "expected a lowercase domain" });

const claimName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,127}$/, { error: "expected a claim name such as groups or department" });

/** `{ "<IdP group>": ["<role>", ...] }`; roles are checked against `roles` by the environment schema. */
const groupRoles = z
  .record(
    z.string().trim().min(1, { error: "expected a non-empty IdP group name" }).max(256),
    z.array(z.string()).min(1, { error: "expected at least one role for the group" }),
  )
  .refine((m) => Object.keys(m).length > 0, { error: "expected at least one group, or leave groupRoles out" });

const allowedEmailDomains = z.array(domain).min(1, { error: "expected at least one domain, or leave it out" });

/** Adoption of an existing connection (see tools/adopt); shared by every type. */
const adoptionFields = {
  /** Existing connection to adopt (con_...); its enabled-clients list is imported too. Default: none (Terraform creates it). */
  importId: z
    .string()
    .regex(CONNECTION_ID_PATTERN, { error: `expected ${CONNECTION_ID_HINT}` })
    .optional(),
  /**
   * Other applications that stay enabled on the connection (auth0_connection_clients owns the
   * whole list: an application left out loses its logins on apply). Default: none.
   */
  otherEnabledClientIds: z
    .array(z.string().regex(CLIENT_ID_PATTERN, { error: `expected ${CLIENT_ID_HINT}` }))
    .default([]),
};

/** Shared by every federated (non-database) type. */
const federatedFields = {
  name: connectionName,
  ...adoptionFields,
  /** Shown on the login page as "Continue with <displayName>". Default: the connection name. */
  displayName: z.string().trim().min(1).max(128).optional(),
  /** IdP group to roles. Default: none (roles come only from app_metadata.roles and Auth0 roles). */
  groupRoles: groupRoles.optional(),
  /** A user's verified email must be in one of these domains. Default: any domain. */
  allowedEmailDomains: allowedEmailDomains.optional(),
};

/** Fields of the upstream OAuth client, for the types that have one. */
const upstreamClientFields = {
  /** Client id of the Auth0 tenant at the IdP. */
  clientId: z.string().trim().min(1).max(256),
  /** Sensitive Terraform variable holding the upstream client secret (TF_VAR_<name>). */
  clientSecretVariable: variableName,
};

/** Fields of the OIDC-based types (oidc, okta). */
const oidcClaimFields = {
  /** Default: ["openid", "profile", "email"]. Add the scope your IdP needs to send groups, if any. */
  scopes: z
    .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, { error: "expected an OAuth scope (no spaces)" }))
    .min(1)
    .refine((s) => s.includes("openid"), { error: 'expected the scopes to include "openid"' })
    .default([...DEFAULT_OIDC_SCOPES]),
  /** Upstream claim carrying the user's groups. Default: "groups". */
  groupsClaim: claimName.default(DEFAULT_GROUPS_CLAIM),
  /** Further upstream claims kept in the user profile (email, name and groups always are). Default: none. */
  keepClaims: z.array(claimName).default([]),
};

export const databaseConnectionSchema = z.strictObject({
  type: z.literal("database"),
  /** Name of the Auth0 database connection. Renaming it replaces the connection and deletes its users. */
  name: connectionName,
  /** Refuse self-registration. Default: true (an internal dashboard's users are provisioned). */
  disableSignup: z.boolean().default(true),
  /** Default: "good"; weaker policies are refused. */
  passwordPolicy: z
    .enum(PASSWORD_POLICIES, { error: `expected one of ${PASSWORD_POLICIES.map((p) => `"${p}"`).join(", ")}` })
    .default(MIN_PASSWORD_POLICY)
    .refine(meetsMinimumPasswordPolicy, {
      error: `expected "${MIN_PASSWORD_POLICY}" or "excellent": weaker policies are refused`,
    }),
  ...adoptionFields,
});

export const oidcConnectionSchema = z
  .strictObject({
    type: z.literal("oidc"),
    ...federatedFields,
    ...upstreamClientFields,
    ...oidcClaimFields,
    /** Issuer of the IdP, e.g. https://login.example.com/. */
    issuer: httpsUrl.optional(),
    /** Default: <issuer>/.well-known/openid-configuration. */
    discoveryUrl: httpsUrl.optional(),
  })
  .refine((c) => c.issuer !== undefined || c.discoveryUrl !== undefined, {
    error: 'expected "issuer" or "discoveryUrl" (or both)',
    path: ["issuer"],
  });

export const oktaConnectionSchema = z.strictObject({
  type: z.literal("okta"),
  ...federatedFields,
  ...upstreamClientFields,
  ...oidcClaimFields,
  /** The Okta org domain, e.g. example.okta.com. */
  domain,
  /** Issuer of a custom authorization server, e.g. https://example.okta.com/oauth2/default. Default: the org's. */
  issuer: httpsUrl.optional(),
});

export const waadConnectionSchema = z.strictObject({
  type: z.literal("waad"),
  ...federatedFields,
  ...upstreamClientFields,
  /** The Entra tenant, e.g. example.onmicrosoft.com. */
  tenantDomain: domain,
  /** Email domains that home-realm discovery sends to this connection. Default: none. */
  domainAliases: z.array(domain).optional(),
});

const certificateSource = z.union(
  [
    z.strictObject({ file: z.string().min(1) }),
    z.strictObject({
      /** Terraform variable holding the PEM certificate (TF_VAR_<name>). */
      variable: variableName,
    }),
  ],
  {
    error:
      'expected { "file": "<path of the IdP signing certificate (PEM), relative to the config file>" } or { "variable": "<Terraform variable holding the PEM>" }',
  },
);

export const samlpConnectionSchema = z.strictObject({
  type: z.literal("samlp"),
  ...federatedFields,
  /** The IdP's single sign-on URL. */
  signInUrl: httpsUrl,
  /** The IdP's single logout URL. Default: none. */
  signOutUrl: httpsUrl.optional(),
  /** The IdP's signing certificate, PEM. */
  signingCert: certificateSource,
  /**
   * Auth0 profile attribute to SAML attribute name(s), merged with Auth0's defaults for email,
   * name, given_name, family_name and groups. Default: Auth0's defaults.
   */
  attributeMappings: z.record(claimName, z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional(),
});

export const googleConnectionSchema = z.strictObject({
  type: z.literal("google-oauth2"),
  ...federatedFields,
  ...upstreamClientFields,
  groupRoles: z
    .never({
      error:
        "Google sign-in (google-oauth2) carries no groups; restrict it with allowedEmailDomains and assign roles in app_metadata or Auth0",
    })
    .optional(),
  /** Default: ["email", "profile"]. */
  scopes: z
    .array(z.string().min(1))
    .min(1)
    .default([...DEFAULT_GOOGLE_SCOPES]),
});

export const connectionSchema = z.discriminatedUnion(
  "type",
  [
    databaseConnectionSchema,
    oidcConnectionSchema,
    oktaConnectionSchema,
    waadConnectionSchema,
    samlpConnectionSchema,
    googleConnectionSchema,
  ],
  { error: `expected "type" to be one of ${CONNECTION_TYPES.map((t) => `"${t}"`).join(", ")}` },
);

/** The pre-`connections` single database connection block (read as `connections.database`). */
export const legacyConnectionSchema = databaseConnectionSchema.omit({ type: true });

/** A connection as parsed, before signing certificate files are read. */
export type ParsedConnection = z.output<typeof connectionSchema>;
type ParsedSamlp = z.output<typeof samlpConnectionSchema>;

/** A signing certificate as constructs take it: the PEM text (read from the file at load) or a variable. */
export type SigningCertificate = { readonly pem: string } | { readonly variable: string };

/** A connection as the rest of the app sees it: a `signingCert.file` is replaced by the file's PEM. */
export type ConnectionConfig =
  | Exclude<ParsedConnection, ParsedSamlp>
  | (Omit<ParsedSamlp, "signingCert"> & { readonly signingCert: SigningCertificate });
export type DatabaseConnectionConfig = z.output<typeof databaseConnectionSchema>;
export type FederatedConnectionConfig = Exclude<ConnectionConfig, DatabaseConnectionConfig>;
export type OidcConnectionConfig = z.output<typeof oidcConnectionSchema>;
export type OktaConnectionConfig = z.output<typeof oktaConnectionSchema>;
export type WaadConnectionConfig = z.output<typeof waadConnectionSchema>;
export type SamlpConnectionConfig = Extract<ConnectionConfig, { type: "samlp" }>;
export type GoogleConnectionConfig = z.output<typeof googleConnectionSchema>;

export const isFederated = <C extends { readonly type: string }>(c: C): c is Exclude<C, { type: "database" }> =>
  (FEDERATED_CONNECTION_TYPES as readonly string[]).includes(c.type);
