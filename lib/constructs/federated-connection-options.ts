import { ConnectionOptions } from "../../.gen/providers/auth0/connection";
import { GROUPS_ATTRIBUTE } from "../connection-access";
import {
  FederatedConnectionConfig,
  GoogleConnectionConfig,
  OidcConnectionConfig,
  OktaConnectionConfig,
  SamlpConnectionConfig,
  WaadConnectionConfig,
} from "../config/connections-schema";
import { terraformLiteral } from "../terraform-literal";

/**
 * Auth0 `options` of each federated connection type, from its config. Upstream secrets are not
 * here: FederatedConnection adds them from sensitive variables.
 *
 * Every type copies the IdP's attributes to the profile at each login
 * (`set_user_root_attributes = on_each_login`), so that a user removed from a group upstream
 * loses the mapped role at the next login, with no apply.
 */
const ON_EACH_LOGIN = "on_each_login";

/**
 * OIDC and Okta map upstream ID token claims to profile attributes with `use_map`: only what is
 * listed is kept (email, email_verified, name, the groups claim as `groups`, and keepClaims).
 * Auth0 turns a mapped array into a comma-separated string; the Action reads both shapes.
 */
function claimMap(c: OidcConnectionConfig | OktaConnectionConfig): string {
  const map: Record<string, string> = {
    email: "${context.tokenset.email}",
    email_verified: "${context.tokenset.email_verified}",
    name: "${context.tokenset.name}",
  };
  if (c.groupRoles) map[GROUPS_ATTRIBUTE] = `\${context.tokenset.${c.groupsClaim}}`;
  for (const claim of c.keepClaims) map[claim] ??= `\${context.tokenset.${claim}}`;
  return terraformLiteral(JSON.stringify(map));
}

function oidcOptions(c: OidcConnectionConfig): ConnectionOptions {
  const issuer = c.issuer ?? undefined;
  const discoveryUrl = c.discoveryUrl ?? `${(issuer as string).replace(/\/$/, "")}/.well-known/openid-configuration`;
  return {
    type: "back_channel",
    clientId: terraformLiteral(c.clientId),
    issuer: issuer === undefined ? undefined : terraformLiteral(issuer),
    discoveryUrl: terraformLiteral(discoveryUrl),
    scopes: [...c.scopes],
    attributeMap: { mappingMode: "use_map", attributes: claimMap(c) },
    setUserRootAttributes: ON_EACH_LOGIN,
  };
}

function oktaOptions(c: OktaConnectionConfig): ConnectionOptions {
  return {
    type: "back_channel",
    domain: c.domain,
    issuer: terraformLiteral(c.issuer ?? `https://${c.domain}`),
    clientId: terraformLiteral(c.clientId),
    scopes: [...c.scopes],
    attributeMap: { mappingMode: "use_map", attributes: claimMap(c) },
    setUserRootAttributes: ON_EACH_LOGIN,
  };
}

/** Entra ID: OIDC with the Microsoft identity platform v2; `ext_groups` fills `groups` (Graph Directory.Read.All). */
function waadOptions(c: WaadConnectionConfig): ConnectionOptions {
  return {
    clientId: terraformLiteral(c.clientId),
    domain: c.tenantDomain,
    tenantDomain: c.tenantDomain,
    domainAliases: c.domainAliases ? [...c.domainAliases] : undefined,
    waadProtocol: "openid-connect",
    identityApi: "microsoft-identity-platform-v2.0",
    useWsfed: false,
    scopes: ["basic_profile", "ext_profile", ...(c.groupRoles ? ["ext_groups"] : [])],
    setUserRootAttributes: ON_EACH_LOGIN,
  };
}

function samlpOptions(c: SamlpConnectionConfig): ConnectionOptions {
  const cert = "pem" in c.signingCert ? c.signingCert.pem : undefined;
  return {
    signInEndpoint: terraformLiteral(c.signInUrl),
    signOutEndpoint: c.signOutUrl === undefined ? undefined : terraformLiteral(c.signOutUrl),
    disableSignOut: c.signOutUrl === undefined,
    // Auth0 takes the certificate base64-encoded (the PEM text, encoded once more).
    signingCert:
      cert !== undefined
        ? Buffer.from(cert, "utf8").toString("base64")
        : `\${base64encode(var.${(c.signingCert as { variable: string }).variable})}`,
    signatureAlgorithm: "rsa-sha256",
    digestAlgorithm: "sha256",
    fieldsMap: c.attributeMappings === undefined ? undefined : terraformLiteral(JSON.stringify(c.attributeMappings)),
    setUserRootAttributes: ON_EACH_LOGIN,
  };
}

function googleOptions(c: GoogleConnectionConfig): ConnectionOptions {
  return { clientId: terraformLiteral(c.clientId), scopes: [...c.scopes], setUserRootAttributes: ON_EACH_LOGIN };
}

/** The `options` block of a federated connection. */
export function federatedConnectionOptions(c: FederatedConnectionConfig): ConnectionOptions {
  switch (c.type) {
    case "oidc":
      return oidcOptions(c);
    case "okta":
      return oktaOptions(c);
    case "waad":
      return waadOptions(c);
    case "samlp":
      return samlpOptions(c);
    case "google-oauth2":
      return googleOptions(c);
  }
}
