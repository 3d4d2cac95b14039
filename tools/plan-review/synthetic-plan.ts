import { Change, ChangeAction, ResourceChange, TerraformPlan } from "./plan-model";

/**
 * A deterministic, Auth0-shaped plan of any size, for the benchmark: a big tenant's users
 * (with sensitive passwords and JSON app_metadata), their role assignments, clients with URL
 * lists and nested blocks, roles and an Action with long code. Most objects are unchanged;
 * the rest are updated, created, deleted or replaced, as in a large migration.
 */
export function syntheticAuth0Plan(resourceCount: number, seed = 20_000): TerraformPlan {
  const random = mulberry32(seed);
  const changes: ResourceChange[] = [];
  const roleIds = Array.from({ length: 20 }, (_, i) => `rol_${String(i).padStart(4, "0")}`);
  const push = (
    type: string,
    name: string,
    actions: readonly ChangeAction[],
    before: unknown,
    after: unknown,
    extra: Partial<Change> = {},
  ) =>
    changes.push({
      address: `${type}.${name}`,
      mode: "managed",
      type,
      name,
      provider_name: "registry.terraform.io/auth0/auth0",
      change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {}, ...extra },
    });

  for (let i = 0; i < roleIds.length && changes.length < resourceCount; i++) {
    const role = { id: roleIds[i], name: `ml-role-${i}`, description: `Role ${i}` };
    push("auth0_role", `ml-role-${i}`, ["no-op"], role, role);
  }
  const code = (version: number) =>
    Array.from(
      { length: 200 },
      (_, line) =>
        `  // line ${line}\n  api.idToken.setCustomClaim('https://ml.example.com/c${line}', ${line === 100 ? version : line});`,
    ).join("\n");
  if (changes.length < resourceCount) {
    const action = (v: number) => ({
      id: "act_1",
      name: "role-claim",
      runtime: "node22",
      code: code(v),
      secrets: [{ name: "K", value: `synthetic-action-secret-${v}` }],
    });
    const marks = { secrets: [{ value: true }] };
    push("auth0_action", "role_claim", ["update"], action(1), action(2), {
      before_sensitive: marks,
      after_sensitive: marks,
    });
  }
  for (let i = 0; changes.length < resourceCount; i++) {
    const pick = random();
    const actions: readonly ChangeAction[] =
      pick < 0.6
        ? ["no-op"]
        : pick < 0.85
          ? ["update"]
          : pick < 0.95
            ? ["create"]
            : pick < 0.98
              ? ["delete"]
              : ["delete", "create"];
    if (i % 50 === 0) {
      pushClient(push, i, actions, random);
      continue;
    }
    const name = `user-${String(i).padStart(6, "0")}`;
    const password = `synthetic-password-${i}-${Math.floor(random() * 1e9).toString(36)}`;
    const user = (nickname: string, roles: readonly string[]) => ({
      id: `auth0|${name}`,
      user_id: `auth0|${name}`,
      connection_name: "ml-dashboard-users",
      email: `${name}@example.com`,
      email_verified: true,
      nickname,
      name: `User ${i}`,
      given_name: "User",
      family_name: `${i}`,
      blocked: false,
      password,
      app_metadata: JSON.stringify({ roles, team: `team-${i % 17}` }),
    });
    const roles = [roleIds[i % roleIds.length]];
    const grown = actions[0] === "update" && random() < 0.3 ? [...roles, roleIds[(i * 7 + 3) % roleIds.length]] : roles;
    const before = actions[0] === "create" && actions.length === 1 ? null : user(`nick-${i}`, roles);
    const after =
      actions[0] === "delete" && actions.length === 1
        ? null
        : user(actions[0] === "update" ? `nick-${i}-new` : `nick-${i}`, grown);
    const sensitive = { password: true };
    push("auth0_user", name, actions, before, after, {
      before_sensitive: before === null ? false : sensitive,
      after_sensitive: after === null ? false : sensitive,
      after_unknown: actions[0] === "create" || actions.length === 2 ? { id: true, user_id: true } : {},
      ...(actions.length === 2 ? { replace_paths: [["connection_name"]] } : {}),
    });
    if (changes.length >= resourceCount) break;
    const assignment = (list: readonly string[]) => ({ id: `auth0|${name}`, user_id: `auth0|${name}`, roles: list });
    push(
      "auth0_user_roles",
      name,
      actions.length === 2 ? ["update"] : actions,
      before === null ? null : assignment(roles),
      after === null ? null : assignment(grown),
    );
  }
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: { root_module: {} },
    resource_changes: changes,
    output_changes: {},
    applyable: true,
    complete: true,
    errored: false,
  };
}

function pushClient(
  push: (
    type: string,
    name: string,
    actions: readonly ChangeAction[],
    before: unknown,
    after: unknown,
    extra?: Partial<Change>,
  ) => void,
  i: number,
  actions: readonly ChangeAction[],
  random: () => number,
): void {
  const urls = (n: number) => Array.from({ length: n }, (_, k) => `https://dashboard-${i}-${k}.example.com/callback`);
  const client = (callbacks: number, lifetime: number) => ({
    id: `cli_${i}`,
    client_id: `cli_${i}`,
    name: `Dashboard ${i}`,
    app_type: "regular_web",
    callbacks: urls(callbacks),
    allowed_logout_urls: urls(1),
    grant_types: ["authorization_code", "refresh_token"],
    jwt_configuration: [{ alg: "RS256", lifetime_in_seconds: lifetime }],
    refresh_token: [{ rotation_type: "rotating", expiration_type: "expiring", token_lifetime: 2592000 }],
  });
  const grow = actions[0] === "update" && random() < 0.5 ? 1 : 0;
  const before = actions[0] === "create" && actions.length === 1 ? null : client(3, 36000);
  const after =
    actions[0] === "delete" && actions.length === 1 ? null : client(3 + grow, actions[0] === "update" ? 3600 : 36000);
  push("auth0_client", `dashboard-${i}`, actions, before, after);
}

/** A small, fast, seedable PRNG: the same seed gives the same plan on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
