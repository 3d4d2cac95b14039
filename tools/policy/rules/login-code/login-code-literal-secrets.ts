import { asText } from "../../../stack-model";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { looksLikeCredential } from "../anywhere/credential-patterns";
import { shownValue, violation } from "../values";
import { CREDENTIAL_NAME, VARIABLE_REFERENCE } from "./secret-names";

/**
 * Action secrets and rule config values that are credentials come from variables, not literals:
 * a literal is in the repository, the synthesized JSON and every plan. (A literal that is neither
 * named nor shaped like a credential, such as a claim namespace URL, is configuration.)
 */
export const loginCodeLiteralSecrets: Rule = {
  name: "login-code-literal-secrets",
  family: "login-code",
  target: { kind: "resource", types: ["auth0_action", "auth0_rule_config"] },
  check(resource, index) {
    // In a plan every value is already evaluated: whether it was a literal is not recorded.
    if (index.stack.source === "plan") return NOT_APPLICABLE;
    const problems: Problem[] = [];
    const check = (name: string, value: unknown, path: string) => {
      if (typeof value !== "string" || VARIABLE_REFERENCE.test(value) || value.includes("${")) return;
      if (CREDENTIAL_NAME.test(name) || looksLikeCredential(value))
        problems.push(violation(`${path} (${shownValue(name, /^[A-Za-z_][A-Za-z0-9_]{0,63}$/)}) is a literal value (not shown); use a sensitive variable`, path));
    };
    if (resource.type === "auth0_rule_config") {
      check(asText(resource.attributes.key, resource.name), resource.attributes.value, "value");
    } else {
      const secrets = Array.isArray(resource.attributes.secrets) ? resource.attributes.secrets : [];
      secrets.forEach((secret, i) => {
        if (secret && typeof secret === "object") {
          const s = secret as Record<string, unknown>;
          check(asText(s.name, `#${i}`), s.value, `secrets[${i}].value`);
        }
      });
    }
    return problems;
  },
};
