import { Rule } from "../rule";

export type Level = "error" | "warning";

/** What a pack says about a rule: check logic stays in the rule, wording here. */
export interface RuleMetadata {
  /** Stable id, used in suppressions and SARIF. */
  readonly id: string;
  readonly level: Level;
  /** One line. */
  readonly title: string;
  /** Why it matters. */
  readonly why: string;
  /** How to fix it. */
  readonly fix: string;
}

export interface PackedRule extends RuleMetadata {
  readonly pack: string;
  readonly rule: Rule;
}

export interface Pack {
  readonly name: string;
  readonly description: string;
  readonly rules: readonly PackedRule[];
}

/** Builds a pack, attaching its name to each rule's metadata. */
export function definePack(
  name: string,
  description: string,
  rules: ReadonlyArray<RuleMetadata & { readonly rule: Rule }>,
): Pack {
  return { name, description, rules: rules.map((r) => ({ ...r, pack: name })) };
}
