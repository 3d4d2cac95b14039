import { clientConnectionEnabled } from "../rules/clients/client-connection-enabled";
import { clientCrossOriginAuth } from "../rules/clients/client-cross-origin-auth";
import { clientGrantTypes } from "../rules/clients/client-grant-types";
import { clientHttpsUrls } from "../rules/clients/client-https-urls";
import { clientIdTokenRs256 } from "../rules/clients/client-id-token-rs256";
import { clientInitiateLoginHttps } from "../rules/clients/client-initiate-login-https";
import { clientOidcConformant } from "../rules/clients/client-oidc-conformant";
import { clientRefreshTokenRotation } from "../rules/clients/client-refresh-token-rotation";
import { clientSharedCallback } from "../rules/clients/client-shared-callback";
import { clientTokenLifetimes } from "../rules/clients/client-token-lifetimes";
import { connectionBruteForce } from "../rules/connections/connection-brute-force";
import { connectionClientsConflict } from "../rules/connections/connection-clients-conflict";
import { connectionPasswordPolicy } from "../rules/connections/connection-password-policy";
import { connectionPreventDestroy } from "../rules/connections/connection-prevent-destroy";
import { connectionAccessRestricted } from "../rules/connections/connection-access-restricted";
import { connectionSignupDisabled } from "../rules/connections/connection-signup-disabled";
import { actionDeployed } from "../rules/login-code/action-deployed";
import { actionRuntimeEol } from "../rules/login-code/action-runtime-eol";
import { legacyRules } from "../rules/login-code/legacy-rules";
import { loginCodeLiteralSecrets } from "../rules/login-code/login-code-literal-secrets";
import { credentialStrings } from "../rules/anywhere/credential-strings";
import { outputSensitive } from "../rules/outputs/output-sensitive";
import { providerCredentials } from "../rules/provider/provider-credentials";
import { userPasswordVariable } from "../rules/users/user-password-variable";
import { userPreventDestroy } from "../rules/users/user-prevent-destroy";
import { variableSecretDefault } from "../rules/variables/variable-secret-default";
import { definePack } from "./pack";

const SUPPRESS_PREVENT_DESTROY =
  'Or, for a tenant that may lose its users, set config "dataSafety": {"preventDestroy": false, "reason": "..."}.';

