import {
  MIN_PASSWORD_POLICY,
  meetsMinimumPasswordPolicy,
  PasswordPolicy,
  PASSWORD_POLICIES,
} from "../../../../lib/validation/password-policy";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, shownValue, violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/** The password strength policy is at least "good". */
export const connectionPasswordPolicy: Rule = {
  name: "connection-password-policy",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection) {
    if (!isDatabaseConnection(connection)) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    const policy = scalar(connection.values, "options.password_policy", problems);
    if (problems.length > 0) return problems;
    const known = typeof policy === "string" && (PASSWORD_POLICIES as readonly string[]).includes(policy);
    if (!known || !meetsMinimumPasswordPolicy(policy as PasswordPolicy))
      problems.push(
        violation(
          `options.password_policy is ${shownValue(policy, new Set(PASSWORD_POLICIES))}; expected "${MIN_PASSWORD_POLICY}" or stronger`,
          "options.password_policy",
        ),
      );
    return problems;
  },
};
