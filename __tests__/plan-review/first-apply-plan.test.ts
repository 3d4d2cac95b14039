import * as fs from "node:fs";
import { buildReview, firstApplyPlan, parsePlan, PlanReviewError, renderMarkdown } from "../../tools/plan-review";
import { fixture } from "./helpers";
import { parseJsonObject } from "../json";
import { containing } from "../matchers";

const stackJson = parseJsonObject(fs.readFileSync(fixture("stacks/ml-dashboard-auth-dev/cdk.tf.json"), "utf8"));
const plan = firstApplyPlan(stackJson, "ml-dashboard-auth-dev");
const change = (address: string) => plan.resource_changes!.find((rc) => rc.address === address)!.change;

describe("first-apply plan of a synthesized stack", () => {
  test("is a valid plan in which every resource is created, sorted by address", () => {
    expect(parsePlan(parseJsonObject(JSON.stringify(plan)), "first-apply")).toBeTruthy();
    const addresses = plan.resource_changes!.map((rc) => rc.address);
    expect(addresses).toEqual([
      "auth0_action.role_claim",
      "auth0_client.mlflow",
      "auth0_client_credentials.mlflow",
      "auth0_connection.database",
      "auth0_connection_clients.database",
      "auth0_role.ml-admin",
      "auth0_role.ml-viewer",
      "auth0_rule.role_claim",
      "auth0_rule_config.claim_namespace",
      "auth0_trigger_actions.post_login",
      "auth0_user.alice",
      "auth0_user_roles.alice",
    ]);
    expect(new Set(plan.resource_changes!.map((rc) => rc.change.actions.join(",")))).toEqual(new Set(["create"]));
    expect(plan.resource_changes![0].provider_name).toBe("registry.terraform.io/auth0/auth0");
  });

  test("drops lifecycle, depends_on and cdktf metadata; keeps nested blocks", () => {
    const user = change("auth0_user.alice").after as Record<string, unknown>;
    expect(Object.keys(user).sort()).toEqual(["app_metadata", "email", "email_verified", "nickname"]);
    const connection = change("auth0_connection.database").after as Record<string, unknown>;
    expect(connection).not.toHaveProperty("lifecycle");
    expect(connection).not.toHaveProperty("//");
    expect(connection.options).toEqual([
      expect.objectContaining({ disable_signup: true, password_history: [{ enable: true, size: 5 }] }),
    ]);
  });

  test("interpolations are known after apply, as is every id", () => {
    expect(change("auth0_user.alice").after_unknown).toEqual({ connection_name: true, password: true, id: true });
    expect(change("auth0_user_roles.alice").after_unknown).toEqual({ user_id: true, roles: [true], id: true });
    expect(change("auth0_trigger_actions.post_login").after_unknown).toEqual({
      actions: [{ id: true, display_name: true }],
      id: true,
    });
  });

  test("$${ is Terraform's escape for a literal ${, not an interpolation", () => {
    const code = (change("auth0_action.role_claim").after as { code: string }).code;
    expect(code).toContain("setCustomClaim(`${namespace}/roles`");
  });

  test("attributes the Auth0 schema marks sensitive are flagged", () => {
    expect(change("auth0_action.role_claim").after_sensitive).toEqual({ secrets: [{ value: true }] });
    expect(change("auth0_rule_config.claim_namespace").after_sensitive).toEqual({ value: true });
  });

  test("outputs are created, sensitive ones flagged", () => {
    expect(plan.output_changes).toEqual({
      issuer_base_url: containing({
        actions: ["create"],
        after: "https://ml-dev.eu.auth0.com/",
        after_sensitive: false,
      }),
      mlflow_client_id: containing({ after: null, after_unknown: true }),
      mlflow_client_secret: containing({ after_unknown: true, after_sensitive: true }),
    });
  });

  test("reviews as a first apply: twelve to add, the new values listed", () => {
    const markdown = renderMarkdown(buildReview([{ stack: "ml-dashboard-auth-dev", file: "cdk.tf.json", plan }]));
    expect(markdown).toContain(
      "- **`ml-dashboard-auth-dev`**: 12 to add, 0 to change, 0 to replace, 0 to destroy, 0 no-op",
    );
    expect(markdown).toContain('| `callbacks` | `["https://mlflow.dev.example.com/callback"]` |');
    expect(markdown).toMatchSnapshot();
  });

  test("bad input names the stack and the fix", () => {
    expect(() => firstApplyPlan([], "dev")).toThrow(
      new PlanReviewError('first-apply plan of stack dev: expected the cdk.tf.json object that "cdktf synth" writes'),
    );
    expect(() => firstApplyPlan({ resource: { auth0_user: { a: 1 } } }, "dev")).toThrow(
      "resource.auth0_user.a must be an object of attributes",
    );
  });

  test("a stack with no resources plans no changes", () => {
    expect(firstApplyPlan({}, "empty").resource_changes).toEqual([]);
  });
});
