import { z } from "zod";
import { dashboardOutputNames, STACK_OUTPUT_NAMES } from "../output-names";
import { MAX_METADATA_VALUE_LENGTH } from "../validation/auth0-limits";
import { checkConnections, ConnectionChecksInput } from "./connection-checks";
import { RESERVED_VARIABLE_NAMES, roleAddressOf, roleNameProblem } from "../validation/names";
import {
  baseUrlProblem,
  claimNamespaceProblem,
  joinUrl,
  originOf,
  originProblem,
  redirectUrlProblem,
  sameUrl,
  UrlPolicy,
} from "../validation/urls";

type Path = (string | number)[];
type Report = (path: Path, input: unknown, message: string) => void;
type Fields = Record<string, unknown>;

/*
 * Checks across fields of one environment. They run even when other fields are invalid (so one
 * run reports every problem), and therefore read the input defensively: a field of the wrong
 * type is skipped here, because the schema already reports it.
 */

const isFields = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const fieldsOf = (value: unknown): Fields => (isFields(value) ? value : {});
const entriesOf = (value: unknown): [string, Fields][] =>
  Object.entries(fieldsOf(value)).filter((entry): entry is [string, Fields] => isFields(entry[1]));
const stringsOf = (value: unknown): [number, string][] =>
  Array.isArray(value) ? value.flatMap((v, i): [number, string][] => (typeof v === "string" ? [[i, v]] : [])) : [];
const stringOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Adds every cross-field problem of an environment to the zod context. */
export function checkEnvironment(env: unknown, ctx: z.core.$RefinementCtx): void {
  const report: Report = (path, input, message) => ctx.addIssue({ code: "custom", path, input, message });
  const fields = fieldsOf(env);
  const policy: UrlPolicy = { allowInsecureLocalhost: fields.allowInsecureLocalhost === true };
  checkRoles(fields, report);
  checkDashboards(fields, policy, report);
  checkUsers(fields, report);
  checkImports(fields, report);
  checkClaimNamespace(fields, policy, report);
  checkConnectionFields(fields, ctx, report);
}

/**
 * The checks of `connections` and of dashboards' `connections` (connection-checks.ts). They read
 * the parsed shapes, so they are skipped where the schema already reports a malformed one.
 */
function checkConnectionFields(env: Fields, ctx: z.core.$RefinementCtx, report: Report): void {
  const connections = env.connections === undefined ? [] : Object.values(fieldsOf(env.connections));
  const wellFormed =
    (env.connections === undefined || isFields(env.connections)) &&
    connections.every(
      (c) =>
        isFields(c) &&
        typeof c.type === "string" &&
        typeof c.name === "string" &&
        (c.groupRoles === undefined || (isFields(c.groupRoles) && Object.values(c.groupRoles).every(Array.isArray))) &&
        (c.signingCert === undefined || isFields(c.signingCert)),
    ) &&
    entriesOf(env.dashboards).every(([, d]) => d.connections === undefined || Array.isArray(d.connections));
  if (!wellFormed) return;
  const roleNames = new Set(Object.keys(fieldsOf(env.roles)));
  const known = [...roleNames].map((r) => JSON.stringify(r)).join(", ") || "(none defined)";
  const checkRole = (role: string, path: Path) => {
    if (!roleNames.has(role)) report(path, role, `expected a role defined under "roles" (${known})`);
  };
  const input = { ...env, dashboards: fieldsOf(env.dashboards), users: fieldsOf(env.users) };
  checkConnections(input as unknown as ConnectionChecksInput, ctx, checkRole);
}

function checkRoles(env: Fields, report: Report): void {
  const byAddress = new Map<string, string>();
  for (const name of Object.keys(fieldsOf(env.roles))) {
    const problem = roleNameProblem(name);
    if (problem) {
      report(["roles", name], name, problem);
      continue;
    }
    const address = roleAddressOf(name);
    const other = byAddress.get(address);
    if (other !== undefined) {
      report(
        ["roles", name],
        name,
        `expected a role name whose Terraform address differs from role ${JSON.stringify(other)}'s (both would be auth0_role.${address}); rename one`,
      );
    }
    byAddress.set(address, name);
  }
}

