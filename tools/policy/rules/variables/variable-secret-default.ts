import { NOT_APPLICABLE, Rule } from "../../rule";
import { CREDENTIAL_NAME } from "../login-code/secret-names";
import { violation } from "../values";

/**
 * A sensitive variable (or one named like a credential) has no default: a default is a literal
 * in the stack, so the "secret" is in the repository and used whenever nobody sets the variable.
 */
export const variableSecretDefault: Rule = {
  name: "variable-secret-default",
  family: "variables",
  target: { kind: "variable" },
  check(variable) {
    const secret = variable.attributes.sensitive === true || CREDENTIAL_NAME.test(variable.name);
    if (!secret) return NOT_APPLICABLE;
    const value = variable.attributes.default;
    if (value === undefined || value === null || value === "") return [];
    return [
      violation(
        `${variable.attributes.sensitive === true ? "sensitive variable" : "variable named like a credential"} ${variable.name} has a default (not shown); remove it and set TF_VAR_${variable.name} at plan and apply time`,
        "default",
      ),
    ];
  },
};
