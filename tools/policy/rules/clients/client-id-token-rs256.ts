import { Problem, Rule } from "../../rule";
import { scalar, shownValue, violation } from "../values";

/** ID tokens are signed with RS256 (asymmetric), so verifying them needs no shared secret. */
export const clientIdTokenRs256: Rule = {
  name: "client-id-token-rs256",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const alg = scalar(client.values, "jwt_configuration.alg", problems);
    if (problems.length === 0 && alg !== "RS256")
      problems.push(
        violation(`ID tokens are signed with ${alg === undefined ? "the tenant default" : shownValue(alg, /^(HS|RS|PS|ES)\d{3}$/)}, not RS256`, "jwt_configuration.alg"),
      );
    return problems;
  },
};
