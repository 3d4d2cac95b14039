import { Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";

/** An Action that is not deployed keeps running its previous version (or none): the code in the stack is not what runs. */
export const actionDeployed: Rule = {
  name: "action-deployed",
  family: "login-code",
  target: { kind: "resource", types: ["auth0_action"] },
  check(action) {
    const problems: Problem[] = [];
    const deploy = scalar(action.values, "deploy", problems);
    if (problems.length === 0 && deploy !== true)
      problems.push(violation("deploy is not true, so this code never runs", "deploy"));
    return problems;
  },
};
