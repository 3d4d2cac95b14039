import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { shownUrl, stringList, violation } from "../values";
import { CLIENT_URL_ATTRIBUTES, isLocalhostHttp } from "./client-https-urls";

/** Plain http on localhost: fine on a development tenant, never in production. */
export const clientLocalhostUrls: Rule = {
  name: "client-localhost-urls",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const found: Problem[] = [];
    for (const attribute of CLIENT_URL_ATTRIBUTES) {
      for (const { value, path } of stringList(client.values, attribute, problems)) {
        if (isLocalhostHttp(value)) found.push(violation(`${shownUrl(value)} is plain http on localhost`, path));
      }
    }
    // Unverifiable values are client-https-urls' to report.
    return found.length === 0 ? NOT_APPLICABLE : found;
  },
};
