/**
 * Auth0 post-login Action (trigger post-login v3, runtime node22), deployed verbatim by
 * ml-dashboard-auth. Do not edit it in the Auth0 dashboard: the next apply overwrites it.
 *
 * 1. Puts the user's roles into the ID and access tokens as the claim `<namespace>roles`:
 *    the union of app_metadata.roles and the user's Auth0 (RBAC) roles.
 * 2. For applications marked as ML dashboards (client metadata dashboard=machine-learning),
 *    denies the login unless the user holds one of the roles in the client's allowed_roles.
 *
 * Secrets: CLAIM_NAMESPACE, e.g. "https://ml.example.com/" (set by the stack, not in code).
 */
const DASHBOARD_MARKER = "machine-learning";

function stringsIn(list) {
  return Array.isArray(list) ? list.filter((item) => typeof item === "string" && item.length > 0) : [];
}

function rolesOf(event) {
  const appMetadata = (event.user && event.user.app_metadata) || {};
  const rbacRoles = (event.authorization && event.authorization.roles) || [];
  return [...new Set([...stringsIn(appMetadata.roles), ...stringsIn(rbacRoles)])];
}

function allowedRolesOf(metadata) {
  try {
    return stringsIn(JSON.parse(metadata.allowed_roles));
  } catch (err) {
    return [];
  }
}

exports.onExecutePostLogin = async (event, api) => {
  const metadata = (event.client && event.client.metadata) || {};
  const isDashboard = metadata.dashboard === DASHBOARD_MARKER;
  const namespace = (event.secrets && event.secrets.CLAIM_NAMESPACE) || "";
  const roles = rolesOf(event);

  if (isDashboard) {
    // Fail closed: a dashboard whose allowed roles cannot be read admits nobody.
    const allowed = allowedRolesOf(metadata);
    const appName = (event.client && event.client.name) || "this dashboard";
    if (allowed.length === 0) {
      api.access.deny(`${appName} has no allowed roles configured.`);
      return;
    }
    if (!roles.some((role) => allowed.includes(role))) {
      api.access.deny(`You need one of the roles ${allowed.join(", ")} to use ${appName}.`);
      return;
    }
    if (!namespace) {
      api.access.deny("The role claim namespace is not configured (Action secret CLAIM_NAMESPACE).");
      return;
    }
  }

  if (namespace) {
    api.idToken.setCustomClaim(`${namespace}roles`, roles);
    api.accessToken.setCustomClaim(`${namespace}roles`, roles);
  }
};
