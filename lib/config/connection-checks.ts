import { z } from "zod";
import { connectionAccessJson, connectionAccessSizeProblem } from "../connection-access";
import { DATABASE_CONNECTION_RESOURCE_NAME } from "../validation/connection-types";
import { isFederated, ParsedConnection } from "./connections-schema";

type Path = (string | number)[];

/** What the cross-field connection checks need from a parsed environment. */
export interface ConnectionChecksInput {
  readonly connection?: unknown;
  readonly connections?: Readonly<Record<string, ParsedConnection>>;
  readonly dashboards: Readonly<Record<string, { readonly connections?: readonly string[] }>>;
  readonly users: Readonly<Record<string, { readonly passwordVariable?: string }>>;
}

/** The exact `connections` block that replaces a legacy `connection` block. */
export function legacyMigrationHint(): string {
  return (
    'replace "connection": { "name": ... } with "connections": { "database": { "type": "database", "name": ... } } ' +
    '(same fields plus "type"; the Terraform address auth0_connection.database stays the same, so nothing is replaced)'
  );
}

/**
 * Cross-field rules of `connections` and of each dashboard's `connections`. Roles in
 * `groupRoles` are checked with the environment's role check, passed in as `checkRole`.
 */
export function checkConnections(
  env: ConnectionChecksInput,
  ctx: z.core.$RefinementCtx,
  checkRole: (role: string, path: Path) => void,
): void {
  const issue = (path: Path, input: unknown, message: string) => ctx.addIssue({ code: "custom", path, input, message });
  if (env.connection !== undefined && env.connections !== undefined) {
    issue(["connection"], env.connection, `expected only "connections": ${legacyMigrationHint()}`);
    return;
  }
  const connections = env.connections;
  if (connections === undefined) {
    if (env.connection === undefined)
      issue(
        ["connections"],
        undefined,
        'expected at least one connection, e.g. { "database": { "type": "database", "name": "ml-users" } }',
      );
    return;
  }
  const entries = Object.entries(connections);
  if (entries.length === 0) {
    issue(["connections"], connections, "expected at least one connection");
    return;
  }

  const names = new Map<string, string>();
  let databaseKey: string | undefined;
  const variables = new Map<string, string>(
    Object.entries(env.users).flatMap(([key, u]) =>
      u.passwordVariable === undefined ? [] : [[u.passwordVariable, `users.${key}.passwordVariable`]],
    ),
  );
  const claimVariable = (name: string, owner: string, path: Path) => {
    const other = variables.get(name);
    if (other) issue(path, name, `expected a unique Terraform variable: ${other} already uses it`);
    variables.set(name, owner);
  };
  for (const [key, c] of entries) {
    const base = ["connections", key];
    const other = names.get(c.name.toLowerCase());
    if (other)
      issue([...base, "name"], c.name, `expected a unique connection name: connection "${other}" already uses it`);
    names.set(c.name.toLowerCase(), key);
    if (c.type === "database") {
      if (databaseKey !== undefined)
        issue(
          [...base, "type"],
          c.type,
          `expected one database connection: "${databaseKey}" is one already (users are created in it)`,
        );
      databaseKey ??= key;
      continue;
    }
    if (key === DATABASE_CONNECTION_RESOURCE_NAME)
      issue(
        base,
        key,
        `expected another key: "${DATABASE_CONNECTION_RESOURCE_NAME}" is the Terraform name of the database connection`,
      );
    if ("clientSecretVariable" in c)
      claimVariable(c.clientSecretVariable, `connections.${key}.clientSecretVariable`, [
        ...base,
        "clientSecretVariable",
      ]);
    if (c.type === "samlp" && "variable" in c.signingCert)
      claimVariable(c.signingCert.variable, `connections.${key}.signingCert.variable`, [
        ...base,
        "signingCert",
        "variable",
      ]);
    for (const [group, roles] of Object.entries(c.groupRoles ?? {}))
      roles.forEach((r, i) => checkRole(r, [...base, "groupRoles", group, i]));
  }

  if (databaseKey === undefined && Object.keys(env.users).length > 0) {
    issue(
      ["users"],
      env.users,
      'expected a connection of "type": "database" to create the users in, or no users (federated users come from their IdP)',
    );
  }

  const known = entries.map(([k]) => `"${k}"`).join(", ");
  const used = new Set<string>();
  for (const [key, d] of Object.entries(env.dashboards)) {
    const seen = new Set<string>();
    (d.connections ?? entries.map(([k]) => k)).forEach((c, i) => {
      const path = ["dashboards", key, "connections", i];
      if (!(c in connections)) issue(path, c, `expected a key of "connections" (${known})`);
      else if (seen.has(c)) issue(path, c, "expected each connection once");
      seen.add(c);
      used.add(c);
    });
  }
  for (const [key] of entries) {
    if (!used.has(key))
      issue(
        ["connections", key],
        key,
        "expected at least one dashboard to use this connection (list it in a dashboard's connections), or remove it",
      );
  }

  const federated = entries.map(([, c]) => c).filter(isFederated);
  const problem = connectionAccessSizeProblem(
    connectionAccessJson(Object.fromEntries(federated.map((c) => [c.name, c]))),
  );
  if (problem) issue(["connections"], undefined, problem);
}
