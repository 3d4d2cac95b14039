import { isObject } from "../../../stack-model";
import { Problem, Rule } from "../../rule";
import { violation } from "../values";
import { credentialShape } from "./credential-patterns";

/**
 * Attributes that legitimately hold long random strings in a plan: identifiers Auth0 assigns and
 * credentials Terraform reads from state.
 */
const ASSIGNED_KEYS = /(^|_)(id|ids|secret|password|hash|signing_keys|value)$/;

/**
 * No string in the stack looks like a credential: a JWT, a private key block or a long random
 * token. Such values end up in the repository and in every plan; they belong in variables.
 */
export const credentialStrings: Rule = {
  name: "credential-strings",
  family: "anywhere",
  target: { kind: "any" },
  check(element, index) {
    const problems: Problem[] = [];
    const scan = (value: unknown, path: string, key: string) => {
      if (typeof value === "string") {
        if (index.stack.source === "plan" && ASSIGNED_KEYS.test(key)) return;
        // Interpolations are references (resource addresses, variables), not written values.
        const shape = credentialShape(value.includes("${") ? value.replace(/\$\{[^}]*\}/g, " ") : value);
        // Login code is long and may hold hashes: only the unambiguous shapes count there.
        if (!shape || ((key === "code" || key === "script") && shape === "a long high-entropy token")) return;
        problems.push(violation(`${path || "value"} looks like ${shape} (not shown)`, path || undefined));
      } else if (Array.isArray(value)) value.forEach((item, i) => scan(item, `${path}[${i}]`, key));
      else if (isObject(value)) for (const [k, item] of Object.entries(value)) scan(item, path ? `${path}.${k}` : k, k);
    };
    scan(element.kind === "variable" ? { default: element.attributes.default } : element.attributes, "", "");
    return problems;
  },
};
