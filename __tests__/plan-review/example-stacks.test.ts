import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { stackNameOf } from "../../lib/stack-name";
import { buildReview, firstApplyPlan, renderMarkdown } from "../../tools/plan-review";
import { EXAMPLE_ENVIRONMENTS, exampleEnvironment, loginCode, terraformJson } from "../helpers";
import { objectAt } from "../json";

// The real-sized case: a first apply of this project's own example stacks, straight from synth.
describe.each(EXAMPLE_ENVIRONMENTS)("first apply of the %s example stack", (env) => {
  const stackName = stackNameOf(env);
  const cdkTfJson = terraformJson(
    new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment(env), loginCode }),
  );
  const resources = objectAt(cdkTfJson, "resource");
  const resourceCount = Object.keys(resources).reduce(
    (n, type) => n + Object.keys(objectAt(resources, type)).length,
    0,
  );
  const review = buildReview([
    { stack: stackName, file: `${stackName}.plan.json`, plan: firstApplyPlan(cdkTfJson, stackName) },
  ]);

  test("every resource of cdk.tf.json is created and reviewed", () => {
    expect(resourceCount).toBeGreaterThan(5);
    expect(review.stacks[0].counts).toEqual(
      expect.objectContaining({ add: resourceCount, change: 0, replace: 0, destroy: 0 }),
    );
    expect(review.stacks[0].resources).toHaveLength(resourceCount);
  });

  test("creating the examples as configured is not dangerous", () => {
    expect(review.dangers).toEqual([]);
  });

  test("the Markdown review lists every resource and fits in one pull-request comment", () => {
    const markdown = renderMarkdown(review);
    for (const type of Object.keys(resources)) {
      for (const name of Object.keys(objectAt(resources, type))) expect(markdown).toContain(`${type}.${name}`);
    }
    expect(markdown.length).toBeLessThan(65536);
  });
});
