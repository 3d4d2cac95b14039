import { Construct } from "constructs";
import { App, TerraformStack, TerraformVariable, Testing } from "../../lib/terraform-cdk";
import { User } from "../../.gen/providers/auth0/user";
import { UserRoles } from "../../.gen/providers/auth0/user-roles";
import { DashboardRoles } from "../../lib/constructs/dashboard-roles";
import { DashboardUserSpec, DashboardUsers } from "../../lib/constructs/dashboard-users";
import { DataSafety } from "../../lib/constructs/data-safety";
import { importExisting } from "../../lib/constructs/import-existing";
import { terraformLiteral } from "../../lib/terraform-literal";
import { USER_ID_HINT, USER_ID_PATTERN } from "../../lib/validation/import-ids";
import { PREVENT_DESTROY_OFF_REASON } from "../../tools/stack-model/keys";

// DashboardUsers writes its users as resolved JSON instead of one construct each. The oracle here is
// what cdktf itself writes for the same users with the provider's own User and UserRoles constructs
// and TerraformVariable: the JSON must be the same, apart from the construct path in `//.metadata`.

/** The stack's JSON with its `//` comments (Testing.synth drops them), as written to cdk.tf.json. */
const resolved = (stack: TerraformStack) => JSON.parse(JSON.stringify(stack.toTerraform())) as Record<string, unknown>;

const USERS: Record<string, DashboardUserSpec> = {
  alice: {
    email: "alice@example.com",
    nickname: "alice",
    emailVerified: true,
    roles: ["viewer", "admin"],
    passwordVariable: "alice_password",
  },
  bob: { email: "bob+ml@example.com", roles: [], passwordVariable: "bob_password", blocked: true },
  // Template syntax in config text must reach Terraform literally.
  carol: { email: "carol@example.com", nickname: "c${x}%{y}", passwordVariable: "carol_password", userId: "carol-1" },
  dave: { email: "dave@example.com", roles: ["viewer"], importId: "auth0|0123456789abcdef" },
  erin: { email: "erin@example.com", roles: ["admin"], importId: "auth0|feedface", passwordVariable: "erin_password" },
};

function roles(stack: Construct): DashboardRoles {
  return new DashboardRoles(stack, "Roles", { roles: { viewer: "Views", admin: "Administers" } });
}

/** The users as per-user cdktf constructs, written the way the constructs wrote them before DashboardUsers. */
function withConstructs(safety: DataSafety, minLength: number): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "users");
  const catalog = roles(stack);
  const idRule = { pattern: USER_ID_PATTERN, hint: USER_ID_HINT };
  for (const [key, spec] of Object.entries(USERS)) {
    const scope = new Construct(stack, key);
    let password: TerraformVariable | undefined;
    if (spec.passwordVariable) {
      const name = spec.passwordVariable;
      password = new TerraformVariable(scope, "Password", {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `Initial password of ${terraformLiteral(spec.email)} (set TF_VAR_${name}; never commit it)`,
        validation: [
          {
            condition: `\${length(var.${name}) >= ${minLength}}`,
            errorMessage: `The password in TF_VAR_${name} must be at least ${minLength} characters long.`,
          },
        ],
      });
      password.overrideLogicalId(name);
    }
    const user = new User(scope, "User", {
      connectionName: "ml-users",
      email: terraformLiteral(spec.email),
      nickname: terraformLiteral(spec.nickname ?? spec.email.split("@")[0]),
      emailVerified: spec.emailVerified ?? false,
      userId: spec.userId,
      blocked: spec.blocked ?? false,
      password: password?.stringValue,
      appMetadata: terraformLiteral(JSON.stringify({ roles: spec.roles ?? [] })),
      lifecycle: { ignoreChanges: ["password"] },
    });
    user.addOverride("lifecycle.prevent_destroy", safety.preventDestroy);
    if (!safety.preventDestroy) user.addOverride(`//.${PREVENT_DESTROY_OFF_REASON}`, safety.reason.trim());
    user.overrideLogicalId(key);
    importExisting(key, user, spec.importId, idRule);
    if ((spec.roles ?? []).length > 0) {
      const assignment = new UserRoles(scope, "Roles", {
        userId: user.id,
        roles: (spec.roles ?? []).map((r) => catalog.roleId(r)),
      });
      assignment.overrideLogicalId(key);
      importExisting(key, assignment, spec.importId, idRule);
    }
  }
  return resolved(stack);
}

function withDashboardUsers(
  safety: DataSafety,
  minLength: number,
): { json: Record<string, unknown>; users: DashboardUsers } {
  const stack = new TerraformStack(Testing.app(), "users");
  const catalog = roles(stack);
  const users = new DashboardUsers(stack, "Users", {
    users: USERS,
    connectionName: "ml-users",
    roleCatalog: catalog,
    passwordMinLength: minLength,
    dataSafety: safety,
  });
  return { json: resolved(stack), users };
}

