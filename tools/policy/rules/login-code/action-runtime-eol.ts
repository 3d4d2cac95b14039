import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";

/** Action runtimes at or past end of life in Auth0 (no more security fixes). */
export const END_OF_LIFE_ACTION_RUNTIMES: ReadonlySet<string> = new Set(["node12", "node16", "node18"]);

/** Actions run on a supported Node.js runtime. */
export const actionRuntimeEol: Rule = {
  name: "action-runtime-eol",
  family: "login-code",
  target: { kind: "resource", types: ["auth0_action"] },
  check(action) {
    const problems: Problem[] = [];
    const runtime = scalar(action.values, "runtime", problems);
    if (problems.length > 0) return problems;
    if (typeof runtime !== "string") return NOT_APPLICABLE;
    if (END_OF_LIFE_ACTION_RUNTIMES.has(runtime))
      problems.push(violation(`runtime ${runtime} is at or past end of life`, "runtime", runtime));
    return problems;
  },
};
