/**
 * A danger is a planned change that can lose data or widen access. Each one names what happens
 * and why it matters, in one line each; the review lists them before anything else.
 */

/** Data loss first, then lost protection, then wider access: the order reviewers read them in. */
export type DangerCategory = "data-loss" | "protection" | "access";

export type DangerRule =
  | "destroys-critical-resource"
  | "connection-renamed"
  | "prevent-destroy-removed"
  | "grant-types-added"
  | "risky-grant-type"
  | "urls-added"
  | "signup-enabled"
  | "brute-force-protection-off"
  | "role-granted"
  | "permissions-granted"
  | "action-unbound"
  | "action-replaced"
  | "trigger-list-taken-over";

export interface Danger {
  readonly stack: string;
  readonly address: string;
  readonly rule: DangerRule;
  readonly category: DangerCategory;
  /** What happens, e.g. "replaced (delete, then create)" or "callback URLs added". */
  readonly title: string;
  /** Why it matters, one sentence. */
  readonly why: string;
  /** The values involved (URLs, grant types, role names...): never a sensitive value. */
  readonly values?: readonly string[];
  /** What `values` are, e.g. "added" or "forced by". */
  readonly valuesLabel?: string;
  /** A further fact, e.g. why prevent_destroy did not stop the change. */
  readonly note?: string;
}

const CATEGORY_ORDER: Record<DangerCategory, number> = { "data-loss": 0, protection: 1, access: 2 };

/** Sorts dangers for the review: category, then stack (in input order), then address. */
export function sortDangers(dangers: readonly Danger[], stackOrder: readonly string[]): Danger[] {
  const stackIndex = new Map(stackOrder.map((name, i) => [name, i]));
  return [...dangers].sort(
    (a, b) =>
      CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
      (stackIndex.get(a.stack) ?? 0) - (stackIndex.get(b.stack) ?? 0) ||
      compareText(a.address, b.address) ||
      compareText(a.rule, b.rule) ||
      compareText(a.title, b.title),
  );
}

/** Locale-independent ordering, so snapshots are the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
