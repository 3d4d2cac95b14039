import { z } from "zod";
import { MIN_REASON_LENGTH } from "../validation/grant-types";

/**
 * Config `policy`: accepted findings of the policy packs, each with a reason a reviewer can
 * judge. Synth records them next to the resource; one that matches no finding is an error.
 */
export const policySchema = z.strictObject({
  suppressions: z
    .array(
      z.strictObject({
        /** Rule id, as `npm run policy -- --list` prints it. */
        rule: z
          .string()
          .regex(/^[a-z0-9-]+$/, { error: "expected a rule id such as client-grant-types (npm run policy -- --list)" }),
        /** Terraform address of the resource, e.g. auth0_client.mlflow. */
        address: z.string().regex(/^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/, {
          error: "expected a Terraform resource address such as auth0_client.mlflow",
        }),
        reason: z
          .string()
          .trim()
          .min(MIN_REASON_LENGTH, {
            error: `expected a reason of at least ${MIN_REASON_LENGTH} characters that a reviewer can judge`,
          }),
      }),
    )
    .default([]),
});
