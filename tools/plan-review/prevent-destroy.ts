import { Danger } from "./danger-model";
import { PREVENT_DESTROY_REMOVED_WHY } from "./danger-catalog";
import { PlanReviewError } from "./errors";
// The module itself, not the stack model's index: the index also brings the file readers and their JSON
// error-position parser, which plan-review never uses, into the command's start-up.
import { synthesizedStack } from "../stack-model/synthesized";
import { isObject } from "./plan-model";

/**
 * `lifecycle.prevent_destroy` is not in Terraform's JSON plan, so removing it is invisible
 * there. It is in the synthesized stack (`cdk.tf.json`, `resource.<type>.<name>.lifecycle`):
 * comparing the base branch's stack with the pull request's finds the removals.
 */

/** The managed resources of one synthesized stack, by address, and whether each is protected. */
export type StackResources = ReadonlyMap<string, { readonly preventDestroy: boolean }>;

const CONFIG_HINT = 'pass the cdk.tf.json that "cdktf synth" wrote for the stack';

/** Reads the `resource` section of a cdk.tf.json (or any Terraform JSON configuration). */
export function stackResources(config: unknown, file: string): StackResources {
  if (!isObject(config)) throw new PlanReviewError(`${file}: expected a JSON object; ${CONFIG_HINT}`);
  const section = config.resource ?? {};
  if (!isObject(section))
    throw new PlanReviewError(`${file}: "resource" must be an object of resource types; ${CONFIG_HINT}`);
  for (const [type, byName] of Object.entries(section)) {
    if (!isObject(byName))
      throw new PlanReviewError(`${file}: resource.${type} must be an object of resources by name; ${CONFIG_HINT}`);
  }
  // Read through the shared stack model (lifecycle.prevent_destroy is its meta.preventDestroy).
  return new Map(
    synthesizedStack(config, file, file)
      .elements.filter((e) => e.kind === "resource")
      .map((e) => [e.address, { preventDestroy: e.meta.preventDestroy === true }]),
  );
}

/** A danger for every resource protected in `base` that `head` no longer protects. */
export function preventDestroyRemovals(stack: string, base: StackResources, head: StackResources): Danger[] {
  const dangers: Danger[] = [];
  for (const [address, resource] of base) {
    if (!resource.preventDestroy) continue;
    const now = head.get(address);
    if (now?.preventDestroy) continue;
    dangers.push({
      stack,
      address,
      rule: "prevent-destroy-removed",
      category: "protection",
      title: now === undefined ? "prevent_destroy removed with the resource" : "prevent_destroy removed",
      why:
        now === undefined
          ? "The resource block is gone, so nothing stops Terraform from destroying it."
          : PREVENT_DESTROY_REMOVED_WHY,
    });
  }
  return dangers;
}
