import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";

/**
 * auth0_connection_clients (the whole list) and auth0_connection_client (one entry) for the same
 * connection overwrite each other on every apply: which clients are enabled then flip-flops.
 */
export const connectionClientsConflict: Rule = {
  name: "connection-clients-conflict",
  family: "connections",
  target: { kind: "resource", types: ["auth0_connection_clients"] },
  check(list, index) {
    const connections = [...list.references].filter((a) => a.startsWith("auth0_connection."));
    const connectionId = list.values.connection_id;
    const singles = index.resources("auth0_connection_client").filter(
      (single) =>
        connections.some((c) => single.references.has(c)) ||
        (typeof connectionId === "string" && single.values.connection_id === connectionId),
    );
    if (connections.length === 0 && typeof connectionId !== "string") return NOT_APPLICABLE;
    return singles.map((single) =>
      violation(`${single.address} also manages clients of this connection; the two overwrite each other`, undefined, single.address),
    );
  },
};
