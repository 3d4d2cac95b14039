import { asText } from "../../../stack-model";
import { NOT_APPLICABLE, Problem, Rule } from "../../rule";
import { scalar, shownUrl, violation } from "../values";

/** initiate_login_uri starts a login from Auth0's side: Auth0 requires https, and so does this rule. */
export const clientInitiateLoginHttps: Rule = {
  name: "client-initiate-login-https",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    const uri = scalar(client.values, "initiate_login_uri", problems);
    if (problems.length > 0) return problems;
    if (uri === undefined || uri === null || uri === "") return NOT_APPLICABLE;
    const text = asText(uri);
    if (!URL.canParse(text) || new URL(text).protocol !== "https:")
      problems.push(violation(`initiate_login_uri ${shownUrl(text)} is not an https URL`, "initiate_login_uri"));
    return problems;
  },
};
