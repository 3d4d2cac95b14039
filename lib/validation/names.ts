/**
 * Naming rules shared by the config schema and the constructs.
 */
import { createHash } from "node:crypto";
import { MAX_ROLE_NAME_LENGTH } from "./auth0-limits";

/**
 * Keys of dashboards and users become Terraform resource names and output names
 * (e.g. `auth0_user.alice`, output `mlflow_client_id`), so they must be valid there, and
 * they must stay stable: renaming a key replaces the resource.
 */
export const RESOURCE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const RESOURCE_KEY_HINT = "lowercase letters, digits and underscores, starting with a letter (at most 63)";

/** Terraform variable names: TF_VAR_<name> must be settable from a shell. */
export const VARIABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,63}$/;
export const VARIABLE_NAME_HINT = "lowercase letters, digits and underscores, starting with a letter or underscore";

/**
 * Names Terraform refuses for a variable (meta-arguments of module blocks, and "_"), and
 * `__proto__`, which a JavaScript object cannot hold as a key, so it would vanish from the JSON.
 */
export const RESERVED_VARIABLE_NAMES: readonly string[] = [
  "source",
  "version",
  "providers",
  "count",
  "for_each",
  "lifecycle",
  "depends_on",
  "locals",
  "_",
  "__proto__",
];

/** Auth0 database connection names: letters, digits and single inner hyphens, at most 128. */
export const CONNECTION_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,127}$/;
export const CONNECTION_NAME_HINT = "letters, digits and hyphens, not starting or ending with a hyphen (at most 128)";

/**
 * Auth0 role names: any text of 1 to 50 characters without '<' or '>'. We also refuse control
 * characters and leading or trailing spaces, which no one can see in the Auth0 dashboard.
 */
export const ROLE_NAME_HINT = `1 to ${MAX_ROLE_NAME_LENGTH} characters without '<', '>', control characters or leading/trailing spaces`;

/** Returns what is wrong with an Auth0 role name, or undefined when Auth0 accepts it. */
export function roleNameProblem(name: string): string | undefined {
  const length = [...name].length;
  if (length === 0 || length > MAX_ROLE_NAME_LENGTH) return `expected a role name of ${ROLE_NAME_HINT}`;
  if (/[<>]/.test(name)) return `expected a role name without '<' or '>' (Auth0 refuses them)`;
  if (/\p{Cc}|\p{Cs}|[\u2028\u2029]/u.test(name)) return "expected a role name without control characters";
  if (name.trim() !== name) return "expected a role name without leading or trailing spaces";
  return undefined;
}

/**
 * What Terraform accepts as a resource, variable or output name. HCL also allows non-ASCII
 * letters, but we derive ASCII names only, so that every shell, file system and tool can quote them.
 */
export const TERRAFORM_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The Terraform resource name of the Auth0 role with this name (`auth0_role.<address>`).
 * A name that already is a plain Terraform name is used as is, so existing addresses never
 * change. Any other name (spaces, ':', '.', a leading digit, non-ASCII letters) gets a readable
 * slug plus a hash of the exact name: stable, and distinct for distinct names.
 */
export function roleAddressOf(name: string): string {
  if (TERRAFORM_NAME_PATTERN.test(name)) return name;
  const slug = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^[^A-Za-z_]/, "_$&")
    .replace(/_+$/, "");
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 8);
  return `${slug || "role"}_${hash}`;
}

/** Auth0 tenant domains: <tenant>.<region>.auth0.com or a custom domain. */
export const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const DOMAIN_HINT = "a bare host name such as my-tenant.eu.auth0.com (no https://, no path)";
