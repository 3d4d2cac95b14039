import { asText } from "../../../stack-model";
import { NOT_APPLICABLE, Rule } from "../../rule";
import { violation } from "../values";

/** Role names that grant administration. */
const ADMIN_LIKE = /admin|owner|root|superuser|maintainer/i;
/** auth0_guardian policies that require a second factor. */
const MFA_POLICIES: ReadonlySet<string> = new Set(["all-applications", "confidence-score"]);

/** A tenant with an admin-like role requires multi-factor authentication (auth0_guardian). */
export const tenantAdminMfa: Rule = {
  name: "tenant-admin-mfa",
  family: "tenant",
  target: { kind: "stack" },
  check(_stack, index) {
    const admins = index.resources("auth0_role").filter((r) => ADMIN_LIKE.test(asText(r.values.name, r.name)));
    if (admins.length === 0) return NOT_APPLICABLE;
    const mfa = index.resources("auth0_guardian").some((g) => MFA_POLICIES.has(asText(g.values.policy)));
    return mfa
      ? []
      : [violation(`admin-like roles (${admins.map((a) => a.address).join(", ")}) exist, but no auth0_guardian requires MFA`)];
  },
};
