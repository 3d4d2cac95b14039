import { DASHBOARD_METADATA_KEY, DASHBOARD_METADATA_VALUE } from "../../../stack-model";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { CONNECTION_CLIENT_TYPES } from "../clients/client-connection-enabled";
import { scalar, violation } from "../values";
import { isDatabaseConnection } from "./database-connections";

/**
 * Sign-up is off on a database connection that an ML dashboard logs in through: dashboard users
 * are provisioned, and anyone who signs up would get a session on the dashboard's login page.
 */
export const connectionSignupDisabled: Rule = {
  name: "connection-signup-disabled",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection"] },
  check(connection, index) {
    if (!isDatabaseConnection(connection)) return NOT_APPLICABLE;
    const enablers = index.referrers(connection.address, CONNECTION_CLIENT_TYPES);
    const dashboards = index.resources("auth0_client").filter((client) => {
      const metadata = client.values.client_metadata;
      return (
        typeof metadata === "object" &&
        metadata !== null &&
        (metadata as Record<string, unknown>)[DASHBOARD_METADATA_KEY] === DASHBOARD_METADATA_VALUE &&
        enablers.some((e) => e.references.has(client.address))
      );
    });
    if (dashboards.length === 0) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    const disabled = scalar(connection.values, "options.disable_signup", problems);
    if (problems.length === 0 && disabled !== true)
      problems.push(
        violation(
          `sign-up is enabled (options.disable_signup is not true) while dashboards log in through it: ${dashboards.map((d) => d.address).join(", ")}`,
          "options.disable_signup",
        ),
      );
    return problems;
  },
};
