import * as fs from "node:fs";
import { buildReview, Danger, firstApplyPlan, ResourceChange, TerraformPlan } from "../../tools/plan-review";
import { stackResources } from "../../tools/plan-review/prevent-destroy";
import { fixture, reviewFixtures } from "./helpers";
import { parseJsonObject } from "../json";

type Actions = ResourceChange["change"]["actions"];

/** A one-stack plan from resource changes written inline. */
function plan(...changes: ResourceChange[]): TerraformPlan {
  return { format_version: "1.2", resource_changes: changes };
}

function rc(
  address: string,
  actions: Actions,
  before: unknown,
  after: unknown,
  extra: Partial<ResourceChange["change"]> = {},
): ResourceChange {
  const [type, name] = address.split(".");
  return {
    address,
    mode: "managed",
    type,
    name,
    provider_name: "registry.terraform.io/auth0/auth0",
    change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {}, ...extra },
  };
}

/** An existing, unchanged object, so that the stack is not a first apply. */
const EXISTING = rc(
  "auth0_role.ml-viewer",
  ["no-op"],
  { id: "rol_viewer111", name: "ml-viewer" },
  { id: "rol_viewer111", name: "ml-viewer" },
);

function dangers(...changes: ResourceChange[]): Danger[] {
  return [...buildReview([{ stack: "dev", file: "dev.json", plan: plan(...changes) }]).dangers];
}

const summary = (list: readonly Danger[]) =>
  list.map((d) => `${d.rule} ${d.address}${d.values ? ` [${d.values.join(", ")}]` : ""}`);

describe("danger rules on the Auth0 fixtures", () => {
  test("the update plan flags every widening of access, and nothing else", () => {
    expect(summary(reviewFixtures(["ml-dashboard-auth-dev.plan.json"]).dangers)).toEqual([
      "grant-types-added auth0_client.mlflow [client_credentials]",
      "urls-added auth0_client.mlflow [https://mlflow-preview.dev.example.com/callback]",
      "urls-added auth0_client.mlflow [https://mlflow-preview.dev.example.com]",
      "brute-force-protection-off auth0_connection.database",
      "signup-enabled auth0_connection.database",
      "action-unbound auth0_trigger_actions.post_login [audit-log (act_audit01)]",
      "role-granted auth0_user_roles.alice [ml-admin (rol_admin222)]",
    ]);
  });

  test("the replace plan puts data loss first and says what forced each replacement", () => {
    const found = reviewFixtures(["ml-dashboard-auth-staging.plan.json"]).dangers;
    expect(summary(found)).toEqual([
      "destroys-critical-resource auth0_client.mlflow",
      "destroys-critical-resource auth0_connection.database [strategy]",
      "destroys-critical-resource auth0_resource_server.legacy_api",
      "destroys-critical-resource auth0_role.ml-auditor",
      "destroys-critical-resource auth0_user.bob",
      "action-replaced auth0_action.role_claim [supported_triggers[0].version]",
      "action-unbound auth0_trigger_actions.post_login [ml-dashboard-role-claim (act_roleclaim02)]",
    ]);
    const connection = found.find((d) => d.address === "auth0_connection.database")!;
    expect(connection.title).toBe("replaced (delete, then create)");
    expect(connection.why).toContain("every user stored in it");
    expect(connection.note).toBe(
      "prevent_destroy is not set on it (Terraform would have refused this plan otherwise).",
    );
    expect(found.find((d) => d.address === "auth0_client.mlflow")!.title).toBe("replaced (create, then delete)");
    expect(found.find((d) => d.address === "auth0_user.bob")!.note).toContain("resource block was removed");
  });

  test("a plan with zero changes has no danger", () => {
    const review = reviewFixtures(["ml-dashboard-auth-prod.plan.json"]);
    expect(review.dangers).toEqual([]);
    expect(review.exitCode).toBe(0);
  });

  test("a first apply flags only settings risky in themselves", () => {
    expect(summary(reviewFixtures(["ml-dashboard-auth-qa.plan.json"]).dangers)).toEqual([
      "risky-grant-type auth0_client.mlflow [implicit]",
      "brute-force-protection-off auth0_connection.database",
      "signup-enabled auth0_connection.database",
    ]);
  });

  test("the first apply of the example stack is not a wall of danger", () => {
    const stack = parseJsonObject(fs.readFileSync(fixture("stacks/ml-dashboard-auth-dev/cdk.tf.json"), "utf8"));
    const review = buildReview([
      { stack: "ml-dashboard-auth-dev", file: "cdk.tf.json", plan: firstApplyPlan(stack, "ml-dashboard-auth-dev") },
    ]);
    expect(review.dangers).toEqual([]);
  });
});

