import { DEFAULT_GRANT_TYPES, OPT_IN_GRANT_TYPES } from "../../../../lib/validation/grant-types";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { shownValue, stringList, violation } from "../values";
import { isWebClient } from "./web-clients";

const DEFAULTS: ReadonlySet<string> = new Set(DEFAULT_GRANT_TYPES);
/** How Auth0's grant type names look: a lowercase word, or Auth0's and IETF/OpenID URIs. */
const GRANT_TYPE_NAME = /^([a-z_]{4,30}|http:\/\/auth0\.com\/oauth\/grant-type\/[a-z/-]+|urn:[a-z]+:params:[a-z:_-]+)$/;

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
      const known = GRANT_TYPE_NAME.test(value);
      const shown = known ? value : `${shownValue(value)}`;
      problems.push(violation(`grant type ${shown} ${risk}`, path, known ? value : undefined));
    }
    return problems;
  },
};
