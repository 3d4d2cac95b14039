import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, stringList, violation } from "../values";

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
      problems.push(violation(`refresh_token.rotation_type is ${JSON.stringify(rotation ?? null)}, not "rotating"`, "refresh_token.rotation_type"));
    if (expiration !== "expiring")
      problems.push(violation(`refresh_token.expiration_type is ${JSON.stringify(expiration ?? null)}, not "expiring"`, "refresh_token.expiration_type"));
    return problems;
  },
};
