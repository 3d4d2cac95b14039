/**
 * Legacy Auth0 Rule, deployed only when a config sets "loginFlow": { "legacyRule": true }.
 * Auth0 Rules reached end of life on 2026-11-18; the post-login Action
 * (post-login-role-claim.js) does the same job. Rule configuration: CLAIM_NAMESPACE.
 */
function roleClaimRule(user, context, callback) {
  const DASHBOARD_MARKER = "machine-learning";
  const namespace = configuration.CLAIM_NAMESPACE || "";
  const strings = (list) => (Array.isArray(list) ? list.filter((item) => typeof item === "string" && item.length > 0) : []);
  const appMetadata = user.app_metadata || {};
  const rbacRoles = (context.authorization && context.authorization.roles) || [];
  const roles = strings(appMetadata.roles).concat(strings(rbacRoles)).filter((role, i, all) => all.indexOf(role) === i);

  const metadata = context.clientMetadata || {};
  if (metadata.dashboard === DASHBOARD_MARKER) {
    let allowed = [];
    try {
      allowed = strings(JSON.parse(metadata.allowed_roles));
    } catch (err) {
      allowed = [];
    }
    const appName = context.clientName || "this dashboard";
    if (allowed.length === 0) {
      return callback(new UnauthorizedError(appName + " has no allowed roles configured."));
    }
    if (!roles.some((role) => allowed.indexOf(role) !== -1)) {
      return callback(new UnauthorizedError("You need one of the roles " + allowed.join(", ") + " to use " + appName + "."));
    }
    if (!namespace) {
      return callback(new UnauthorizedError("The role claim namespace is not configured (rule configuration CLAIM_NAMESPACE)."));
    }
  }

  if (namespace) {
    context.idToken[namespace + "roles"] = roles;
    context.accessToken[namespace + "roles"] = roles;
  }
  return callback(null, user, context);
}