/** The construct path recorded per resource is the one thing that differs: `users/<key>/User` against `users/Users/<key>/User`. */
const samePaths = (json: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(json).replace(/"users\/Users\/([a-z0-9_]+)\//g, '"users/$1/')) as unknown;

describe("DashboardUsers writes what cdktf's own constructs write", () => {
  const protectedUsers: DataSafety = { preventDestroy: true };
  const unprotected: DataSafety = { preventDestroy: false, reason: "  Throwaway example users.  " };
  test.each([
    ["protected", protectedUsers, 12],
    ["unprotected, with a reason", unprotected, 16],
  ])("%s users: resources, password variables, import blocks and stack metadata", (_, safety, minLength) => {
    const expected = withConstructs(safety, minLength);
    const { json } = withDashboardUsers(safety, minLength);
    expect(samePaths(json)).toEqual(expected);
    // The oracle really holds what is compared.
    expect(Object.keys((expected.resource as Record<string, object>).auth0_user)).toEqual(Object.keys(USERS));
    expect(expected.import).toHaveLength(4);
  });

  test("each user's Auth0 id is the reference cdktf would write, and its addresses are listed", () => {
    const { users } = withDashboardUsers({ preventDestroy: true }, 12);
    expect(users.users.get("alice")).toEqual({
      key: "alice",
      email: "alice@example.com",
      userId: "${auth0_user.alice.id}",
      addresses: ["auth0_user.alice", "auth0_user_roles.alice"],
    });
    expect(users.users.get("bob")?.addresses).toEqual(["auth0_user.bob"]);
  });

  test("a comment added to one resource lands in its // block, and an unknown address is refused", () => {
    const stack = new TerraformStack(Testing.app(), "users");
    const users = new DashboardUsers(stack, "Users", {
      users: { alice: USERS.alice },
      connectionName: "ml-users",
      roleCatalog: roles(stack),
    });
    users.addComment("auth0_user_roles.alice", "note", ["kept"]);
    expect(() => users.addComment("auth0_user.mallory", "note", 1)).toThrow(/no resource auth0_user\.mallory/);
    const json = resolved(stack) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
      "//": { metadata: { overrides: Record<string, string[]> } };
    };
    expect(json.resource.auth0_user_roles.alice["//"]).toEqual({
      metadata: { path: "users/Users/alice/Roles", uniqueId: "alice" },
      note: ["kept"],
    });
    expect(json["//"].metadata.overrides).toEqual({ auth0_user: ["lifecycle"], auth0_user_roles: ["//"] });
  });
});

describe("DashboardUsers validates each user", () => {
  const build = (users: Record<string, DashboardUserSpec>) => {
    const stack = new TerraformStack(new App(), "users");
    return () => new DashboardUsers(stack, "Users", { users, connectionName: "x", roleCatalog: roles(stack) });
  };
  test.each([
    [
      "a key Terraform cannot name",
      { "Bad-Key": { email: "a@example.com", passwordVariable: "a_password" } },
      /user "Bad-Key": the key is invalid/,
    ],
    [
      "a new user without a password variable",
      { a: { email: "a@example.com" } },
      /user "a": a new user needs a passwordVariable/,
    ],
    [
      "an invalid variable name",
      { a: { email: "a@example.com", passwordVariable: "9x" } },
      /user "a": passwordVariable is not a Terraform variable name \(not shown\)/,
    ],
    [
      "an unknown role",
      { a: { email: "a@example.com", passwordVariable: "a_password", roles: ["root"] } },
      /unknown role "root"/,
    ],
    [
      "an invalid import id",
      { a: { email: "a@example.com", importId: "not an id" } },
      /user "a": importId "not an id" is invalid/,
    ],
    [
      "a variable name Terraform or JavaScript reserves",
      { a: { email: "a@example.com", passwordVariable: "__proto__" } },
      /user "a": passwordVariable is not a Terraform variable name/,
    ],
    [
      "two users sharing a password variable",
      { a: { email: "a@example.com", passwordVariable: "pw" }, b: { email: "b@example.com", passwordVariable: "pw" } },
      /user "b": passwordVariable "pw" is already the password variable of user "a"/,
    ],
  ])("%s", (_, users, message) => {
    expect(build(users as Record<string, DashboardUserSpec>)).toThrow(message);
  });

  test("a password typed into passwordVariable is not repeated in the error", () => {
    const typed = "Tr0ub4dor&3-correct-horse";
    const attempt = build({ a: { email: "a@example.com", passwordVariable: typed } });
    expect(attempt).toThrow(/passwordVariable is not a Terraform variable name/);
    expect(attempt).not.toThrow(typed);
  });
});