describe("danger rules, one at a time", () => {
  test("deleting or replacing each critical type is data loss; other types are not", () => {
    for (const type of ["auth0_connection", "auth0_user", "auth0_client", "auth0_resource_server", "auth0_role"]) {
      expect(dangers(rc(`${type}.x`, ["delete"], { id: "1" }, null)).map((d) => d.category)).toEqual(["data-loss"]);
      expect(dangers(rc(`${type}.x`, ["delete", "create"], { id: "1" }, {})).map((d) => d.rule)).toContain(
        "destroys-critical-resource",
      );
    }
    expect(dangers(rc("auth0_connection_clients.x", ["delete"], { id: "1" }, null))).toEqual([]);
    expect(dangers(rc("auth0_client.x", ["update"], { name: "a" }, { name: "b" }))).toEqual([]);
  });

  test("data sources are never dangerous", () => {
    const read: ResourceChange = {
      ...rc("auth0_client.x", ["read"], null, {}),
      address: "data.auth0_client.x",
      mode: "data",
    };
    expect(dangers(read)).toEqual([]);
  });

  test("grant types: additions flagged, removals not, unknown lists reported honestly", () => {
    expect(dangers(rc("auth0_client.c", ["update"], { grant_types: ["a", "b"] }, { grant_types: ["a"] }))).toEqual([]);
    const unknown = dangers(
      rc("auth0_client.c", ["update"], { grant_types: ["a"] }, {}, { after_unknown: { grant_types: true } }),
    );
    expect(unknown.map((d) => [d.rule, d.note])).toEqual([
      ["grant-types-added", "The new list is known only after apply."],
    ]);
  });

  test("URLs: each list is compared before and after, order ignored", () => {
    expect(dangers(rc("auth0_client.c", ["update"], { callbacks: ["a", "b"] }, { callbacks: ["b", "a"] }))).toEqual([]);
    const found = dangers(
      rc(
        "auth0_client.c",
        ["update"],
        { allowed_logout_urls: [], allowed_origins: ["o"] },
        { allowed_logout_urls: ["l"], allowed_origins: ["o", "p"] },
      ),
    );
    expect(found.map((d) => [d.title, d.values])).toEqual([
      ["allowed origins added", ["p"]],
      ["logout URLs added", ["l"]],
    ]);
  });

  test("a new client's URLs are not flagged, but its implicit or password grant is", () => {
    expect(
      dangers(
        EXISTING,
        rc("auth0_client.c", ["create"], null, { callbacks: ["https://x"], grant_types: ["authorization_code"] }),
      ),
    ).toEqual([]);
    expect(
      summary(dangers(EXISTING, rc("auth0_client.c", ["create"], null, { grant_types: ["password", "implicit"] }))),
    ).toEqual(["risky-grant-type auth0_client.c [password, implicit]"]);
  });

  test("disable_signup: turning it off is flagged, and so is a new database connection without it", () => {
    const options = (o: object) => ({ strategy: "auth0", options: [o] });
    expect(
      dangers(
        rc("auth0_connection.d", ["update"], options({ disable_signup: true }), options({ disable_signup: true })),
      ),
    ).toEqual([]);
    expect(
      dangers(rc("auth0_connection.d", ["update"], options({ disable_signup: true }), options({}))).map((d) => d.rule),
    ).toEqual(["signup-enabled"]);
    expect(
      dangers(
        rc("auth0_connection.d", ["update"], options({ disable_signup: false }), options({ disable_signup: false })),
      ),
    ).toEqual([]);
    const created = dangers(rc("auth0_connection.d", ["create"], null, options({})));
    expect(created.map((d) => [d.rule, d.note])).toEqual([
      ["signup-enabled", "disable_signup is not set, and Auth0 allows signup by default."],
    ]);
    expect(dangers(rc("auth0_connection.g", ["create"], null, { strategy: "google-oauth2", options: [{}] }))).toEqual(
      [],
    );
  });

  test("brute_force_protection: flagged only when it goes (or is created) off", () => {
    const options = (o: object) => ({ strategy: "auth0", options: [{ disable_signup: true, ...o }] });
    expect(
      dangers(rc("auth0_connection.d", ["update"], options({}), options({ brute_force_protection: false }))).map(
        (d) => d.rule,
      ),
    ).toEqual(["brute-force-protection-off"]);
    expect(
      dangers(
        rc(
          "auth0_connection.d",
          ["update"],
          options({ brute_force_protection: false }),
          options({ brute_force_protection: false }),
        ),
      ),
    ).toEqual([]);
    expect(dangers(rc("auth0_connection.d", ["create"], null, options({})))).toEqual([]);
  });

  test("options written as an object (plugin framework style) are read too", () => {
    const found = dangers(
      rc(
        "auth0_connection.d",
        ["update"],
        { options: { disable_signup: true } },
        { options: { disable_signup: false } },
      ),
    );
    expect(found.map((d) => d.rule)).toEqual(["signup-enabled"]);
  });

  test("roles granted: names from the plan's roles, unknown ids counted honestly", () => {
    const granted = dangers(
      EXISTING,
      rc("auth0_user_roles.bob", ["update"], { roles: [] }, { roles: ["rol_viewer111", "rol_other"] }),
    );
    expect(granted.map((d) => d.values)).toEqual([["ml-viewer (rol_viewer111)", "rol_other"]]);
    const unknown = dangers(
      EXISTING,
      rc("auth0_user_roles.bob", ["create"], null, {}, { after_unknown: { roles: true } }),
    );
    expect(unknown.map((d) => [d.rule, d.values, d.note])).toEqual([
      ["role-granted", undefined, "Which ones is known only after apply."],
    ]);
    const oneUnknown = dangers(
      EXISTING,
      rc(
        "auth0_user_roles.bob",
        ["update"],
        { roles: ["rol_viewer111"] },
        { roles: ["rol_viewer111", null] },
        { after_unknown: { roles: [false, true] } },
      ),
    );
    expect(oneUnknown.map((d) => d.note)).toEqual(["1 more known only after apply."]);
    expect(dangers(EXISTING, rc("auth0_user_roles.bob", ["update"], { roles: ["a", "b"] }, { roles: ["a"] }))).toEqual(
      [],
    );
  });

  test("singular grant resources: auth0_user_role and auth0_role_permission(s)", () => {
    expect(
      summary(dangers(EXISTING, rc("auth0_user_role.x", ["create"], null, { role_id: "rol_viewer111", user_id: "u" }))),
    ).toEqual(["role-granted auth0_user_role.x [ml-viewer (rol_viewer111)]"]);
    expect(
      summary(
        dangers(
          EXISTING,
          rc(
            "auth0_role_permissions.x",
            ["update"],
            { permissions: [{ name: "read" }] },
            { permissions: [{ name: "read" }, { name: "write" }] },
          ),
        ),
      ),
    ).toEqual(["permissions-granted auth0_role_permissions.x [write]"]);
    expect(
      summary(dangers(EXISTING, rc("auth0_role_permission.x", ["create"], null, { permission: "delete:runs" }))),
    ).toEqual(["permissions-granted auth0_role_permission.x [delete:runs]"]);
  });

  test("grants created in a first apply are not flagged", () => {
    expect(dangers(rc("auth0_user_roles.bob", ["create"], null, { roles: ["rol_a"] }))).toEqual([]);
  });

  test("Actions: unbinding, deleting the bindings and replacing an Action are flagged", () => {
    const bindings = (ids: string[]) => ({
      trigger: "post-login",
      actions: ids.map((id) => ({ id, display_name: `name-${id}` })),
    });
    expect(dangers(rc("auth0_trigger_actions.t", ["update"], bindings(["a"]), bindings(["a", "b"])))).toEqual([]);
    expect(summary(dangers(rc("auth0_trigger_actions.t", ["delete"], bindings(["a", "b"]), null)))).toEqual([
      "action-unbound auth0_trigger_actions.t [name-a (a), name-b (b)]",
    ]);
    expect(summary(dangers(rc("auth0_trigger_action.t", ["delete"], { action_id: "a" }, null)))).toEqual([
      "action-unbound auth0_trigger_action.t [a]",
    ]);
    expect(
      summary(
        dangers(
          rc("auth0_action.a", ["delete", "create"], { name: "n" }, { name: "n" }, { replace_paths: [["name"]] }),
        ),
      ),
    ).toEqual(["action-replaced auth0_action.a [name]"]);
    expect(dangers(rc("auth0_action.a", ["update"], { code: "a" }, { code: "b" }))).toEqual([]);
  });

  test("a danger never repeats a sensitive value", () => {
    const found = dangers(
      rc(
        "auth0_client.c",
        ["update"],
        { callbacks: [] },
        { callbacks: ["https://canary-secret-url"] },
        { after_sensitive: { callbacks: [true] } },
      ),
    );
    expect(found.map((d) => [d.values, d.note])).toEqual([[undefined, "1 sensitive."]]);
    expect(JSON.stringify(found)).not.toContain("canary");
  });
});

