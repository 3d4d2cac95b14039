import { isUnresolved } from "../../../stack-model";
import { Problem, Rule } from "../../rule";
import { shownUrl, stringList, violation } from "../values";

/** Callback URLs compared as URLs (scheme and host are case-insensitive). */
function normalized(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * The same callback URL on two clients: a login meant for one application can complete in the
 * other, with that one's roles and lifetimes.
 */
export const clientSharedCallback: Rule = {
  name: "client-shared-callback",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client, index) {
    const problems: Problem[] = [];
    const mine = stringList(client.values, "callbacks", problems);
    const ignored: Problem[] = [];
    for (const other of index.resources("auth0_client")) {
      if (other.address === client.address || isUnresolved(other.values.callbacks)) continue;
      const theirs = new Set(stringList(other.values, "callbacks", ignored).map((c) => normalized(c.value)));
      for (const { value, path } of mine) {
        if (theirs.has(normalized(value)))
          problems.push(violation(`${shownUrl(value)} is also a callback of ${other.address}`, path, other.address));
      }
    }
    // Unverifiable callbacks are client-https-urls' to report.
    return problems.filter((p) => !p.unverifiable);
  },
};