function roleChecker(env: Fields, report: Report) {
  const roleNames = new Set(Object.keys(fieldsOf(env.roles)));
  const known = [...roleNames].map((r) => JSON.stringify(r)).join(", ") || "(none defined)";
  return (roles: unknown, path: Path) => {
    for (const [i, role] of stringsOf(roles)) {
      if (!roleNames.has(role)) report([...path, i], role, `expected a role defined under "roles" (${known})`);
    }
  };
}

function checkDashboards(env: Fields, policy: UrlPolicy, report: Report): void {
  const checkRoles = roleChecker(env, report);
  const reservedOutputs = new Set<string>(Object.values(STACK_OUTPUT_NAMES));
  const urlOwners = new Map<string, string>();
  const callbackOwners = new Map<string, string>();
  const checkUrls = (urls: unknown, path: Path, check: typeof redirectUrlProblem) => {
    for (const [i, u] of stringsOf(urls)) {
      const problem = check(u, policy);
      if (problem) report([...path, i], u, problem);
    }
  };

  for (const [key, d] of entriesOf(env.dashboards)) {
    const base = ["dashboards", key];
    const clash = Object.values(dashboardOutputNames(key)).find((name) => reservedOutputs.has(name));
    if (clash) {
      report(base, key, `expected a dashboard key whose outputs do not clash with the stack's "${clash}" output`);
    }

    const url = stringOf(d.url);
    const urlOk = url !== undefined && baseUrlProblem(url, policy) === undefined;
    if (url !== undefined && !urlOk) report([...base, "url"], url, baseUrlProblem(url, policy)!);
    checkUrls(d.callbackUrls, [...base, "callbackUrls"], redirectUrlProblem);
    checkUrls(d.logoutUrls, [...base, "logoutUrls"], redirectUrlProblem);
    checkUrls(d.allowedOrigins, [...base, "allowedOrigins"], originProblem);
    checkUrls(d.webOrigins, [...base, "webOrigins"], originProblem);

    // The post-login Action tells dashboards apart by client; two clients on one URL, or sharing
    // a callback, would send a user's login to whichever client Auth0 picks.
    if (urlOk) {
      const other = [...urlOwners].find(([u]) => sameUrl(u, url))?.[1];
      if (other !== undefined) report([...base, "url"], url, `expected a URL of its own: dashboard "${other}" uses it`);
      urlOwners.set(url, key);
    }
    const callbacks: [Path, string][] =
      d.callbackUrls === undefined
        ? urlOk
          ? [[[...base, "url"], joinUrl(url, "callback")]]
          : []
        : stringsOf(d.callbackUrls).map(([i, u]) => [[...base, "callbackUrls", i], u]);
    for (const [path, callback] of callbacks) {
      const other = [...callbackOwners].find(([u]) => sameUrl(u, callback))?.[1];
      if (other !== undefined && other !== key) {
        report(path, callback, `expected callback URLs of its own: dashboard "${other}" also uses ${callback}`);
      }
      callbackOwners.set(callback, key);
    }

    checkRoles(d.allowedRoles, [...base, "allowedRoles"]);
    if (Array.isArray(d.allowedRoles)) {
      const stored = JSON.stringify(d.allowedRoles);
      if (stored.length > MAX_METADATA_VALUE_LENGTH) {
        report(
          [...base, "allowedRoles"],
          d.allowedRoles,
          `expected fewer or shorter roles: Auth0 stores them in client metadata as ${stored.length} characters of JSON, and a value may hold at most ${MAX_METADATA_VALUE_LENGTH}`,
        );
      }
    }

    const seen = new Set<string>();
    (Array.isArray(d.extraGrantTypes) ? d.extraGrantTypes : []).forEach((g: unknown, i) => {
      const grantType = stringOf(fieldsOf(g).grantType);
      if (grantType === undefined) return;
      if (seen.has(grantType)) {
        report([...base, "extraGrantTypes", i, "grantType"], grantType, "expected each grant type once");
      }
      seen.add(grantType);
    });

    const idle = d.refreshTokenIdleLifetimeSeconds;
    const absolute = d.refreshTokenLifetimeSeconds;
    if (typeof idle === "number" && typeof absolute === "number" && idle > absolute) {
      report(
        [...base, "refreshTokenIdleLifetimeSeconds"],
        idle,
        `expected at most refreshTokenLifetimeSeconds (${absolute})`,
      );
    }
  }
}

