import { MIN_REASON_LENGTH } from "../../lib/validation/grant-types";
import {
  asText,
  GRANT_TYPE_REASONS,
  isObject,
  POLICY_SUPPRESSIONS,
  PREVENT_DESTROY_OFF_REASON,
  StackModel,
} from "../stack-model";

/** An accepted finding: rule, address and the reason a reviewer can judge. */
export interface Suppression {
  readonly rule: string;
  readonly address: string;
  readonly reason: string;
  /** Limits it to findings about one detail (e.g. one grant type). */
  readonly subject?: string;
  /** Where it was declared, for the report: "config policy.suppressions[0]", "construct metadata", ... */
  readonly source: string;
  /**
   * Suppressions of one declaration recorded on several resources (a construct's subtree):
   * the declaration is stale only when none of them matches.
   */
  readonly group?: string;
}

export { MIN_REASON_LENGTH };

/** Rule ids the project's older reasoned exceptions stand for. */
export const PREVENT_DESTROY_RULES: Readonly<Record<string, string>> = {
  auth0_connection: "connection-prevent-destroy",
  auth0_user: "user-prevent-destroy",
};
export const GRANT_TYPES_RULE = "client-grant-types";

/**
 * The suppressions a stack records next to its resources: `//.policy_suppressions` (from config
 * and construct metadata) and the older reasoned exceptions, which are suppressions of the
 * same kind (`//.prevent_destroy_off_reason`, `//.extra_grant_type_reasons`).
 */
export function recordedSuppressions(stack: StackModel): Suppression[] {
  const out: Suppression[] = [];
  for (const element of stack.elements) {
    const comment = element.meta.comment;
    const listed = comment[POLICY_SUPPRESSIONS];
    if (Array.isArray(listed)) {
      for (const entry of listed) {
        if (!isObject(entry)) continue;
        out.push({
          rule: asText(entry.rule),
          address: element.address,
          reason: asText(entry.reason),
          source: typeof entry.source === "string" ? entry.source : "recorded on the resource",
          // One construct-level declaration is recorded on every resource below the construct.
          group:
            typeof entry.source === "string" && entry.source.startsWith("construct metadata")
              ? `${entry.source}|${asText(entry.rule)}`
              : undefined,
        });
      }
    }
    const preventDestroyReason = comment[PREVENT_DESTROY_OFF_REASON];
    const preventDestroyRule = PREVENT_DESTROY_RULES[element.type];
    if (typeof preventDestroyReason === "string" && preventDestroyRule) {
      out.push({
        rule: preventDestroyRule,
        address: element.address,
        reason: preventDestroyReason,
        source: "config dataSafety.reason",
      });
    }
    const grantReasons = comment[GRANT_TYPE_REASONS];
    if (isObject(grantReasons)) {
      for (const [grant, reason] of Object.entries(grantReasons)) {
        out.push({
          rule: GRANT_TYPES_RULE,
          address: element.address,
          subject: grant,
          reason: asText(reason),
          source: "config extraGrantTypes reason",
        });
      }
    }
  }
  return out;
}

/** Why a suppression is not acceptable, or undefined. */
export function suppressionProblem(s: Suppression, knownRules: ReadonlySet<string>): string | undefined {
  if (!knownRules.has(s.rule))
    return `rule ${JSON.stringify(s.rule)} is not a rule of any pack (npm run policy -- --list)`;
  if (s.reason.trim().length < MIN_REASON_LENGTH)
    return `the reason must say, in at least ${MIN_REASON_LENGTH} characters, why the finding is acceptable`;
  return undefined;
}

/** Reads `[{rule, address, reason}]` (config `policy.suppressions`, or a --suppressions file). */
export function parseSuppressionList(value: unknown, source: string): Suppression[] | string {
  if (!Array.isArray(value)) return `${source}: expected a list of {"rule", "address", "reason"}`;
  const out: Suppression[] = [];
  for (const [i, entry] of value.entries()) {
    if (
      !isObject(entry) ||
      typeof entry.rule !== "string" ||
      typeof entry.address !== "string" ||
      typeof entry.reason !== "string"
    )
      return `${source}[${i}]: expected {"rule": string, "address": string, "reason": string}`;
    out.push({ rule: entry.rule, address: entry.address, reason: entry.reason, source: `${source}[${i}]` });
  }
  return out;
}
