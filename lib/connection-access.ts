/**
 * Who may come in through each connection: the IdP groups that map to roles, and the email
 * domains a federated user must have. The post-login Action (rules/post-login-role-claim.js)
 * reads this as data from one Action secret, so the login code is the same in every
 * environment and nothing is generated per environment.
 *
 * Why an Action secret and not metadata: connection metadata and client metadata allow 10 keys
 * of at most 255 characters each, which a handful of long group names (Entra groups are often
 * object ids or long display names) already exceeds; an Action secret holds 2048 characters.
 * The mapping is per connection, so client metadata would also repeat it in every dashboard.
 * Secrets are also hidden in the Auth0 dashboard and logs, which suits a list of group names.
 */

import { CONNECTION_ACCESS_SECRET } from "../tools/stack-model/keys";

export { CONNECTION_ACCESS_SECRET };

/**
 * Auth0 caps each Action secret value at 2048 characters (Actions limitations page; some
 * tenants allow 4096, 2048 is the documented floor).
 */
export const MAX_ACTION_SECRET_LENGTH = 2048;

/**
 * The user-profile attribute every federated connection of this project fills with the user's
 * groups: Entra ID's "Get user groups" writes `groups`, SAML's default fields map writes
 * `groups`, and the OIDC/Okta attribute maps the stack writes map the upstream groups claim
 * to `groups`. The Action reads `event.user.groups`.
 */
export const GROUPS_ATTRIBUTE = "groups";

export interface ConnectionAccess {
  /** IdP group name to the roles it grants. Omitted: the connection maps no groups. */
  readonly groupRoles?: Readonly<Record<string, readonly string[]>>;
  /** Lowercase email domains; a user's verified email must be in one. Omitted: any domain. */
  readonly allowedEmailDomains?: readonly string[];
}

/** Auth0 connection name to its access rules. */
export type ConnectionAccessMap = Readonly<Record<string, ConnectionAccess>>;

/** The secret's value: compact JSON, keys in a stable order so that plans show no false changes. */
export function connectionAccessJson(map: ConnectionAccessMap): string {
  const entries = Object.keys(map)
    .sort()
    .map((name) => {
      const access = map[name];
      const value: Record<string, unknown> = {};
      if (access.groupRoles && Object.keys(access.groupRoles).length > 0) {
        value.groupRoles = Object.fromEntries(
          Object.keys(access.groupRoles)
            .sort()
            .map((g) => [g, [...(access.groupRoles as Record<string, readonly string[]>)[g]]]),
        );
      }
      if (access.allowedEmailDomains && access.allowedEmailDomains.length > 0) {
        value.allowedEmailDomains = [...access.allowedEmailDomains];
      }
      return [name, value];
    });
  return JSON.stringify(Object.fromEntries(entries));
}

/** Why the secret would not fit in Auth0, or undefined when it fits. */
export function connectionAccessSizeProblem(json: string): string | undefined {
  if (json.length <= MAX_ACTION_SECRET_LENGTH) return undefined;
  return (
    `the group-to-role mappings and email domains of all connections take ${json.length} characters as the ` +
    `Action secret ${CONNECTION_ACCESS_SECRET}, over Auth0's limit of ${MAX_ACTION_SECRET_LENGTH}; ` +
    "map fewer or shorter group names (map one IdP group per role rather than many)"
  );
}
