import { Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";

/** Longest accepted lifetimes: an ID token for a day, a refresh token for a year, 30 days idle (the config's own ceilings). */
export const MAX_ID_TOKEN_LIFETIME_SECONDS = 86_400;
export const MAX_REFRESH_TOKEN_LIFETIME_SECONDS = 31_557_600;
export const MAX_REFRESH_TOKEN_IDLE_SECONDS = 2_592_000;

/** Tokens expire, and not after months: a stolen token is useful only briefly. */
export const clientTokenLifetimes: Rule = {
  name: "client-token-lifetimes",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const over = (path: string, limit: number) => {
      const value = scalar(client.values, path, problems);
      if (typeof value === "number" && value > limit)
        problems.push(violation(`${path} is ${value} s, longer than ${limit} s`, path));
    };
    over("jwt_configuration.lifetime_in_seconds", MAX_ID_TOKEN_LIFETIME_SECONDS);
    over("refresh_token.token_lifetime", MAX_REFRESH_TOKEN_LIFETIME_SECONDS);
    over("refresh_token.idle_token_lifetime", MAX_REFRESH_TOKEN_IDLE_SECONDS);
    for (const flag of ["refresh_token.infinite_token_lifetime", "refresh_token.infinite_idle_token_lifetime"]) {
      if (scalar(client.values, flag, problems) === true)
        problems.push(violation(`${flag} is true: refresh tokens never expire`, flag));
    }
    const expiration = scalar(client.values, "refresh_token.expiration_type", problems);
    if (expiration === "non-expiring")
      problems.push(violation('refresh_token.expiration_type is "non-expiring"', "refresh_token.expiration_type"));
    return problems;
  },
};
