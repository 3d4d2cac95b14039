/**
 * The Management API scopes adopt needs, and what each one reads. Grant exactly these to the
 * machine-to-machine application whose credentials adopt uses: all are read-only.
 */
export const REQUIRED_SCOPES: Readonly<Record<string, string>> = {
  "read:clients": "applications (GET /api/v2/clients)",
  "read:connections": "connections and their enabled applications (GET /api/v2/connections)",
  "read:users": "users of the adopted connection and role members (GET /api/v2/users, /roles/{id}/users)",
  "read:roles": "roles and who holds them (GET /api/v2/roles, /roles/{id}/users)",
  "read:actions": "Actions and trigger bindings (GET /api/v2/actions/actions, /actions/triggers/{id}/bindings)",
  "read:rules": "Rules, to report the ones adopt does not represent (GET /api/v2/rules)",
};

export function scopeList(): string {
  return Object.keys(REQUIRED_SCOPES).join(" ");
}
