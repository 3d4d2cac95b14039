import { Change, changeKind, TerraformPlan } from "./plan-model";
import { placeholderOnlyPaths } from "./placeholder-changes";

/**
 * Whether a drift plan (made with plan-only placeholders) shows a real difference between the
 * tenant and main: any resource or output change, or import, except an update made only of
 * placeholder values (a federated connection's upstream client secret: its real value is in the
 * state, and the deploy plan, made with it, shows no change). Exit code 2 as
 * `terraform plan -detailed-exitcode` would give it, 0 otherwise.
 */
export function driftStatus(plan: TerraformPlan): 0 | 2 {
  const changed = (c: Change) => {
    const kind = changeKind(c.actions);
    if (c.importing != null) return true;
    if (kind === "no-op" || kind === "read") return false;
    return !(kind === "update" && placeholderOnlyPaths(c.before, c.after) !== undefined);
  };
  const drift =
    (plan.resource_changes ?? []).some((rc) => changed(rc.change)) ||
    Object.values(plan.output_changes ?? {}).some(changed);
  return drift ? 2 : 0;
}
