import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/** Brute-force protection blocks an IP after repeated failed logins to one account. */
export const connectionBruteForce: Rule = {
  name: "connection-brute-force",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection) {
    if (!isDatabaseConnection(connection)) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    const on = scalar(connection.values, "options.brute_force_protection", problems);
    if (problems.length === 0 && on !== true)
      problems.push(violation("options.brute_force_protection is not on", "options.brute_force_protection"));
    return problems;
  },
};