function checkUsers(env: Fields, report: Report): void {
  const checkRoles = roleChecker(env, report);
  const owners = {
    email: new Map<string, string>(),
    variable: new Map<string, string>(),
    userId: new Map<string, string>(),
  };
  const unique = (seen: Map<string, string>, value: string, owner: string, path: Path, what: string, key = value) => {
    const other = seen.get(key);
    if (other !== undefined) report(path, value, `expected a unique ${what}: user "${other}" already uses it`);
    seen.set(key, owner);
  };
  for (const [key, u] of entriesOf(env.users)) {
    const base = ["users", key];
    const email = stringOf(u.email);
    if (email !== undefined) unique(owners.email, email, key, [...base, "email"], "email", email.toLowerCase());
    const variable = stringOf(u.passwordVariable);
    if (variable !== undefined) {
      unique(owners.variable, variable, key, [...base, "passwordVariable"], "password variable");
      if (RESERVED_VARIABLE_NAMES.includes(variable)) {
        report(
          [...base, "passwordVariable"],
          variable,
          `expected a variable name Terraform allows: ${RESERVED_VARIABLE_NAMES.join(", ")} are reserved`,
        );
      }
    }
    const userId = stringOf(u.userId);
    if (userId !== undefined) unique(owners.userId, userId, key, [...base, "userId"], "userId");
    checkRoles(u.roles, [...base, "roles"]);
  }
}

function checkClaimNamespace(env: Fields, policy: UrlPolicy, report: Report): void {
  const namespace = stringOf(fieldsOf(env.loginFlow).claimNamespace);
  if (namespace !== undefined) {
    const problem = claimNamespaceProblem(namespace, policy);
    if (problem) report(["loginFlow", "claimNamespace"], namespace, problem);
    return;
  }
  // Without one, the namespace comes from the first dashboard's URL, which must then qualify.
  const [first] = entriesOf(env.dashboards);
  const url = first && stringOf(first[1].url);
  if (url === undefined || baseUrlProblem(url, policy)) return;
  const derived = `${originOf(url)}/`;
  const problem = claimNamespaceProblem(derived, policy);
  if (problem) {
    report(
      ["dashboards", first[0], "url"],
      url,
      `its origin is the default claim namespace ${JSON.stringify(derived)}, which fails: ${problem}. Set "loginFlow.claimNamespace"`,
    );
  }
}

/**
 * Adopted objects: a new user needs an initial password while an adopted one keeps its own, an
 * adopted user keeps its id, and no two entries adopt the same object.
 */
function checkImports(env: Fields, report: Report): void {
  const owners = new Map<string, string>();
  const unique = (id: unknown, owner: string, path: Path) => {
    if (typeof id !== "string") return;
    const other = owners.get(id);
    if (other !== undefined) report(path, id, `expected a unique importId: ${other} already uses it`);
    owners.set(id, owner);
  };
  for (const [key, d] of entriesOf(env.dashboards))
    unique(d.importId, `dashboard "${key}"`, ["dashboards", key, "importId"]);
  for (const [name, r] of entriesOf(env.roles)) unique(r.importId, `role "${name}"`, ["roles", name, "importId"]);
  if (isFields(env.connection)) unique(env.connection.importId, "connection", ["connection", "importId"]);
  for (const [key, c] of entriesOf(env.connections))
    unique(c.importId, `connection "${key}"`, ["connections", key, "importId"]);
  for (const [key, u] of entriesOf(env.users)) {
    const base = ["users", key];
    const importId = stringOf(u.importId);
    unique(importId, `user "${key}"`, [...base, "importId"]);
    if (importId === undefined && u.passwordVariable === undefined) {
      report(
        [...base, "passwordVariable"],
        undefined,
        "expected the name of the Terraform variable holding the initial password (or an importId to adopt an existing user)",
      );
    }
    const userId = stringOf(u.userId);
    if (importId !== undefined && userId !== undefined && importId !== `auth0|${userId}`) {
      report(
        [...base, "userId"],
        userId,
        `expected no userId, or the one in importId (${JSON.stringify(importId)}): a different id would replace the adopted user`,
      );
    }
  }
}