describe("prevent_destroy from the synthesized stacks", () => {
  const head = stackResources(
    parseJsonObject(fs.readFileSync(fixture("stacks/ml-dashboard-auth-dev/cdk.tf.json"), "utf8")),
    "head",
  );
  const base = stackResources(
    parseJsonObject(fs.readFileSync(fixture("base/ml-dashboard-auth-dev/cdk.tf.json"), "utf8")),
    "base",
  );

  test("reads lifecycle.prevent_destroy per resource address", () => {
    expect(head.get("auth0_connection.database")).toEqual({ preventDestroy: true });
    expect(head.get("auth0_user.alice")).toEqual({ preventDestroy: true });
    expect(head.get("auth0_client.mlflow")).toEqual({ preventDestroy: false });
  });

  test("flags protections removed, and resources removed with theirs", () => {
    const review = buildReview([{ stack: "dev", file: "dev.json", plan: plan(EXISTING), config: { base, head } }]);
    expect(review.dangers.map((d) => [d.rule, d.category, d.address, d.title])).toEqual([
      ["prevent-destroy-removed", "protection", "auth0_connection_clients.database", "prevent_destroy removed"],
      ["prevent-destroy-removed", "protection", "auth0_user.carol", "prevent_destroy removed with the resource"],
    ]);
  });

  test("adding prevent_destroy, or keeping it, is fine", () => {
    expect(
      buildReview([{ stack: "dev", file: "dev.json", plan: plan(EXISTING), config: { base: head, head: base } }])
        .dangers,
    ).toEqual([]);
    expect(
      buildReview([{ stack: "dev", file: "dev.json", plan: plan(EXISTING), config: { base: head, head } }]).dangers,
    ).toEqual([]);
  });
});

