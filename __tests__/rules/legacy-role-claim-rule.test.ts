import { loginCode } from "../helpers";
import { CLAIM, postLoginEvent, ruleInputs, runLegacyRule } from "./login-code-harness";

const configuration = { CLAIM_NAMESPACE: "https://ml.example.com/" };
const run = (event: ReturnType<typeof postLoginEvent>, config: Record<string, string> = configuration) => {
  const { user, context } = ruleInputs(event);
  return runLegacyRule(loginCode.legacyRule!, user, context, config);
};

describe("legacy Rule (rules/legacy-role-claim-rule.js), executed with user/context/callback", () => {
  test("sets the namespaced roles claim from app_metadata ∪ RBAC roles", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|a", app_metadata: { roles: ["ml-viewer"] } }, roles: ["ml-admin", "ml-viewer"] }));
    expect(result.error).toBeUndefined();
    expect(result.idToken).toEqual({ [CLAIM]: ["ml-viewer", "ml-admin"] });
    expect(result.accessToken).toEqual({ [CLAIM]: ["ml-viewer", "ml-admin"] });
  });

  test("denies a dashboard login with UnauthorizedError when no allowed role is held", async () => {
    const result = await run(postLoginEvent({ user: { user_id: "auth0|b", app_metadata: { roles: ["intern"] } } }));
    expect(result.error).toBe("You need one of the roles ml-viewer, ml-admin to use MLflow.");
  });

  test("a user with no app_metadata and no authorization does not crash it", async () => {
    const denied = await run(postLoginEvent({ user: { user_id: "auth0|c" }, roles: undefined }));
    expect(denied.error).toMatch(/^You need one of the roles/);
    const otherApp = await run(postLoginEvent({ user: { user_id: "auth0|c" }, roles: undefined, clientMetadata: {} }));
    expect(otherApp).toEqual({ idToken: { [CLAIM]: [] }, accessToken: { [CLAIM]: [] } });
  });

  test("fails closed on malformed allowed roles and on a missing namespace", async () => {
    const malformed = await run(postLoginEvent({ clientMetadata: { dashboard: "machine-learning", allowed_roles: "{" } }));
    expect(malformed.error).toBe("MLflow has no allowed roles configured.");
    const noNamespace = await run(postLoginEvent(), {});
    expect(noNamespace.error).toMatch(/CLAIM_NAMESPACE/);
  });

  test("agrees with the post-login Action on who is admitted", async () => {
    const { runPostLoginAction } = await import("./login-code-harness");
    for (const roles of [[], ["ml-viewer"], ["intern"], ["ml-admin", "intern"]]) {
      const event = postLoginEvent({ user: { user_id: "auth0|x", app_metadata: { roles } } });
      const action = await runPostLoginAction(loginCode.postLoginAction, event);
      const rule = await run(event);
      expect(rule.error).toBe(action.denied);
    }
  });
});
