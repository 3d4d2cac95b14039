import { NOT_APPLICABLE, Rule } from "../../rule";
import { nested, violation } from "../values";

/** Protections of auth0_attack_protection a tenant with password logins needs on. */
const REQUIRED_PROTECTIONS = ["breached_password_detection", "suspicious_ip_throttling"] as const;

/**
 * A tenant whose users log in with passwords turns on breached-password detection and
 * suspicious-IP throttling (auth0_attack_protection).
 */
export const tenantAttackProtection: Rule = {
  name: "tenant-attack-protection",
  family: "tenant",
  target: { kind: "stack" },
  check(_stack, index) {
    const passwordLogins = index.resources("auth0_connection").some((c) => c.values.strategy === "auth0");
    if (!passwordLogins) return NOT_APPLICABLE;
    const protections = index.resources("auth0_attack_protection");
    if (protections.length === 0)
      return [violation(`no auth0_attack_protection: ${REQUIRED_PROTECTIONS.join(" and ")} are left at the tenant's settings`)];
    return protections.flatMap((p) =>
      REQUIRED_PROTECTIONS.filter((name) => nested(p.values, name)?.enabled !== true).map((name) =>
        violation(`${p.address}: ${name} is not enabled`, name, name),
      ),
    );
  },
};
