import fc from "fast-check";
import { loginCode } from "../helpers";
import { CLAIM, postLoginEvent, runPostLoginAction } from "./login-code-harness";

const run = (event: ReturnType<typeof postLoginEvent>) => runPostLoginAction(loginCode.postLoginAction, event);

describe("post-login Action (rules/post-login-role-claim.js), executed in a fresh V8 context", () => {
  test("sets the namespaced roles claim on the ID and access tokens from app_metadata ∪ RBAC roles", async () => {
    const result = await run(
      postLoginEvent({ user: { user_id: "auth0|a", app_metadata: { roles: ["ml-viewer", "ml-admin"] } }, roles: ["ml-admin", "grafana-viewer"] }),
    );
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims).toEqual({ [CLAIM]: ["ml-viewer", "ml-admin", "grafana-viewer"] });
    expect(result.accessTokenClaims).toEqual({ [CLAIM]: ["ml-viewer", "ml-admin", "grafana-viewer"] });
  });

  test("admits a user whose only allowed role comes from Auth0 RBAC", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|b", app_metadata: {} }, roles: ["ml-admin"] }));
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims[CLAIM]).toEqual(["ml-admin"]);
  });

  test("denies a dashboard login to a user with none of the allowed roles", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|c", app_metadata: { roles: ["grafana-viewer"] } } }));
    expect(result.denied).toBe("You need one of the roles ml-viewer, ml-admin to use MLflow.");
    expect(result.idTokenClaims).toEqual({});
  });

  test("a user with no app_metadata and no authorization does not crash it, and is denied", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|d", email: "d@example.com" }, roles: undefined }));
    expect(result.denied).toMatch(/^You need one of the roles/);
  });

  test("app_metadata.roles that is not a list is ignored, not trusted", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|e", app_metadata: { roles: "ml-admin" } } }));
    expect(result.denied).toMatch(/^You need one of the roles/);
  });

  test("applications that are not dashboards get the claim and are never denied", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|f" }, clientMetadata: {} }));
    expect(result.denied).toBeUndefined();
    expect(result.idTokenClaims).toEqual({ [CLAIM]: [] });
  });

  test("fails closed when a dashboard's allowed roles are missing or malformed", async () => {
    for (const allowed of [undefined, "", "not json", "{}", "[]"]) {
      const metadata: Record<string, string> = { dashboard: "machine-learning" };
      if (allowed !== undefined) metadata.allowed_roles = allowed;
      const result = await run(postLoginEvent({ clientMetadata: metadata }));
      expect(result.denied).toBe("MLflow has no allowed roles configured.");
    }
  });

  test("without the CLAIM_NAMESPACE secret it sets no un-namespaced claim, and dashboards fail closed", async () => {
    const dashboard = await run(postLoginEvent({ secrets: { CONNECTION_ACCESS: "{}" } }));
    expect(dashboard.denied).toMatch(/CLAIM_NAMESPACE/);
    const other = await run(postLoginEvent({ secrets: { CONNECTION_ACCESS: "{}" }, clientMetadata: {} }));
    expect(other).toEqual({ idTokenClaims: {}, accessTokenClaims: {} });
  });

  test("property: a dashboard login is denied exactly when the user holds none of its allowed roles", async () => {
    const role = fc.constantFrom("ml-viewer", "ml-admin", "grafana-viewer", "intern", "ops");
    await fc.assert(
      fc.asyncProperty(fc.array(role), fc.array(role), fc.array(role, { minLength: 1 }), async (metadataRoles, rbacRoles, allowed) => {
        const result = await run(
          postLoginEvent({
            user: { user_id: "auth0|p", app_metadata: { roles: metadataRoles } },
            roles: rbacRoles,
            clientMetadata: { dashboard: "machine-learning", allowed_roles: JSON.stringify(allowed) },
          }),
        );
        const held = new Set([...metadataRoles, ...rbacRoles]);
        const admitted = allowed.some((r) => held.has(r));
        expect(result.denied === undefined).toBe(admitted);
        if (admitted) expect(new Set(result.idTokenClaims[CLAIM] as string[])).toEqual(held);
      }),
      { numRuns: 200 },
    );
  });
});
