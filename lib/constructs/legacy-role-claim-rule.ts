import { Annotations } from "../terraform-cdk";
import { Construct } from "constructs";
import { Rule } from "../../.gen/providers/auth0/rule";
import { RuleConfigA } from "../../.gen/providers/auth0/rule-config";
import { CLAIM_NAMESPACE_SECRET } from "./role-claim-action";
import { terraformLiteral } from "../terraform-literal";
import { LEGACY_RULE_OPT_IN } from "../../tools/stack-model/keys";

export interface LegacyRoleClaimRuleProps {
  /** Source of the rule (`function (user, context, callback) { ... }`), deployed verbatim. */
  readonly code: string;
  /** Namespace of the roles claim; reaches the rule as `configuration.CLAIM_NAMESPACE`. */
  readonly claimNamespace: string;
  /**
   * Rule name in the tenant.
   * @default "ml-dashboard-role-claim"
   */
  readonly name?: string;
}

/**
 * The reference setup's Rule, for tenants that still run Rules. Rules reached end of life on
 * 2026-11-18; the post-login Action does the same job and is always deployed alongside.
 */
export class LegacyRoleClaimRule extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: LegacyRoleClaimRuleProps) {
    super(scope, id);
    if (
      !/^\s*(\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*function\s*[\w$]*\s*\(\s*user\s*,\s*context\s*,\s*callback\s*\)/.test(
        props.code,
      )
    ) {
      throw new Error(
        `LegacyRoleClaimRule ${this.node.path}: the code must be a single function (user, context, callback) { ... }, as Auth0 Rules expect`,
      );
    }
    const config = new RuleConfigA(this, "ClaimNamespace", {
      key: CLAIM_NAMESPACE_SECRET,
      value: terraformLiteral(props.claimNamespace),
    });
    config.overrideLogicalId("claim_namespace");
    this.rule = new Rule(this, "Rule", {
      name: props.name ?? "ml-dashboard-role-claim",
      // Deployed verbatim: JavaScript such as `${x}` must not be read as Terraform interpolation.
      script: terraformLiteral(props.code),
      enabled: true,
      dependsOn: [config],
    });
    this.rule.overrideLogicalId("role_claim");
    // Policy rule legacy-rules is an error on new stacks and a warning where the stack opts in.
    this.rule.addOverride(`//.${LEGACY_RULE_OPT_IN}`, "the legacy Rule is deployed on purpose (loginFlow.legacyRule)");
    Annotations.of(this).addWarning(
      "legacyRule is on: Auth0 Rules reached end of life on 2026-11-18 and tenants created after 2023-10-16 never had them. " +
        "The post-login Action already sets the same claim; remove legacyRule once no tenant needs the Rule.",
    );
  }
}
