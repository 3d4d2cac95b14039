/**
 * Auth0's database connection password rules, checked against the passwords users are created
 * with: Auth0 refuses to create a user whose password breaks them (PasswordStrengthError), so
 * the local tenant refuses to start with one. The dictionary check (password_dictionary) needs
 * Auth0's word list and is not emulated.
 */
export interface PasswordRules {
  /** none, low, fair, good or excellent. */
  readonly policy: string;
  /** password_complexity_options.min_length, when set. */
  readonly minLength?: number;
  /** password_no_personal_info.enable */
  readonly noPersonalInfo: boolean;
}

export const PASSWORD_POLICY_NAMES = ["none", "low", "fair", "good", "excellent"] as const;

const POLICY_LENGTH: Record<string, number> = { none: 1, low: 6, fair: 8, good: 8, excellent: 10 };

function classes(password: string) {
  return {
    lower: /[a-z]/.test(password),
    upper: /[A-Z]/.test(password),
    digit: /[0-9]/.test(password),
    special: /[^A-Za-z0-9]/.test(password),
  };
}

/** Describes the rules in words, for messages (never includes the password). */
export function describeRules(rules: PasswordRules): string {
  const length = rules.minLength ?? POLICY_LENGTH[rules.policy] ?? 1;
  const parts = [`at least ${length} characters`];
  if (rules.policy === "fair") parts.push("lower case, upper case and digits");
  if (rules.policy === "good" || rules.policy === "excellent")
    parts.push("3 of lower case, upper case, digits, special characters");
  if (rules.policy === "excellent") parts.push("no more than 2 identical characters in a row");
  if (rules.noPersonalInfo) parts.push("no part of the user's name, nickname, username or email");
  return `password_policy "${rules.policy}": ${parts.join("; ")}`;
}

/** The first rule the password breaks, in words; undefined when it meets them all. */
export function passwordProblem(
  password: string,
  rules: PasswordRules,
  personal: readonly (string | undefined)[],
): string | undefined {
  const length = rules.minLength ?? POLICY_LENGTH[rules.policy] ?? 1;
  if ([...password].length < length) return `it is shorter than ${length} characters`;
  const c = classes(password);
  if (rules.policy === "fair" && !(c.lower && c.upper && c.digit)) return "it needs lower case, upper case and digits";
  if (
    (rules.policy === "good" || rules.policy === "excellent") &&
    [c.lower, c.upper, c.digit, c.special].filter(Boolean).length < 3
  ) {
    return "it needs 3 of: lower case, upper case, digits, special characters";
  }
  if (rules.policy === "excellent" && /(.)\1\1/u.test(password))
    return "it has more than 2 identical characters in a row";
  if (rules.noPersonalInfo) {
    const lower = password.toLowerCase();
    for (const item of personal) {
      if (item && item.length >= 3 && lower.includes(item.toLowerCase()))
        return "it contains part of the user's name, nickname, username or email";
    }
  }
  return undefined;
}
