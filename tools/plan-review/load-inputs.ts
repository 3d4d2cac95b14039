import * as path from "node:path";
import { PlanInput } from "./build-review";
import { ConfigArg } from "./cli-args";
import { PlanReviewError } from "./errors";
import { firstApplyPlan } from "./first-apply-plan";
import { readJsonFile, readPlanFile } from "./plan-file";
import { parsePlan } from "./plan-model";
import { StackResources, stackResources } from "./prevent-destroy";
import { stackNameFromFile } from "./stack-name";

export interface LoadOptions {
  readonly files: readonly string[];
  readonly stackNames: ReadonlyMap<string, string>;
  readonly configs: readonly ConfigArg[];
  readonly baseConfigs: readonly ConfigArg[];
  /** The files are synthesized stacks (cdk.tf.json), reviewed as their first apply. */
  readonly firstApply: boolean;
}

const CDK_TF_HINT = 'pass the cdk.tf.json that "cdktf synth" wrote (cdktf.out/stacks/<stack>/cdk.tf.json)';

/** Reads every plan (or stack) named on the command line, with its stack name and configs. */
export function loadInputs(options: LoadOptions): PlanInput[] {
  const inputs = options.files.map((file) => {
    const stack = options.stackNames.get(file) ?? stackNameFromFile(file);
    const plan = options.firstApply
      ? parsePlan(firstApplyPlan(readJsonFile(file, "stack", CDK_TF_HINT), stack), file)
      : readPlanFile(file);
    return { stack, file, plan };
  });
  for (const file of options.stackNames.keys()) {
    if (!options.files.includes(file))
      throw new PlanReviewError(`--stack-name names ${file}, which is not one of the plan files given`);
  }
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.stack);
    if (other !== undefined) {
      throw new PlanReviewError(
        `${other} and ${input.file} both get stack name ${input.stack}; name them with --stack-name FILE=NAME`,
      );
    }
    seen.set(input.stack, input.file);
  }
  if (options.configs.length === 0) return inputs;

  const stacks = inputs.map((i) => i.stack);
  const head = configsByStack(options.configs, stacks, "--config");
  const base = configsByStack(options.baseConfigs, stacks, "--base-config");
  for (const stack of new Set([...head.keys(), ...base.keys()])) {
    if (!head.has(stack))
      throw new PlanReviewError(
        `--base-config is given for stack ${stack} but --config is not; pass both to compare prevent_destroy`,
      );
    if (!base.has(stack))
      throw new PlanReviewError(
        `--config is given for stack ${stack} but --base-config is not; pass both to compare prevent_destroy`,
      );
  }
  return inputs.map((input) => {
    const headConfig = head.get(input.stack);
    const baseConfig = base.get(input.stack);
    return headConfig && baseConfig ? { ...input, config: { head: headConfig, base: baseConfig } } : input;
  });
}

/**
 * Assigns each config file to a stack: named (`STACK=FILE`), else the folder cdktf writes it
 * in (`cdktf.out/stacks/<stack>/cdk.tf.json`), else the only stack under review.
 */
function configsByStack(
  args: readonly ConfigArg[],
  stacks: readonly string[],
  option: string,
): Map<string, StackResources> {
  const byStack = new Map<string, StackResources>();
  for (const arg of args) {
    const folder = path.basename(path.dirname(path.resolve(arg.file)));
    const stack = arg.stack ?? (stacks.includes(folder) ? folder : stacks.length === 1 ? stacks[0] : undefined);
    if (stack === undefined || !stacks.includes(stack)) {
      throw new PlanReviewError(
        `${option} ${arg.file}: cannot tell which stack it belongs to (stacks: ${stacks.join(", ")}); write ${option} <stack>=${arg.file}`,
      );
    }
    if (byStack.has(stack))
      throw new PlanReviewError(`${option} is given twice for stack ${stack}; give one file per stack`);
    byStack.set(stack, stackResources(readJsonFile(arg.file, "stack configuration", CDK_TF_HINT), arg.file));
  }
  return byStack;
}
