import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";

/** Provider arguments that are credentials. */
const CREDENTIAL_ARGUMENTS = ["client_id", "client_secret", "api_token", "client_assertion_private_key"] as const;

/** The auth0 provider block carries no credentials: they come from AUTH0_* at apply time. */
export const providerCredentials: Rule = {
  name: "provider-credentials",
  family: "provider",
  target: { kind: "provider" },
  check(provider) {
    if (provider.type !== "auth0") return NOT_APPLICABLE;
    return CREDENTIAL_ARGUMENTS.filter((key) => provider.attributes[key] !== undefined && provider.attributes[key] !== null).map(
      (key) => violation(`${key} is set in the provider block (the value is not shown); use AUTH0_* environment variables`, key, key),
    );
  },
};
