import { Rule } from "../../rule";
import { violation } from "../values";

/** Resource types that enable clients on a connection. */
export const CONNECTION_CLIENT_TYPES = ["auth0_connection_clients", "auth0_connection_client"] as const;

/** Every application is enabled on at least one connection, otherwise nobody can log in to it. */
export const clientConnectionEnabled: Rule = {
  name: "client-connection-enabled",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client, index) {
    const enabledBy = index.referrers(client.address, CONNECTION_CLIENT_TYPES);
    const clientId = client.values.client_id;
    const enabledById =
      typeof clientId === "string" &&
      CONNECTION_CLIENT_TYPES.some((type) =>
        index.resources(type).some((r) => JSON.stringify(r.values).includes(JSON.stringify(clientId))),
      );
    return enabledBy.length > 0 || enabledById
      ? []
      : [violation("no connection is enabled for this application, so nobody can log in to it")];
  },
};