describe("exit codes", () => {
  test("2 with danger, 0 without, 0 when approved with a reason", () => {
    expect(reviewFixtures(["ml-dashboard-auth-dev.plan.json"]).exitCode).toBe(2);
    expect(reviewFixtures(["ml-dashboard-auth-prod.plan.json"]).exitCode).toBe(0);
    const approved = reviewFixtures(["ml-dashboard-auth-dev.plan.json"], {
      allowDanger: "preview environment, approved by @lead",
    });
    expect(approved.exitCode).toBe(0);
    expect(approved.approval).toBe("preview environment, approved by @lead");
    expect(reviewFixtures(["ml-dashboard-auth-dev.plan.json"], { allowDanger: "   " }).exitCode).toBe(2);
  });
});

describe("renaming a connection", () => {
  const connection = (name: string) => ({ id: "con_1", name, strategy: "oidc", options: [{}] });

  test("a new name replaces the connection: flagged as data loss with the old and new names", () => {
    const found = dangers(
      EXISTING,
      rc("auth0_connection.corp", ["delete", "create"], connection("corp-sso"), connection("corp-sso-v2"), {
        replace_paths: [["name"]],
      }),
    );
    expect(summary(found)).toEqual([
      "connection-renamed auth0_connection.corp [corp-sso, corp-sso-v2]",
      "destroys-critical-resource auth0_connection.corp [name]",
    ]);
    expect(found[0].why).toMatch(/logged out/);
    expect(found[0].category).toBe("data-loss");
  });

  test("a replacement for another reason, or an in-place update, is not a rename", () => {
    const other = dangers(
      EXISTING,
      rc("auth0_connection.corp", ["delete", "create"], connection("corp-sso"), connection("corp-sso"), {
        replace_paths: [["strategy"]],
      }),
    );
    expect(summary(other)).toEqual(["destroys-critical-resource auth0_connection.corp [strategy]"]);
    expect(dangers(EXISTING, rc("auth0_connection.corp", ["update"], connection("a"), connection("a")))).toEqual([]);
  });
});
