import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { nested, violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/** The common-password dictionary and the password history are on: reused and common passwords are refused. */
export const connectionPasswordChecks: Rule = {
  name: "connection-password-checks",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection) {
    if (!isDatabaseConnection(connection)) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    for (const check of ["password_dictionary", "password_history"]) {
      if (nested(connection.values, `options.${check}`)?.enable !== true)
        problems.push(violation(`options.${check} is not enabled`, `options.${check}`, check));
    }
    return problems;
  },
};
