import { buildReview, readPlanFile, renderJson, renderMarkdown } from "../../tools/plan-review";
import { fixture, reviewFixtures } from "./helpers";

// A plan in the shape Terraform 1.11 writes when import blocks adopt an existing tenant:
// `change.importing` on an import-only no-op and on an import that also updates.
describe("plan review of a plan that imports an existing tenant", () => {
  const review = reviewFixtures(["ml-dashboard-auth-adopted.plan.json"]);
  const stack = review.stacks[0];
  const resource = (address: string) => stack.resources.find((r) => r.address === address)!;
  const markdown = renderMarkdown(review, { maxChars: 0 });

  test("counts imports apart from creates, and an import-only change is listed", () => {
    expect(stack.counts).toMatchObject({ import: 4, add: 1, change: 2, noOp: 2, destroy: 0, replace: 0 });
    expect(resource("auth0_connection.database")).toMatchObject({ kind: "no-op", importing: true });
    expect(markdown).toContain("1 to add, 2 to change, 0 to replace, 0 to destroy, 2 no-op, 4 to import");
  });

  test("an import alone reads as an import, not as a create or an unchanged object", () => {
    expect(markdown).toContain("**`auth0_connection.database`** will be imported (no change to the existing object)");
    expect(markdown).toContain("**`auth0_user.alice`** will be imported (no change to the existing object)");
    expect(markdown).not.toMatch(/auth0_connection\.database`\*\* will be created/);
  });

  test("an import that also changes an attribute shows both the import and the change", () => {
    const client = resource("auth0_client.mlflow");
    expect(client).toMatchObject({ kind: "update", importing: true });
    expect(client.attributes.map((a) => a.path)).toEqual([
      "client_metadata.allowed_roles",
      "client_metadata.dashboard",
      "client_metadata.dashboard_key",
    ]);
    expect(markdown).toContain("**`auth0_client.mlflow`** will be imported, then updated in place");
    expect(
      (JSON.parse(renderJson(review)) as { stacks: { resources: unknown[] }[] }).stacks[0].resources,
    ).toContainEqual(expect.objectContaining({ address: "auth0_client.mlflow", kind: "update", importing: true }));
  });

  test("binding the role-claim Action where other post-login Actions run is a danger", () => {
    const dangers = review.dangers.filter((d) => d.rule === "trigger-list-taken-over");
    expect(dangers).toEqual([
      expect.objectContaining({
        address: "auth0_trigger_actions.post_login",
        category: "access",
        values: ["audit-log (11111111-2222-4333-8444-555555555555)"],
      }),
    ]);
    // The foreign binding is kept, so nothing is reported as unbound.
    expect(review.dangers.filter((d) => d.rule === "action-unbound")).toEqual([]);
    expect(review.exitCode).toBe(2);
  });

  test("an adopted binding dropped from the config is also reported as unbound", () => {
    const plan = readPlanFile(fixture("ml-dashboard-auth-adopted.plan.json"));
    const changes = plan.resource_changes!.map((rc) =>
      rc.type !== "auth0_trigger_actions"
        ? rc
        : {
            ...rc,
            change: {
              ...rc.change,
              after: {
                id: "post-login",
                trigger: "post-login",
                actions: [{ display_name: "ml-dashboard-role-claim" }],
              },
              after_unknown: { actions: [{ id: true }] },
            },
          },
    );
    const dropped = buildReview([{ stack: "adopted", file: "x.json", plan: { ...plan, resource_changes: changes } }]);
    expect(dropped.dangers.map((d) => d.rule).sort()).toEqual(["action-unbound", "trigger-list-taken-over"]);
    expect(dropped.dangers.find((d) => d.rule === "action-unbound")!.values).toEqual([
      "audit-log (11111111-2222-4333-8444-555555555555)",
    ]);
  });

  test("creating the binding list on an adopted tenant without importing it is a danger", () => {
    const plan = readPlanFile(fixture("ml-dashboard-auth-adopted.plan.json"));
    const changes = plan.resource_changes!.map((rc) =>
      rc.type !== "auth0_trigger_actions"
        ? rc
        : { ...rc, change: { ...rc.change, actions: ["create" as const], before: null, importing: undefined } },
    );
    const created = buildReview([{ stack: "adopted", file: "x.json", plan: { ...plan, resource_changes: changes } }]);
    expect(created.dangers.map((d) => d.rule)).toEqual(["trigger-list-taken-over"]);
    expect(created.dangers[0].note).toContain('loginFlow.postLogin.importId "post-login"');
    // Without any import in the plan (a new tenant), creating the list is the normal first apply.
    const fresh = changes.filter((rc) => rc.change.importing == null);
    expect(buildReview([{ stack: "new", file: "x.json", plan: { ...plan, resource_changes: fresh } }]).dangers).toEqual(
      [],
    );
  });
});
