import { Problem, Rule } from "../../rule";
import { scalar, shownValue, violation } from "../values";

/** OIDC-conformant applications get the standard token and consent behaviour, not the legacy one. */
export const clientOidcConformant: Rule = {
  name: "client-oidc-conformant",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const value = scalar(client.values, "oidc_conformant", problems);
    if (problems.length === 0 && value !== true)
      problems.push(violation(`oidc_conformant is ${shownValue(value)}, not true`, "oidc_conformant"));
    return problems;
  },
};
