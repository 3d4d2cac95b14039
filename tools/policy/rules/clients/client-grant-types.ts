import { DEFAULT_GRANT_TYPES, OPT_IN_GRANT_TYPES } from "../../../../lib/validation/grant-types";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { stringList, violation } from "../values";
import { isWebClient } from "./web-clients";

const DEFAULTS: ReadonlySet<string> = new Set(DEFAULT_GRANT_TYPES);

/** Web applications use the authorization code flow (and refresh tokens); every other grant is a finding. */
export const clientGrantTypes: Rule = {
  name: "client-grant-types",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    if (!isWebClient(client)) return NOT_APPLICABLE;
    const problems: Problem[] = [];
    for (const { value, path } of stringList(client.values, "grant_types", problems)) {
      if (DEFAULTS.has(value)) continue;
      const risk = OPT_IN_GRANT_TYPES[value as keyof typeof OPT_IN_GRANT_TYPES] ?? "is not a grant a web dashboard needs";
      problems.push(violation(`grant type ${value} ${risk}`, path, value));
    }
    return problems;
  },
};
