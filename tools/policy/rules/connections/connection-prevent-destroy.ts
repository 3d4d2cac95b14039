import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/** A database connection carries lifecycle.prevent_destroy: deleting it deletes every user in it. */
export const connectionPreventDestroy: Rule = {
  name: "connection-prevent-destroy",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection, index) {
    if (!isDatabaseConnection(connection)) return NOT_APPLICABLE;
    // A plan does not carry lifecycle settings: plan review checks their removal instead.
    if (index.stack.source === "plan") return NOT_APPLICABLE;
    return connection.meta.preventDestroy === true
      ? []
      : [violation("lifecycle.prevent_destroy is off; a destroy or replace would delete the users", "lifecycle.prevent_destroy")];
  },
};
