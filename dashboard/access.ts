/**
 * Who may see what, decided from the roles claim of the ID token. Pure functions: the server
 * passes in the claims express-openid-connect verified, and renders whatever this decides.
 */

export type AccessLevel = "admin" | "viewer" | "none";

export interface RolePolicy {
  readonly viewerRoles: readonly string[];
  /** Admins also count as viewers. */
  readonly adminRoles: readonly string[];
}

export interface AccessDecision {
  readonly level: AccessLevel;
  /** The user's roles, as the token states them (strings only). */
  readonly roles: readonly string[];
  /** Why the roles could not be read, for the 403 page; undefined when the claim was fine. */
  readonly claimProblem?: string;
}

/** The post-login Action writes the roles to `<namespace>roles`, e.g. https://ml.example.com/roles. */
export function rolesClaimName(claimNamespace: string): string {
  return `${claimNamespace}roles`;
}

/**
 * Reads the roles claim. A missing or malformed claim yields no roles (fail closed) plus a
 * sentence saying what was wrong, because a namespace mismatch between the stack and the
 * dashboard otherwise looks exactly like "you have no roles".
 */
export function rolesFromClaims(
  claims: Readonly<Record<string, unknown>> | undefined,
  claimNamespace: string,
): { roles: string[]; problem?: string } {
  const name = rolesClaimName(claimNamespace);
  const value = claims?.[name];
  if (value === undefined) {
    return {
      roles: [],
      problem: `The ID token has no ${name} claim. Check that CLAIM_NAMESPACE matches the stack output claim_namespace and that the post-login Action is deployed.`,
    };
  }
  if (!Array.isArray(value)) {
    return { roles: [], problem: `The ${name} claim is not a list of roles.` };
  }
  return { roles: [...new Set(value.filter((role): role is string => typeof role === "string" && role.length > 0))] };
}

/** The highest access level any of the roles grants. */
export function accessLevelOf(roles: readonly string[], policy: RolePolicy): AccessLevel {
  if (roles.some((role) => policy.adminRoles.includes(role))) return "admin";
  if (roles.some((role) => policy.viewerRoles.includes(role))) return "viewer";
  return "none";
}

/** Reads the claim and decides, in one step. */
export function decideAccess(
  claims: Readonly<Record<string, unknown>> | undefined,
  claimNamespace: string,
  policy: RolePolicy,
): AccessDecision {
  const { roles, problem } = rolesFromClaims(claims, claimNamespace);
  const level = accessLevelOf(roles, policy);
  return problem ? { level, roles, claimProblem: problem } : { level, roles };
}

export const canSeeMetrics = (level: AccessLevel): boolean => level === "viewer" || level === "admin";
export const canSeeAdminPanel = (level: AccessLevel): boolean => level === "admin";
