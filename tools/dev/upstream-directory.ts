import { randomBytes } from "node:crypto";
import type { ConnectionAccessMap } from "../../lib/connection-access";
import { CONNECTION_ACCESS_SECRET } from "../stack-model";
import { StackFile } from "../local-tenant/stack-file";
import { UpstreamUser, writeDirectory } from "../upstream-idp/directory";

export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly groups: readonly string[];
}

const FEDERATED_STRATEGIES = new Set(["oidc", "okta"]);

/** The stack's CONNECTION_ACCESS Action secret (group mappings and email domains), if any. */
function connectionAccessOf(stack: StackFile): ConnectionAccessMap {
  for (const r of stack.resources.filter((x) => x.type === "auth0_action")) {
    const secrets = Array.isArray(r.body.secrets) ? (r.body.secrets as { name?: unknown; value?: unknown }[]) : [];
    const secret = secrets.find((s) => s.name === CONNECTION_ACCESS_SECRET);
    if (typeof secret?.value !== "string") continue;
    try {
      return JSON.parse(secret.value.replace(/\$\$\{/g, "${")) as ConnectionAccessMap;
    } catch {
      return {};
    }
  }
  return {};
}

const slug = (group: string) =>
  group
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "member";

/**
 * Demo users of the local upstream IdP for `npm run dev`, made from the stack: one member of
 * each mapped group, and one user in no mapped group (whom the Action denies), at the first
 * allowed email domain. Passwords are random, for this run only. No federated connection: none.
 */
export function demoDirectory(stack: StackFile, file: string): { file?: string; users: DemoUser[] } {
  const federated = stack.resources.filter(
    (r) => r.type === "auth0_connection" && FEDERATED_STRATEGIES.has(String(r.body.strategy)),
  );
  if (federated.length === 0) return { users: [] };
  const access = connectionAccessOf(stack);
  const users: UpstreamUser[] = [];
  const seen = new Set<string>();
  const add = (local: string, domain: string, groups: string[]) => {
    const email = `${local}@${domain}`;
    if (seen.has(email)) return;
    seen.add(email);
    users.push({ sub: local, email, name: local, password: `${randomBytes(9).toString("base64url")}-Up7`, groups });
  };
  for (const r of federated) {
    const rules = access[String(r.body.name)] ?? {};
    const domain = rules.allowedEmailDomains?.[0] ?? "example.com";
    for (const group of Object.keys(rules.groupRoles ?? {})) add(slug(group), domain, [group]);
    add("outsider", domain, ["everyone"]);
  }
  writeDirectory(file, users);
  return { file, users: users.map((u) => ({ email: u.email, password: u.password, groups: u.groups })) };
}
