import fc from "fast-check";
import { loginCode } from "../helpers";
import { CLAIM, postLoginEvent, runPostLoginAction } from "./login-code-harness";

const NAMESPACE = "https://ml.example.com/";
const CORP = { id: "con_corp", name: "corp-sso", strategy: "oidc" };
const CORP_ACCESS = {
  "corp-sso": {
    groupRoles: { "ml-team": ["ml-viewer"], "ml-platform-admins": ["ml-admin", "ml-viewer"] },
    allowedEmailDomains: ["example.com"],
  },
};

/** A login through the federated connection corp-sso, of a user with these profile fields. */
function federatedLogin(
  user: Record<string, unknown>,
  options: { access?: unknown; roles?: string[]; allowed?: string[]; connection?: typeof CORP } = {},
) {
  return runPostLoginAction(
    loginCode.postLoginAction,
    postLoginEvent({
      connection: options.connection ?? CORP,
      user: { user_id: "oidc|corp-sso|u1", email: "ada@example.com", email_verified: true, ...user },
      roles: options.roles ?? [],
      clientMetadata: {
        dashboard: "machine-learning",
        dashboard_key: "mlflow",
        allowed_roles: JSON.stringify(options.allowed ?? ["ml-viewer", "ml-admin"]),
      },
      secrets: {
        CLAIM_NAMESPACE: NAMESPACE,
        CONNECTION_ACCESS: typeof options.access === "string" ? options.access : JSON.stringify(options.access ?? CORP_ACCESS),
      },
    }),
  );
}

describe("post-login Action: IdP groups mapped to roles, per connection", () => {
  test("a member of a mapped group is admitted, with the mapped roles in the claim", async () => {
    const result = await federatedLogin({ groups: ["ml-team", "everyone"] });
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims).toEqual({ [CLAIM]: ["ml-viewer"] });
    expect(result.accessTokenClaims).toEqual({ [CLAIM]: ["ml-viewer"] });
  });

  test("groups flattened to a comma-separated string (OIDC/Okta attribute maps) are read too", async () => {
    const result = await federatedLogin({ groups: "everyone, ml-platform-admins" });
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims[CLAIM]).toEqual(["ml-admin", "ml-viewer"]);
  });

  test("mapped roles merge with app_metadata.roles and Auth0 roles, without duplicates", async () => {
    const result = await federatedLogin(
      { groups: ["ml-team"], app_metadata: { roles: ["grafana-viewer", "ml-viewer"] } },
      { roles: ["ops"] },
    );
    expect(result.idTokenClaims[CLAIM]).toEqual(["ml-viewer", "grafana-viewer", "ops"]);
  });

  test("a user in no mapped group is denied by the dashboard's allowed roles", async () => {
    const result = await federatedLogin({ groups: ["everyone"] });
    expect(result.denied).toBe("You need one of the roles ml-viewer, ml-admin to use MLflow.");
    expect(result.idTokenClaims).toEqual({});
  });

  test("a user removed from the group upstream is denied at the next login", async () => {
    expect((await federatedLogin({ groups: ["ml-team"] })).denied).toBeUndefined();
    expect((await federatedLogin({ groups: [] })).denied).toMatch(/^You need one of the roles/);
    expect((await federatedLogin({ groups: "" })).denied).toMatch(/^You need one of the roles/);
  });

  test("missing or malformed groups admit nobody, not even a user with assigned roles (fail closed)", async () => {
    for (const groups of [undefined, null, 42, { "ml-team": true }, ["ml-team", 7], [["ml-team"]]]) {
      const result = await federatedLogin({ groups, app_metadata: { roles: ["ml-admin"] } }, { roles: ["ml-admin"] });
      expect({ groups, denied: result.denied }).toEqual({
        groups,
        denied: "Your group memberships from corp-sso could not be read, so MLflow cannot check your access.",
      });
    }
  });

  test("unreadable access settings admit nobody, through any connection", async () => {
    for (const access of ["", "not json", "[]", "null", '"x"']) {
      const result = await federatedLogin({ groups: ["ml-team"] }, { access });
      expect(result.denied).toBe("Login settings are unreadable (Action secret CONNECTION_ACCESS); nobody can log in.");
    }
    const noSecret = await runPostLoginAction(loginCode.postLoginAction, postLoginEvent({ secrets: { CLAIM_NAMESPACE: NAMESPACE } }));
    expect(noSecret.denied).toMatch(/CONNECTION_ACCESS/);
    const badGroupRoles = await federatedLogin({ groups: ["ml-team"] }, { access: { "corp-sso": { groupRoles: ["ml-team"] } } });
    expect(badGroupRoles.denied).toMatch(/could not be read/);
    const badEntry = await federatedLogin({ groups: ["ml-team"] }, { access: { "corp-sso": "ml-team" } });
    expect(badEntry.denied).toMatch(/unreadable/);
  });

  test("group names that are Object.prototype members grant nothing", async () => {
    for (const group of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const result = await federatedLogin({ groups: [group] });
      expect(result.denied).toMatch(/^You need one of the roles/);
    }
  });

  test("another connection's mapping does not apply: groups count only under their own connection", async () => {
    const other = { id: "con_other", name: "other-sso", strategy: "oidc" };
    const result = await federatedLogin({ groups: ["ml-team"] }, { connection: other });
    expect(result.denied).toMatch(/^You need one of the roles/);
  });
});

