import { LEGACY_RULE_OPT_IN } from "../../../stack-model";
import { Rule } from "../../rule";

/**
 * Auth0 Rules reached end of life on 2026-11-18; Actions replace them. An error on new stacks; a
 * warning for a Rule whose stack opted in to it (config loginFlow.legacyRule, recorded as
 * `//.legacy_rule_opt_in`).
 */
export const legacyRules: Rule = {
  name: "legacy-rules",
  family: "login-code",
  target: { kind: "resource", types: ["auth0_rule"] },
  check(rule) {
    const optIn = rule.meta.comment[LEGACY_RULE_OPT_IN];
    return [
      {
        message: "Rules reached end of life on 2026-11-18; a post-login Action covers the same logic",
        downgraded: typeof optIn === "string" && optIn.trim() ? `legacy option: ${optIn.trim()}` : undefined,
      },
    ];
  },
};
