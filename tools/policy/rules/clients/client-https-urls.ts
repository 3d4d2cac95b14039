import { redirectUrlProblem } from "../../../../lib/validation/urls";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { shownUrl, stringList, violation } from "../values";

/** Attributes of auth0_client that hold URLs a browser is sent to or accepts. */
export const CLIENT_URL_ATTRIBUTES = ["callbacks", "allowed_logout_urls", "allowed_origins", "web_origins"] as const;

/** Whether a URL is plain http on a loopback host (accepted for local development, with a warning). */
export const isLocalhostHttp = (url: string): boolean =>
  redirectUrlProblem(url, { allowInsecureLocalhost: false }) !== undefined &&
  redirectUrlProblem(url, { allowInsecureLocalhost: true }) === undefined;

/** Callback, logout and origin URLs are https; plain http on localhost is left to client-localhost-urls. */
export const clientHttpsUrls: Rule = {
  name: "client-https-urls",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    let seen = 0;
    for (const attribute of CLIENT_URL_ATTRIBUTES) {
      for (const { value, path } of stringList(client.values, attribute, problems)) {
        seen += 1;
        if (isLocalhostHttp(value)) continue;
        const problem = redirectUrlProblem(value, { allowInsecureLocalhost: false });
        if (problem) problems.push(violation(`${shownUrl(value)}: ${problem}`, path));
      }
    }
    return seen === 0 && problems.length === 0 ? NOT_APPLICABLE : problems;
  },
};
