/**
 * Auth0 post-login Action (trigger post-login v3, runtime node22), deployed verbatim by
 * ml-dashboard-auth. Do not edit it in the Auth0 dashboard: the next apply overwrites it.
 *
 * 1. Works out the user's roles: the roles mapped from the user's IdP groups (per connection,
 *    see CONNECTION_ACCESS), app_metadata.roles and the user's Auth0 (RBAC) roles, merged.
 * 2. Denies a user of a federated connection with allowed email domains unless the user's
 *    email is verified and in one of them.
 * 3. Puts the merged roles into the ID and access tokens as the claim `<namespace>roles`.
 * 4. For applications marked as ML dashboards (client metadata dashboard=machine-learning),
 *    denies the login unless the merged roles include one of the client's allowed_roles.
 *
 * Fails closed: unreadable settings, or groups that a connection maps but that are missing or
 * malformed in the profile, admit nobody.
 *
 * Secrets (set by the stack, not in code):
 * - CLAIM_NAMESPACE, e.g. "https://ml.example.com/".
 * - CONNECTION_ACCESS, JSON: { "<connection name>": { "groupRoles": { "<group>": ["<role>"] },
 *   "allowedEmailDomains": ["example.com"] } }. Connections not in it map no groups.
 */
const DASHBOARD_MARKER = "machine-learning";

function stringsIn(list) {
  return Array.isArray(list) ? list.filter((item) => typeof item === "string" && item.length > 0) : [];
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function allowedRolesOf(metadata) {
  try {
    return stringsIn(JSON.parse(metadata.allowed_roles));
  } catch (err) {
    return [];
  }
}

/** The access rules of every connection, or undefined when the secret is missing or malformed. */
function connectionAccessOf(secrets) {
  try {
    const parsed = JSON.parse(secrets.CONNECTION_ACCESS);
    return isPlainObject(parsed) ? parsed : undefined;
  } catch (err) {
    return undefined;
  }
}

/**
 * The user's groups as the connection stored them: a list of names, or (OIDC and Okta
 * attribute maps flatten lists) one comma-separated string. Undefined when missing or malformed.
 */
function groupsOf(user) {
  const groups = user.groups;
  if (typeof groups === "string") {
    return groups
      .split(",")
      .map((g) => g.trim())
      .filter((g) => g.length > 0);
  }
  if (Array.isArray(groups) && groups.every((g) => typeof g === "string")) return groups;
  return undefined;
}

/** Roles granted by the user's groups under a connection's groupRoles; only own properties count. */
function mappedRolesOf(groupRoles, groups) {
  const roles = [];
  for (const group of groups) {
    if (!Object.prototype.hasOwnProperty.call(groupRoles, group)) continue;
    roles.push(...stringsIn(groupRoles[group]));
  }
  return roles;
}

function emailDomainAllowed(user, domains) {
  // IdPs send a boolean; a connection's attribute map may store it as the string "true".
  const verified = user.email_verified === true || user.email_verified === "true";
  if (!verified || typeof user.email !== "string") return false;
  const at = user.email.lastIndexOf("@");
  return at > 0 && domains.includes(user.email.slice(at + 1).toLowerCase());
}

/**
 * Decides a login. Returns { roles } or { denied: "<reason>" }; the caller applies it.
 * Pure: it reads the event and nothing else, so the tests can check every branch.
 */
function decide(event) {
  const user = event.user || {};
  const secrets = event.secrets || {};
  const connectionName = (event.connection && event.connection.name) || "";
  const metadata = (event.client && event.client.metadata) || {};
  const appName = (event.client && event.client.name) || "this application";

  const accessByConnection = connectionAccessOf(secrets);
  if (!accessByConnection) {
    return { denied: "Login settings are unreadable (Action secret CONNECTION_ACCESS); nobody can log in." };
  }
  const access = Object.prototype.hasOwnProperty.call(accessByConnection, connectionName)
    ? accessByConnection[connectionName]
    : {};
  if (!isPlainObject(access)) {
    return { denied: `Login settings of connection ${connectionName} are unreadable; nobody can log in through it.` };
  }

  if (access.allowedEmailDomains !== undefined) {
    const domains = stringsIn(access.allowedEmailDomains).map((d) => d.toLowerCase());
    if (domains.length === 0 || !emailDomainAllowed(user, domains)) {
      return { denied: `Your account needs a verified email address at ${domains.join(", ")} to log in.` };
    }
  }

  let mapped = [];
  if (access.groupRoles !== undefined) {
    const groups = groupsOf(user);
    if (!isPlainObject(access.groupRoles) || groups === undefined) {
      return {
        denied: `Your group memberships from ${connectionName} could not be read, so ${appName} cannot check your access.`,
      };
    }
    mapped = mappedRolesOf(access.groupRoles, groups);
  }

  const appMetadata = user.app_metadata || {};
  const rbacRoles = (event.authorization && event.authorization.roles) || [];
  const roles = [...new Set([...mapped, ...stringsIn(appMetadata.roles), ...stringsIn(rbacRoles)])];

  if (metadata.dashboard === DASHBOARD_MARKER) {
    // Fail closed: a dashboard whose allowed roles cannot be read admits nobody.
    const allowed = allowedRolesOf(metadata);
    if (allowed.length === 0) return { denied: `${appName} has no allowed roles configured.` };
    if (!roles.some((role) => allowed.includes(role))) {
      return { denied: `You need one of the roles ${allowed.join(", ")} to use ${appName}.` };
    }
    if (!secrets.CLAIM_NAMESPACE) {
      return { denied: "The role claim namespace is not configured (Action secret CLAIM_NAMESPACE)." };
    }
  }
  return { roles };
}

exports.onExecutePostLogin = async (event, api) => {
  const decision = decide(event);
  if (decision.denied !== undefined) {
    api.access.deny(decision.denied);
    return;
  }
  const namespace = (event.secrets && event.secrets.CLAIM_NAMESPACE) || "";
  if (namespace) {
    api.idToken.setCustomClaim(`${namespace}roles`, decision.roles);
    api.accessToken.setCustomClaim(`${namespace}roles`, decision.roles);
  }
};
