import { actionBound } from "../rules/login-code/action-bound";
import { clientCustomLoginPage } from "../rules/clients/client-custom-login-page";
import { clientLocalhostUrls } from "../rules/clients/client-localhost-urls";
import { connectionPasswordChecks } from "../rules/connections/connection-password-checks";
import { tenantAdminMfa } from "../rules/tenant/tenant-admin-mfa";
import { tenantAttackProtection } from "../rules/tenant/tenant-attack-protection";
import { definePack } from "./pack";

/** Auth0's production checklist, as far as a stack shows it: mostly warnings. */
export const AUTH0_READINESS = definePack("auth0-readiness", "Auth0's production checklist: mostly warnings.", [
  {
    rule: clientLocalhostUrls,
    id: "client-localhost-urls",
    level: "warning",
    title: "No plain-http localhost URLs outside development",
    why: "localhost URLs are for development tenants; in production they let a local process receive codes.",
    fix: 'Only development configs set "allowInsecureLocalhost": true; use https URLs elsewhere.',
  },
  {
    rule: clientCustomLoginPage,
    id: "client-custom-login-page",
    level: "warning",
    title: "Applications use Universal Login, not a custom login page",
    why: "Classic custom login pages need cross-origin authentication and miss Universal Login's protections and updates.",
    fix: "Set custom_login_page_on = false and customize Universal Login instead.",
  },
  {
    rule: connectionPasswordChecks,
    id: "connection-password-checks",
    level: "warning",
    title: "Password dictionary and history checks are on",
    why: "Without them, users pick the most common passwords or reuse their previous ones.",
    fix: "Set options.password_dictionary.enable and options.password_history.enable to true.",
  },
  {
    rule: actionBound,
    id: "action-bound",
    level: "warning",
    title: "Every Action is bound to a trigger",
    why: "An Action bound to no trigger never runs, so whatever it enforces is not enforced.",
    fix: "Bind it with auth0_trigger_actions (or auth0_trigger_action), or remove it.",
  },
  {
    rule: tenantAttackProtection,
    id: "tenant-attack-protection",
    level: "warning",
    title: "Breached-password detection and suspicious-IP throttling are on",
    why: "They block logins with leaked passwords and slow down credential stuffing across accounts.",
    fix: "Add auth0_attack_protection with breached_password_detection and suspicious_ip_throttling enabled.",
  },
  {
    rule: tenantAdminMfa,
    id: "tenant-admin-mfa",
    level: "warning",
    title: "Multi-factor authentication is required where admin-like roles exist",
    why: "An admin's password alone is a single point of failure for everything the role can do.",
    fix: 'Add auth0_guardian with policy "all-applications" (or "confidence-score") and at least one factor.',
  },
]);
