import { OidcModule, OidcProvider } from "./provider-config";
import { AUTH0_GRANT_TYPES } from "./tenant-model";

/** Grant types the token endpoint emulates; implicit is a response type of /authorize. */
export const EMULATED_GRANT_TYPES = ["authorization_code", "refresh_token", "implicit"];

/**
 * Auth0's other grant types are registered so that oidc-provider checks them per client
 * like Auth0 does (a client without the grant gets unauthorized_client), but a client that has
 * one gets a clear unsupported_grant_type instead of a token: the local tenant does not
 * emulate them (no APIs for client_credentials, no password grant, no MFA grants).
 */
export function registerRefusedGrantTypes(provider: OidcProvider, oidc: OidcModule): void {
  for (const grantType of AUTH0_GRANT_TYPES) {
    if (EMULATED_GRANT_TYPES.includes(grantType)) continue;
    provider.registerGrantType(grantType, () => {
      throw new oidc.errors.CustomOIDCProviderError(
        "unsupported_grant_type",
        `the local tenant does not emulate the ${grantType} grant; it emulates ${EMULATED_GRANT_TYPES.filter((g) => g !== "implicit").join(" and ")} at the token endpoint`,
      );
    });
  }
}
