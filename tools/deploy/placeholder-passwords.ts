import { randomBytes } from "node:crypto";

/**
 * Plan-only placeholder values for secret Terraform variables (users' initial passwords).
 *
 * Pull-request and drift plans run code from the pull request, so they must never hold real
 * passwords. Terraform still needs a value for every non-nullable variable to plan, and
 * `ignore_changes = [password]` makes the value irrelevant to an existing user, so those plans
 * get a placeholder instead. Every placeholder starts with this prefix, which `deploy apply`
 * refuses to apply, so a placeholder can never reach a tenant.
 */
export const PLACEHOLDER_PREFIX = "plan-only-placeholder-never-applied-";

/** A fresh placeholder: the prefix and 32 random hex characters (long enough for any length check). */
export function placeholderPassword(): string {
  return PLACEHOLDER_PREFIX + randomBytes(16).toString("hex");
}

export function isPlaceholder(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(PLACEHOLDER_PREFIX);
}
