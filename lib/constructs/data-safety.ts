import { TerraformResource } from "../terraform-cdk";
import { PREVENT_DESTROY_OFF_REASON } from "../../tools/stack-model/keys";

/**
 * Whether Terraform may destroy a resource that holds users. Turning protection off takes a
 * reason, which is recorded in the synthesized JSON (as a `//` comment, which Terraform
 * ignores) so that policy checks and reviewers see it next to the resource.
 */
export type DataSafety =
  { readonly preventDestroy: true } | { readonly preventDestroy: false; readonly reason: string };

export const PROTECTED: DataSafety = { preventDestroy: true };

export function validateDataSafety(where: string, safety: DataSafety): void {
  if (!safety.preventDestroy && !(safety.reason ?? "").trim()) {
    throw new Error(
      `${where}: dataSafety.preventDestroy is false without a reason; say why this environment may lose its users`,
    );
  }
}

/** Sets `lifecycle.prevent_destroy` (and records the reason when it is off). */
export function applyDataSafety(resource: TerraformResource, safety: DataSafety): void {
  resource.addOverride("lifecycle.prevent_destroy", safety.preventDestroy);
  if (!safety.preventDestroy) resource.addOverride(`//.${PREVENT_DESTROY_OFF_REASON}`, safety.reason.trim());
}
