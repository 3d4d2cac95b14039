import * as path from "node:path";

/** File names that say nothing about the stack, so the folder name is used instead. */
const GENERIC_NAMES = new Set(["", "plan", "tfplan", "terraform", "cdk.tf"]);

/**
 * The stack a plan file belongs to, from its name: `ml-dashboard-auth-dev.plan.json` and
 * `ml-dashboard-auth-dev.json` give `ml-dashboard-auth-dev`; a generic name such as
 * `plan.json` gives the folder's name (`cdktf.out/stacks/ml-dashboard-auth-dev/plan.json`).
 */
export function stackNameFromFile(file: string): string {
  const base = path
    .basename(file)
    .replace(/\.json$/i, "")
    .replace(/[._-](tf)?plan$/i, "");
  if (!GENERIC_NAMES.has(base.toLowerCase())) return base;
  const folder = path.basename(path.dirname(path.resolve(file)));
  return folder === "" ? base || "plan" : folder;
}
