import { StackElement, StackIndex, StackModel } from "../stack-model";
import { ALL_RULES, Level, Pack, PackedRule } from "./packs";
import { NOT_APPLICABLE, Problem, STACK_ELEMENT_ADDRESS } from "./rule";
import { recordedSuppressions, Suppression, suppressionProblem } from "./suppressions";

/** Findings the engine itself reports about suppressions. */
export const SUPPRESSION_UNMATCHED = "policy-suppression-unmatched";
export const SUPPRESSION_INVALID = "policy-suppression-invalid";

export interface Finding {
  readonly ruleId: string;
  readonly pack: string;
  readonly level: Level;
  readonly title: string;
  readonly stack: string;
  readonly file: string;
  /** Terraform address, `provider.auth0`, `output.x`, `var.x`, or "(stack)". */
  readonly address: string;
  readonly message: string;
  /** Attribute path inside the element. */
  readonly path?: string;
  readonly subject?: string;
  readonly unverifiable: boolean;
  readonly constructPath?: string;
  /** The config file and JSON path the element came from, when the stack records it. */
  readonly config?: { readonly file: string; readonly path: string };
}

export interface AppliedSuppression extends Suppression {
  readonly findings: readonly Finding[];
}

export interface StackReport {
  readonly stack: StackModel;
  /** Findings not suppressed, errors first. */
  readonly findings: readonly Finding[];
  /** Every suppression in force, with the findings it accepted. */
  readonly suppressions: readonly AppliedSuppression[];
}

export interface CheckOptions {
  readonly packs: readonly Pack[];
  /** Suppressions given from outside the stack (e.g. a --suppressions file). */
  readonly suppressions?: readonly Suppression[];
  /**
   * Report outside suppressions that match nothing here. Off when they are shared by several
   * stacks: the caller then judges them across all (see unmatchedAcrossStacks).
   */
  readonly reportUnmatchedOutside?: boolean;
}

const STACK_ELEMENT = (stack: StackModel): StackElement => ({
  kind: "resource",
  type: "(stack)",
  name: stack.name,
  address: STACK_ELEMENT_ADDRESS,
  attributes: {},
  values: {},
  block: {},
  meta: { comment: {} },
  references: new Set(),
});

/** Elements a rule applies to: typed targets are looked up in the stack's index, not filtered per rule. */
function targets(rule: PackedRule, stack: StackModel, index: StackIndex): readonly StackElement[] {
  const { kind, types } = rule.rule.target;
  if (kind === "stack") return [STACK_ELEMENT(stack)];
  if (kind === "any") return types ? stack.elements.filter((e) => types.includes(e.type)) : stack.elements;
  return types ? types.flatMap((type) => index.ofKind(kind, type)) : index.ofKind(kind);
}

/** Runs the packs' rules on one stack, applies suppressions and reports what remains. */
export function checkStack(stack: StackModel, options: CheckOptions): StackReport {
  const index = new StackIndex(stack);
  const rules = options.packs.flatMap((p) => p.rules);
  const raw: Finding[] = [];
  for (const rule of rules) {
    for (const element of targets(rule, stack, index)) {
      const result = rule.rule.check(element, index);
      if (result === NOT_APPLICABLE) continue;
      for (const problem of result) raw.push(toFinding(stack, rule, element, problem));
    }
  }

  const allRuleIds = new Set(options.packs.flatMap((p) => p.rules.map((r) => r.id)));
  // A suppression names a rule and an address: finding them by that key keeps this linear in the
  // stack's size (a stack has about one suppression per user when its data safety is waived).
  const byRuleAndAddress = new Map<string, Finding[]>();
  for (const f of raw) {
    const key = suppressionKey(f.ruleId, f.address);
    const bucket = byRuleAndAddress.get(key);
    if (bucket) bucket.push(f);
    else byRuleAndAddress.set(key, [f]);
  }
  const outside = new Set(options.suppressions ?? []);
  const suppressions = [...recordedSuppressions(stack), ...outside];
  const applied: AppliedSuppression[] = [];
  const problems: Finding[] = [];
  const accepted = new Set<Finding>();
  const unmatchedGroups = new Map<string, Suppression>();
  const matchedGroups = new Set<string>();
  for (const s of suppressions) {
    const problem = suppressionProblem(s, knownRuleIds());
    if (problem) {
      problems.push(
        engineFinding(
          stack,
          SUPPRESSION_INVALID,
          s,
          `suppression ${s.source} of ${s.rule} on ${s.address}: ${problem}`,
        ),
      );
      continue;
    }
    // Suppressions of rules in packs not run here are neither applied nor judged.
    if (!allRuleIds.has(s.rule)) continue;
    const matched = (byRuleAndAddress.get(suppressionKey(s.rule, s.address)) ?? []).filter(
      (f) => s.subject === undefined || f.subject === s.subject,
    );
    matched.forEach((f) => accepted.add(f));
    applied.push({ ...s, findings: matched });
    if (s.group !== undefined) {
      if (matched.length > 0) matchedGroups.add(s.group);
      else if (!unmatchedGroups.has(s.group)) unmatchedGroups.set(s.group, s);
    } else if (matched.length === 0 && (!outside.has(s) || options.reportUnmatchedOutside !== false))
      problems.push(staleFinding(stack, s));
  }
  for (const [group, s] of unmatchedGroups) if (!matchedGroups.has(group)) problems.push(staleFinding(stack, s));
  return {
    stack,
    findings: sortFindings([...raw.filter((f) => !accepted.has(f)), ...problems]),
    suppressions: applied,
  };
}

