import { Rule } from "../../rule";
import { violation } from "../values";

/** What an output's value refers to that is a secret: client secrets, passwords, password variables. */
const SECRET_REFERENCE = /client_secret|\.password\b|var\.[A-Za-z0-9_-]*password/;

/** Outputs that carry client secrets or passwords are sensitive, so Terraform never prints them. */
export const outputSensitive: Rule = {
  name: "output-sensitive",
  family: "outputs",
  target: { kind: "output" },
  check(output) {
    if (output.attributes.sensitive === true) return [];
    const refersToSecret =
      SECRET_REFERENCE.test(JSON.stringify(output.attributes.value ?? "")) ||
      [...output.references].some((r) => r.startsWith("auth0_client_credentials.")) ||
      /client_secret/.test(output.name);
    return refersToSecret ? [violation("carries a secret but is not marked sensitive", "sensitive")] : [];
  },
};
