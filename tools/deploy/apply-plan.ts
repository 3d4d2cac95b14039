import * as path from "node:path";
import { DeployError } from "./errors";
import { isPlaceholder } from "./placeholder-passwords";
import { runTerraform, terraformEnv } from "./terraform";

/** Exit code of `deploy apply` when Terraform refused a stale plan. */
export const STALE_PLAN_EXIT_CODE = 3;

/** The variables a saved plan was made with whose value is a plan-only placeholder. */
export function placeholderVariablesIn(planJson: unknown): string[] {
  const variables = (planJson as { variables?: Record<string, { value?: unknown }> } | null)?.variables ?? {};
  return Object.entries(variables)
    .filter(([, v]) => isPlaceholder(v?.value))
    .map(([name]) => name)
    .sort();
}

/**
 * Applies exactly the saved, reviewed plan: `terraform apply <planfile>`, never a new plan. A
 * plan made with placeholder passwords is refused before Terraform runs; a plan the state has
 * moved past is refused by Terraform, and said plainly.
 */
export async function applyPlan(stackDir: string, planFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  const tfEnv = terraformEnv(env, {});
  const plan = path.resolve(planFile);
  const show = await runTerraform(stackDir, ["show", "-json", plan], tfEnv, { quiet: true });
  if (show.status !== 0) {
    throw new DeployError(
      `${planFile}: not a plan Terraform can read in ${stackDir} (${
        show.stderr
          .trim()
          .split("\n")
          .find((l) => l.trim()) ?? "no detail"
      })`,
    );
  }
  let planJson: unknown;
  try {
    planJson = JSON.parse(show.stdout);
  } catch {
    throw new DeployError(`${planFile}: terraform show -json did not print JSON`);
  }
  const placeholders = placeholderVariablesIn(planJson);
  if (placeholders.length > 0) {
    throw new DeployError(
      `${planFile} was made with plan-only placeholder values (${placeholders.join(", ")}), as pull-request and drift plans are; it can never be applied. Apply the plan that deploy.yml's plan job makes with the real values.`,
    );
  }
  const apply = await runTerraform(stackDir, ["apply", "-input=false", "-no-color", plan], tfEnv);
  if (apply.status === 0) return;
  if (/Saved plan is stale/.test(apply.stderr + apply.stdout)) {
    throw new DeployError(
      `${planFile} is stale: the state changed after this plan was made and reviewed (another apply, or someone fixing drift), so Terraform refused it and changed nothing. Run the deploy workflow again to plan, review and approve the current change.`,
      STALE_PLAN_EXIT_CODE,
    );
  }
  throw new DeployError(`terraform apply ${planFile} failed in ${stackDir} (see above)`);
}
