import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, shownValue, stringList, violation } from "../values";

/** Values Auth0 takes for refresh_token.rotation_type and expiration_type. */
const TOKEN_TYPES: ReadonlySet<string> = new Set(["rotating", "non-rotating", "expiring", "non-expiring"]);

/** Refresh tokens, when granted, rotate and expire: a leaked one stops working. */
export const clientRefreshTokenRotation: Rule = {
  name: "client-refresh-token-rotation",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const grants = stringList(client.values, "grant_types", problems).map((g) => g.value);
    if (!grants.includes("refresh_token")) return problems.length > 0 ? problems : NOT_APPLICABLE;
    const rotation = scalar(client.values, "refresh_token.rotation_type", problems);
    const expiration = scalar(client.values, "refresh_token.expiration_type", problems);
    if (problems.length > 0) return problems;
    if (rotation !== "rotating")
      problems.push(violation(`refresh_token.rotation_type is ${shownValue(rotation, TOKEN_TYPES)}, not "rotating"`, "refresh_token.rotation_type"));
    if (expiration !== "expiring")
      problems.push(violation(`refresh_token.expiration_type is ${shownValue(expiration, TOKEN_TYPES)}, not "expiring"`, "refresh_token.expiration_type"));
    return problems;
  },
};
