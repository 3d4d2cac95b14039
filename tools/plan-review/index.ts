/** plan-review's API, for tests and scripts; the command line is cli.ts. */
export { buildReview } from "./build-review";
export type { PlanInput, ReviewOptions } from "./build-review";
export type { Danger, DangerCategory, DangerRule } from "./danger-model";
export { PlanReviewError } from "./errors";
export { firstApplyPlan } from "./first-apply-plan";
export { renderJson, JSON_SCHEMA_ID } from "./json-format";
export { renderMarkdown, REVIEW_MARKER, DEFAULT_MAX_CHARS } from "./markdown";
export { readPlanFile } from "./plan-file";
export { parsePlan } from "./plan-model";
export type { TerraformPlan, ResourceChange, Change } from "./plan-model";
export type { Review, StackReview, ResourceReview } from "./review-model";
export { runCli } from "./run-cli";
