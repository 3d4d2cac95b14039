import { format } from "node:util";
import auth0PasswordPolicies from "auth0-password-policies";
import { PasswordPolicy as PasswordSheriff, PasswordRuleResult } from "password-sheriff";
import { PasswordPolicy } from "../../lib/validation/password-policy";

/**
 * Auth0's database connection password rules, checked against the passwords users are created
 * with: Auth0 refuses to create a user whose password breaks them (PasswordStrengthError), so
 * the local tenant refuses to start with one. The strength rules are Auth0's own
 * (auth0-password-policies on password-sheriff, what Auth0's login widgets use); the personal-info
 * rule is checked here, and the dictionary check (password_dictionary) needs Auth0's word list and
 * is not emulated.
 */
export interface PasswordRules {
  readonly policy: PasswordPolicy;
  /** password_complexity_options.min_length, when set. */
  readonly minLength?: number;
  /** password_no_personal_info.enable */
  readonly noPersonalInfo: boolean;
}

const PERSONAL_INFO_RULE = "no part of the user's name, nickname, username or email";

function strengthRules(rules: PasswordRules): PasswordSheriff {
  const named = auth0PasswordPolicies[rules.policy];
  return new PasswordSheriff(
    rules.minLength === undefined ? named : { ...named, length: { minLength: rules.minLength } },
  );
}

/** A rule in Auth0's words, e.g. "At least 8 characters in length" (with its items, if any). */
function ruleText(rule: PasswordRuleResult): string {
  const text = format(rule.message, ...(rule.format ?? []));
  return rule.items ? `${text} ${rule.items.map(ruleText).join(", ")}` : text;
}

/** Describes the rules in words, for messages (never includes the password). */
export function describeRules(rules: PasswordRules): string {
  const parts = strengthRules(rules).explain().map(ruleText);
  if (rules.noPersonalInfo) parts.push(PERSONAL_INFO_RULE);
  return `password_policy "${rules.policy}": ${parts.join("; ")}`;
}

/** The first rule the password breaks, in words; undefined when it meets them all. */
export function passwordProblem(
  password: string,
  rules: PasswordRules,
  personal: readonly (string | undefined)[],
): string | undefined {
  const broken = strengthRules(rules)
    .missing(password)
    .rules.find((rule) => rule.verified === false);
  if (broken) return `it does not meet "${ruleText(broken)}"`;
  if (rules.noPersonalInfo) {
    const lower = password.toLowerCase();
    for (const item of personal) {
      if (item && item.length >= 3 && lower.includes(item.toLowerCase())) return `it breaks "${PERSONAL_INFO_RULE}"`;
    }
  }
  return undefined;
}
