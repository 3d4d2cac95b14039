import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";

/** Users carry lifecycle.prevent_destroy: a destroy or replace deletes the account and its history. */
export const userPreventDestroy: Rule = {
  name: "user-prevent-destroy",
  family: "users",
  target: { kind: "resource", types: ["auth0_user"] },
  check(user, index) {
    // A plan does not carry lifecycle settings: plan review checks their removal instead.
    if (index.stack.source === "plan") return NOT_APPLICABLE;
    return user.meta.preventDestroy === true
      ? []
      : [violation("lifecycle.prevent_destroy is off; a destroy or replace would delete the user", "lifecycle.prevent_destroy")];
  },
};
