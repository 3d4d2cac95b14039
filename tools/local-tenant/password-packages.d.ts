// Types for Auth0's password-strength packages, which ship none: only what the local tenant uses.
declare module "password-sheriff" {
  /** One rule, as explain() and missing() describe it; message is a printf format filled from `format`. */
  export interface PasswordRuleResult {
    readonly message: string;
    readonly format?: readonly (string | number)[];
    readonly code: string;
    readonly verified?: boolean;
    readonly items?: readonly PasswordRuleResult[];
  }
  export class PasswordPolicy {
    constructor(rules: Record<string, unknown>);
    check(password: string): boolean;
    missing(password: string): { readonly rules: readonly PasswordRuleResult[]; readonly verified: boolean };
    explain(): PasswordRuleResult[];
  }
}

declare module "auth0-password-policies" {
  type Rules = Record<string, unknown>;
  /** Auth0's named password policies as password-sheriff rules, plus the mapping of password_options. */
  const policies: {
    readonly none: Rules;
    readonly low: Rules;
    readonly fair: Rules;
    readonly good: Rules;
    readonly excellent: Rules;
    createRulesFromOptions(complexity: Record<string, unknown>): Rules;
  };
  export = policies;
}
