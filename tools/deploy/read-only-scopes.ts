/**
 * The Management API scopes of the read-only application that pull-request and drift plans use
 * (and that `npm run adopt` can use too): exactly what Terraform needs to refresh the resources
 * this app manages, and nothing that writes.
 */
export const PLAN_READ_SCOPES: Readonly<Record<string, string>> = {
  "read:clients": "auth0_client",
  "read:client_keys": "the client secrets Terraform keeps in state (auth0_client_credentials)",
  "read:client_credentials": "auth0_client_credentials",
  "read:connections": "auth0_connection, auth0_connection_clients",
  "read:users": "auth0_user, auth0_user_roles",
  "read:roles": "auth0_role",
  "read:role_members": "auth0_user_roles",
  "read:actions": "auth0_action, auth0_trigger_actions",
  "read:rules": "auth0_rule (legacyRule)",
  "read:rules_configs": "auth0_rule_config (legacyRule)",
};