const suppressionKey = (ruleId: string, address: string) => `${ruleId}\n${address}`;

/** Every shipped rule, so that a suppression of a readiness rule is valid while only security runs. */
const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));
const knownRuleIds = () => KNOWN_RULE_IDS;

function toFinding(stack: StackModel, rule: PackedRule, element: StackElement, problem: Problem): Finding {
  const level: Level = problem.downgraded ? "warning" : rule.level;
  const configPath = stack.configSources?.paths[element.address];
  return {
    ruleId: rule.id,
    pack: rule.pack,
    level,
    title: rule.title,
    stack: stack.name,
    file: stack.file,
    address: element.address,
    message: problem.downgraded ? `${problem.message} (${problem.downgraded})` : problem.message,
    path: problem.path,
    subject: problem.subject,
    unverifiable: problem.unverifiable === true,
    constructPath: element.meta.constructPath,
    config: configPath && stack.configSources ? { file: stack.configSources.file, path: configPath } : undefined,
  };
}

const staleFinding = (stack: StackModel, s: Suppression) =>
  engineFinding(
    stack,
    SUPPRESSION_UNMATCHED,
    s,
    `suppression ${s.source} of ${s.rule} on ${s.address}${s.group ? " (and the resources around it)" : ""} matches no finding; remove it (a stale suppression hides the next real one)`,
  );

function engineFinding(stack: StackModel, ruleId: string, s: Suppression, message: string): Finding {
  return {
    ruleId,
    pack: "policy",
    level: "error",
    title: ruleId === SUPPRESSION_UNMATCHED ? "A suppression matches no finding" : "A suppression is not valid",
    stack: stack.name,
    file: stack.file,
    address: s.address,
    message,
    unverifiable: false,
  };
}

const rank = (level: Level) => (level === "error" ? 0 : 1);

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      rank(a.level) - rank(b.level) ||
      a.address.localeCompare(b.address) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** Outside suppressions (shared by every stack checked) that matched nothing in any of them. */
export function unmatchedAcrossStacks(reports: readonly StackReport[], outside: readonly Suppression[]): Suppression[] {
  const matched = new Set<Suppression>();
  for (const report of reports)
    for (const applied of report.suppressions)
      if (applied.findings.length > 0) for (const s of outside) if (sameSuppression(s, applied)) matched.add(s);
  return outside.filter((s) => !matched.has(s) && KNOWN_RULE_IDS.has(s.rule));
}

const sameSuppression = (a: Suppression, b: Suppression) =>
  a.rule === b.rule && a.address === b.address && a.source === b.source && a.subject === b.subject;

/** The error finding for a suppression that matched nothing in any stack. */
export function unmatchedFinding(s: Suppression): Finding {
  return {
    ruleId: SUPPRESSION_UNMATCHED,
    pack: "policy",
    level: "error",
    title: "A suppression matches no finding",
    stack: "(all)",
    file: s.source.replace(/\[\d+\]$/, ""),
    address: s.address,
    message: `suppression ${s.source} of ${s.rule} on ${s.address} matches no finding in any stack checked; remove it`,
    unverifiable: false,
  };
}
