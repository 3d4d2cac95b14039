import { isObject } from "../../../stack-model";
import { Problem, Rule } from "../../rule";
import { violation } from "../values";
import { credentialShape, SHORTEST_CREDENTIAL } from "./credential-patterns";

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
    // The path to the value being scanned: keys, and list positions as numbers. It is written out
    // only for a finding; every string of every resource is scanned.
    const path: Array<string | number> = [];
    const pathText = () =>
      path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
    const scan = (value: unknown, key: string) => {
      if (typeof value === "string") {
        // Most strings are too short for any credential: no need to take out their interpolations.
        if (value.length < SHORTEST_CREDENTIAL) return;
        if (index.stack.source === "plan" && ASSIGNED_KEYS.test(key)) return;
        // Interpolations are references (resource addresses, variables), not written values.
        const shape = credentialShape(value.includes("${") ? value.replace(/\$\{[^}]*\}/g, " ") : value);
        // Login code is long and may hold hashes: only the unambiguous shapes count there.
        if (!shape || ((key === "code" || key === "script") && shape === "a long high-entropy token")) return;
        const where = pathText();
        problems.push(violation(`${where || "value"} looks like ${shape} (not shown)`, where || undefined));
      } else if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          scan(value[i], key);
          path.pop();
        }
      else if (isObject(value))
        for (const k of Object.keys(value)) {
          path.push(k);
          scan(value[k], k);
          path.pop();
        }
    };
    scan(element.kind === "variable" ? { default: element.attributes.default } : element.attributes, "");
    return problems;
  },
};