describe("post-login Action: allowedEmailDomains", () => {
  test.each([
    ["ada@example.com", true, undefined],
    ["Ada@EXAMPLE.COM", true, undefined],
    ["ada@evil.com", true, "denied"],
    ["ada@example.com.evil.com", true, "denied"],
    ["ada@sub.example.com", true, "denied"],
    ["ada@example.com", false, "denied"],
    ["ada@example.com", "true", undefined],
    ["ada@example.com", "false", "denied"],
    [undefined, true, "denied"],
  ] as [string | undefined, boolean | string, string | undefined][])("email %s (verified %s) -> %s", async (email, verified, outcome) => {
    const result = await federatedLogin({ email, email_verified: verified, groups: ["ml-team"] });
    if (outcome === "denied") expect(result.denied).toBe("Your account needs a verified email address at example.com to log in.");
    else expect(result.denied).toBeUndefined();
  });

  test("the domain check applies to every application, not only dashboards", async () => {
    const result = await runPostLoginAction(
      loginCode.postLoginAction,
      postLoginEvent({
        connection: CORP,
        user: { user_id: "oidc|corp-sso|x", email: "x@evil.com", email_verified: true, groups: [] },
        clientMetadata: {},
        secrets: { CLAIM_NAMESPACE: NAMESPACE, CONNECTION_ACCESS: JSON.stringify(CORP_ACCESS) },
      }),
    );
    expect(result.denied).toMatch(/verified email address at example.com/);
  });
});

describe("property: admission holds exactly when a mapped or assigned role is allowed", () => {
  const role = fc.constantFrom("ml-viewer", "ml-admin", "grafana-viewer", "intern", "ops");
  const group = fc.constantFrom("ml-team", "ml-platform-admins", "everyone", "contractors", "__proto__");

  test("for any groups, mapping, app_metadata roles, Auth0 roles and allowed roles", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(group),
        fc.dictionary(group, fc.array(role, { minLength: 1 })),
        fc.array(role),
        fc.array(role),
        fc.array(role, { minLength: 1 }),
        fc.boolean(),
        async (groups, groupRoles, metadataRoles, rbacRoles, allowed, asString) => {
          const access = { "corp-sso": { groupRoles } };
          const result = await federatedLogin(
            { groups: asString ? groups.join(",") : groups, app_metadata: { roles: metadataRoles } },
            { access, roles: rbacRoles, allowed },
          );
          const mapped = groups.flatMap((g) => (Object.prototype.hasOwnProperty.call(groupRoles, g) ? groupRoles[g] : []));
          const held = new Set([...mapped, ...metadataRoles, ...rbacRoles]);
          const admitted = allowed.some((r) => held.has(r));
          expect(result.denied === undefined).toBe(admitted);
          if (admitted) expect(new Set(result.idTokenClaims[CLAIM] as string[])).toEqual(held);
        },
      ),
      { numRuns: 300 },
    );
  });
});
