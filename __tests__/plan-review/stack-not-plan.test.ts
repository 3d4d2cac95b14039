import * as path from "node:path";
import { runCliProcess } from "./helpers";

const STACK = path.join("__tests__", "plan-review", "fixtures", "stacks", "ml-dashboard-auth-dev", "cdk.tf.json");

test("a cdk.tf.json given without --first-apply is named as a stack, with the flag that reviews it", () => {
  const run = runCliProcess([STACK]);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${STACK}: this is a synthesized stack (cdk.tf.json), not a plan`);
  expect(run.stderr).toContain(`add --first-apply (npm run plan:review -- --first-apply ${STACK})`);
  // With the flag, the same file is reviewed.
  const review = runCliProcess(["--first-apply", STACK]);
  expect([review.status, review.stderr]).toEqual([0, ""]);
  expect(review.stdout).toContain("ml-dashboard-auth-dev");
});
