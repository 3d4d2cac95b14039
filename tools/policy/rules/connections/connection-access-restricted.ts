import { CONNECTION_ACCESS_SECRET, isObject, isUnresolved, StackIndex } from "../../../stack-model";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { cannotVerify, scalar, violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/** Who may sign in through one connection, as the post-login Action's CONNECTION_ACCESS secret says. */
type Restriction = { readonly groups: number; readonly domains: number };

/**
 * The restrictions of every connection name, read from the CONNECTION_ACCESS secret of the
 * stack's Actions (the data the post-login Action enforces), or a problem when a secret cannot be
 * read. An Action secret's value is JSON: `{ "<connection name>": { "groupRoles": {...},
 * "allowedEmailDomains": [...] } }`.
 */
function restrictionsOf(index: StackIndex): Map<string, Restriction> | Problem {
  const restrictions = new Map<string, Restriction>();
  for (const action of index.resources("auth0_action")) {
    const secrets = action.values.secrets;
    if (!Array.isArray(secrets)) continue;
    for (const secret of secrets) {
      if (!isObject(secret) || secret.name !== CONNECTION_ACCESS_SECRET) continue;
      const where = `${action.address} secret ${CONNECTION_ACCESS_SECRET}`;
      if (isUnresolved(secret.value)) return cannotVerify(where, secret.value);
      let parsed: unknown;
      try {
        parsed = typeof secret.value === "string" ? JSON.parse(secret.value) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!isObject(parsed)) return violation(`${where} is not a JSON object, so no connection restriction can be read`);
      for (const [name, access] of Object.entries(parsed)) {
        if (!isObject(access)) continue;
        const groups = isObject(access.groupRoles) ? Object.keys(access.groupRoles).length : 0;
        const domains = Array.isArray(access.allowedEmailDomains)
          ? access.allowedEmailDomains.filter((d) => typeof d === "string" && d !== "").length
          : 0;
        const before = restrictions.get(name);
        restrictions.set(name, { groups: groups + (before?.groups ?? 0), domains: domains + (before?.domains ?? 0) });
      }
    }
  }
  return restrictions;
}

/**
 * A federated connection (any strategy but a database's "auth0") restricts who may sign in through
 * it: allowed email domains or IdP groups mapped to roles, enforced by the post-login Action from
 * its CONNECTION_ACCESS secret. Without either, every account at the IdP (for a social
 * connection: anyone) gets a user in the tenant.
 */
export const connectionAccessRestricted: Rule = {
  name: "connection-access-restricted",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection, index) {
    if (isDatabaseConnection(connection)) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    const name = scalar(connection.values, "name", problems);
    if (problems.length > 0) return problems;
    const restrictions = restrictionsOf(index);
    if (!(restrictions instanceof Map)) return [restrictions];
    const restriction = typeof name === "string" ? restrictions.get(name) : undefined;
    if (restriction && (restriction.groups > 0 || restriction.domains > 0)) return [];
    return [
      violation(
        restrictions.size === 0 && !hasAccessSecret(index)
          ? `no post-login Action restricts who signs in through this federated connection (no ${CONNECTION_ACCESS_SECRET} secret), so every account at its identity provider gets in`
          : `neither allowed email domains nor group mappings restrict who signs in through this federated connection (${CONNECTION_ACCESS_SECRET} has none for it), so every account at its identity provider gets in`,
      ),
    ];
  },
};

const hasAccessSecret = (index: StackIndex): boolean =>
  index
    .resources("auth0_action")
    .some(
      (a) => Array.isArray(a.values.secrets) && a.values.secrets.some((s) => isObject(s) && s.name === CONNECTION_ACCESS_SECRET),
    );