/** What must hold in any Auth0 tenant under Terraform. Runs inside cdktf synth: an error fails it. */
export const AUTH0_SECURITY = definePack("auth0-security", "What must hold: errors fail synth and the policy check.", [
  {
    rule: clientGrantTypes,
    id: "client-grant-types",
    level: "error",
    title: "Web applications use only the authorization code and refresh token grants",
    why: "Implicit returns tokens in the URL, password bypasses the login page and MFA, client_credentials needs no user at all.",
    fix: 'Remove the grant; if a dashboard truly needs it, add it under "extraGrantTypes" with a reason (recorded as a suppression).',
  },
  {
    rule: clientHttpsUrls,
    id: "client-https-urls",
    level: "error",
    title: "Callback, logout and origin URLs are https",
    why: "Authorization codes and sessions sent over plain http can be read and replayed by anyone on the network path.",
    fix: "Use https URLs (plain http is accepted on localhost only, and reported by client-localhost-urls).",
  },
  {
    rule: clientOidcConformant,
    id: "client-oidc-conformant",
    level: "error",
    title: "Applications are OIDC conformant",
    why: "Non-conformant applications keep legacy flows and token formats that skip standard checks.",
    fix: "Set oidc_conformant = true.",
  },
  {
    rule: clientIdTokenRs256,
    id: "client-id-token-rs256",
    level: "error",
    title: "ID tokens are signed with RS256",
    why: "HS256 signs with the client secret, so every holder of the secret can mint ID tokens.",
    fix: 'Set jwt_configuration.alg = "RS256".',
  },
  {
    rule: clientRefreshTokenRotation,
    id: "client-refresh-token-rotation",
    level: "error",
    title: "Refresh tokens rotate and expire",
    why: "A non-rotating refresh token that leaks gives its holder sessions until someone notices.",
    fix: 'Set refresh_token.rotation_type = "rotating" and expiration_type = "expiring".',
  },
  {
    rule: clientTokenLifetimes,
    id: "client-token-lifetimes",
    level: "error",
    title: "Tokens are not non-expiring or very long-lived",
    why: "A stolen token works for as long as it lives; infinite lifetimes never stop working.",
    fix: "Keep ID tokens at most a day, refresh tokens at most a year (30 days idle), and no infinite lifetimes.",
  },
  {
    rule: clientCrossOriginAuth,
    id: "client-cross-origin-auth",
    level: "error",
    title: "Cross-origin authentication is off",
    why: "It lets pages on other origins post credentials to the tenant directly, outside Universal Login and its protections.",
    fix: "Set cross_origin_auth = false and log in through Universal Login.",
  },
  {
    rule: clientInitiateLoginHttps,
    id: "client-initiate-login-https",
    level: "error",
    title: "initiate_login_uri is https",
    why: "Auth0 sends users there to start a login; over http the start of the flow can be tampered with.",
    fix: "Use an https initiate_login_uri, or none.",
  },
  {
    rule: clientSharedCallback,
    id: "client-shared-callback",
    level: "error",
    title: "No callback URL is shared by two applications",
    why: "A login meant for one application can then complete in the other, with its roles and token lifetimes.",
    fix: "Give each application its own callback URLs.",
  },
  {
    rule: clientConnectionEnabled,
    id: "client-connection-enabled",
    level: "error",
    title: "Every application is enabled on a connection",
    why: "An application on no connection has no way for anyone to log in to it.",
    fix: "Enable it on a connection (auth0_connection_clients).",
  },
  {
    rule: connectionPreventDestroy,
    id: "connection-prevent-destroy",
    level: "error",
    title: "Connections carry prevent_destroy",
    why: "Deleting or replacing a connection deletes every user in it: a database connection's users with their passwords, a federated connection's user profiles with their roles.",
    fix: `Set lifecycle.prevent_destroy = true. ${SUPPRESS_PREVENT_DESTROY}`,
  },
  {
    rule: connectionBruteForce,
    id: "connection-brute-force",
    level: "error",
    title: "Database connections have brute-force protection",
    why: "Without it, an attacker can try passwords against one account without limit.",
    fix: "Set options.brute_force_protection = true.",
  },
  {
    rule: connectionPasswordPolicy,
    id: "connection-password-policy",
    level: "error",
    title: 'Database connections require passwords of strength "good" or better',
    why: "Weak policies accept passwords that fall to the first guesses of any attack.",
    fix: 'Set options.password_policy = "good" or "excellent".',
  },
  {
    rule: connectionSignupDisabled,
    id: "connection-signup-disabled",
    level: "error",
    title: "Sign-up is off on connections that dashboards log in through",
    why: "Dashboard users are provisioned; with sign-up on, anyone can create an account on the dashboard's login page.",
    fix: 'Set options.disable_signup = true ("disableSignup": true in config).',
  },
  {
    rule: connectionAccessRestricted,
    id: "connection-access-restricted",
    level: "error",
    title: "Federated connections restrict who may sign in",
    why: "A federated connection with neither allowed email domains nor IdP groups mapped to roles lets every account at the identity provider (for a social connection: anyone) sign in and get a user in the tenant.",
    fix: 'Set "allowedEmailDomains" or "groupRoles" on the connection in config; the post-login Action enforces them from its CONNECTION_ACCESS secret.',
  },
  {
    rule: connectionClientsConflict,
    id: "connection-clients-conflict",
    level: "error",
    title: "A connection's clients are managed by one resource type",
    why: "auth0_connection_clients and auth0_connection_client for one connection overwrite each other on every apply.",
    fix: "Use auth0_connection_clients alone (or auth0_connection_client alone) for each connection.",
  },
  {
    rule: actionRuntimeEol,
    id: "action-runtime-eol",
    level: "error",
    title: "Actions run on a supported runtime",
    why: "node12, node16 and node18 are at or past end of life and get no security fixes.",
    fix: 'Set runtime = "node22".',
  },
  {
    rule: actionDeployed,
    id: "action-deployed",
    level: "error",
    title: "Actions are deployed",
    why: "An Action that is not deployed does not run the code in the stack, so what it enforces is not enforced.",
    fix: "Set deploy = true.",
  },
  {
    rule: legacyRules,
    id: "legacy-rules",
    level: "error",
    title: "No Auth0 Rules (a warning under the legacy option)",
    why: "Rules reached end of life on 2026-11-18; post-login Actions replace them.",
    fix: 'Move the logic to a post-login Action; old tenants can keep the Rule with "loginFlow": {"legacyRule": true}, which lowers this to a warning.',
  },
  {
    rule: loginCodeLiteralSecrets,
    id: "login-code-literal-secrets",
    level: "error",
    title: "Action secrets and rule config credentials come from variables",
    why: "A literal secret is in the repository, the synthesized JSON and every plan.",
    fix: "Set the value from a sensitive variable (${var.name}) and pass it with TF_VAR_name.",
  },
  {
    rule: userPreventDestroy,
    id: "user-prevent-destroy",
    level: "error",
    title: "Users carry prevent_destroy",
    why: "Destroying or replacing a user deletes the account, its roles and its login history.",
    fix: `Set lifecycle.prevent_destroy = true. ${SUPPRESS_PREVENT_DESTROY}`,
  },
  {
    rule: userPasswordVariable,
    id: "user-password-variable",
    level: "error",
    title: "User passwords come from sensitive variables",
    why: "A literal password is in the repository and every plan; a non-sensitive variable is printed by Terraform.",
    fix: 'Use "passwordVariable" in config: password = "${var.name}" with a variable declared sensitive.',
  },
  {
    rule: variableSecretDefault,
    id: "variable-secret-default",
    level: "error",
    title: "Sensitive variables have no default",
    why: "A default is a literal in the stack: the secret is in the repository and used whenever nobody sets the variable.",
    fix: "Remove the default and pass the value with TF_VAR_<name> at plan and apply time.",
  },
  {
    rule: outputSensitive,
    id: "output-sensitive",
    level: "error",
    title: "Outputs that carry secrets are sensitive",
    why: "Terraform prints non-sensitive outputs after every apply, into CI logs.",
    fix: "Set sensitive = true on the output.",
  },
  {
    rule: providerCredentials,
    id: "provider-credentials",
    level: "error",
    title: "The auth0 provider block carries no credentials",
    why: "Credentials in the provider block end up in the repository or the synthesized JSON.",
    fix: "Remove them; the provider reads AUTH0_CLIENT_ID/AUTH0_CLIENT_SECRET or AUTH0_API_TOKEN from the environment.",
  },
  {
    rule: credentialStrings,
    id: "credential-strings",
    level: "error",
    title: "No string looks like a credential",
    why: "JWTs, private keys and long random tokens written into a stack are in the repository and every plan.",
    fix: "Move the value to a sensitive variable or secret store; if it is not a secret, suppress with a reason.",
  },
]);
