import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { DeployError } from "./errors";
import { runTerraform, terraformEnv } from "./terraform";

export interface PlanOptions {
  readonly stackDir: string;
  /** The saved plan file to write. */
  readonly planFile: string;
  /** Where to write `terraform show -json` of the plan, for the review. */
  readonly jsonFile?: string;
  /** TF_VAR_ entries: real values (deploy) or placeholders (pull requests, drift). */
  readonly variables: Record<string, string>;
  readonly env: NodeJS.ProcessEnv;
  /** Terraform's -detailed-exitcode: tell "no changes" from "changes" (drift checks). Default: false. */
  readonly detailedExitcode?: boolean;
}

/** What a plan found: whether it changes anything (known only with `detailedExitcode`). */
export interface PlanResult {
  readonly changes?: boolean;
}

/**
 * `terraform plan` as every workflow runs it. It never takes the state lock (`-lock=false`): plans
 * run with read-only state access, and applying a saved plan takes the lock and refuses the plan
 * if the state changed since ("Saved plan is stale"), so a plan needs no lock to be safe.
 */
export function planArguments(planFile: string, detailedExitcode = false): string[] {
  return [
    "plan",
    "-input=false",
    "-no-color",
    "-lock=false",
    ...(detailedExitcode ? ["-detailed-exitcode"] : []),
    `-out=${planFile}`,
  ];
}

/** terraform plan -detailed-exitcode: 0 no changes, 1 error, 2 changes; the deploy tool passes 2 on. */
export const PLAN_HAS_CHANGES_EXIT_CODE = 2;

/** init, plan -out, and show -json for the review. */
export async function planStack(options: PlanOptions): Promise<PlanResult> {
  const env = terraformEnv(options.env, options.variables);
  const planFile = path.resolve(options.planFile);
  const init = await runTerraform(options.stackDir, ["init", "-input=false", "-no-color"], env);
  if (init.status !== 0) throw new DeployError(`terraform init failed in ${options.stackDir} (see above)`);
  const detailed = options.detailedExitcode ?? false;
  const plan = await runTerraform(options.stackDir, planArguments(planFile, detailed), env);
  const changes = detailed && plan.status === PLAN_HAS_CHANGES_EXIT_CODE;
  if (plan.status !== 0 && !changes) throw new DeployError(`terraform plan failed in ${options.stackDir} (see above)`);
  if (options.jsonFile) {
    const show = await runTerraform(options.stackDir, ["show", "-json", planFile], env, { quiet: true });
    if (show.status !== 0)
      throw new DeployError(`terraform show -json ${planFile} failed: ${show.stderr.trim().split("\n")[0]}`);
    fs.mkdirSync(path.dirname(path.resolve(options.jsonFile)), { recursive: true });
    writeFileAtomic(options.jsonFile, show.stdout, 0o600);
  }
  return detailed ? { changes } : {};
}
