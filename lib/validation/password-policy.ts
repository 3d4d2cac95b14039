/** Auth0's password strength levels, weakest first. */
export const PASSWORD_POLICIES = ["none", "low", "fair", "good", "excellent"] as const;
export type PasswordPolicy = (typeof PASSWORD_POLICIES)[number];

/** The weakest policy a dashboard's user directory may use. */
export const MIN_PASSWORD_POLICY: PasswordPolicy = "good";

export function meetsMinimumPasswordPolicy(policy: PasswordPolicy): boolean {
  return PASSWORD_POLICIES.indexOf(policy) >= PASSWORD_POLICIES.indexOf(MIN_PASSWORD_POLICY);
}
