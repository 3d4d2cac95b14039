import { Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";

/** Cross-origin authentication lets pages on other origins send passwords to the tenant directly. */
export const clientCrossOriginAuth: Rule = {
  name: "client-cross-origin-auth",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    if (scalar(client.values, "cross_origin_auth", problems) === true)
      problems.push(violation("cross_origin_auth is true", "cross_origin_auth"));
    return problems;
  },
};
