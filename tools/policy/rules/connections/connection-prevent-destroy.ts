import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/**
 * A connection carries lifecycle.prevent_destroy: deleting it deletes every user in it (a
 * database connection's users with their passwords; a federated connection's user profiles,
 * with their app_metadata roles and linked accounts).
 */
export const connectionPreventDestroy: Rule = {
  name: "connection-prevent-destroy",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection, index) {
    // A plan does not carry lifecycle settings: plan review checks their removal instead.
    if (index.stack.source === "plan") return NOT_APPLICABLE;
    if (connection.meta.preventDestroy === true) return [];
    const lost = isDatabaseConnection(connection) ? "the users" : "its users' profiles and roles";
    return [violation(`lifecycle.prevent_destroy is off; a destroy or replace would delete ${lost}`, "lifecycle.prevent_destroy")];
  },
};
