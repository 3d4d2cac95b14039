import { Rule } from "../../rule";
import { violation } from "../values";

/** Resource types that bind Actions to a trigger. */
const BINDING_TYPES = ["auth0_trigger_actions", "auth0_trigger_action"];

/** An Action bound to no trigger never runs: whatever it enforces is not enforced. */
export const actionBound: Rule = {
  name: "action-bound",
  family: "login-code",
  target: { kind: "resource", types: ["auth0_action"] },
  check(action, index) {
    const bound = index.referrers(action.address, BINDING_TYPES).length > 0;
    const id = action.values.id;
    const boundById =
      typeof id === "string" &&
      BINDING_TYPES.some((type) =>
        index.resources(type).some((e) => JSON.stringify(e.values).includes(JSON.stringify(id))),
      );
    return bound || boundById ? [] : [violation("no auth0_trigger_actions or auth0_trigger_action binds this Action")];
  },
};
