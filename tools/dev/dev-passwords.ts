import { randomBytes } from "node:crypto";

export interface PasswordSource {
  readonly value: string;
  /** True when generated for this run (no TF_VAR_<name> was set). */
  readonly generated: boolean;
}

/**
 * Values for a stack's Terraform variables: TF_VAR_<name> when set, as `terraform apply` would
 * use it, otherwise a random password generated for this run. Generated ones meet the
 * connection's policy (length, and lower/upper/digit/special characters).
 */
export function devVariables(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  personalInfo: readonly string[] = [],
): Map<string, PasswordSource> {
  const values = new Map<string, PasswordSource>();
  for (const name of names) {
    const fromEnv = env[`TF_VAR_${name}`];
    values.set(
      name,
      fromEnv ? { value: fromEnv, generated: false } : { value: generatePassword(personalInfo), generated: true },
    );
  }
  return values;
}

/** A random password that contains none of the users' names or email parts (the connection refuses those). */
function generatePassword(personalInfo: readonly string[]): string {
  const avoid = personalInfo.map((s) => s.toLowerCase()).filter((s) => s.length >= 3);
  for (;;) {
    const candidate = `${randomBytes(12).toString("base64url")}-Ml7`;
    if (!avoid.some((part) => candidate.toLowerCase().includes(part))) return candidate;
  }
}
