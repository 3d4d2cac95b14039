import { Change, MarksTree } from "./plan-model";
import { SecretIndex } from "./secret-index";
import { childMarks, isMarked } from "./value-marks";

/**
 * Reads attribute values out of a change for the danger rules, together with their marks, so
 * that a rule can tell "removed" from "known only after apply" and never repeats a secret.
 */

/** A value with its sensitive and unknown marks. */
export interface MarkedValue {
  readonly value: unknown;
  readonly sensitive: MarksTree;
  readonly unknown: MarksTree;
}

export function beforeOf(change: Change): MarkedValue {
  return { value: change.before ?? undefined, sensitive: change.before_sensitive ?? false, unknown: false };
}

export function afterOf(change: Change): MarkedValue {
  return {
    value: change.after ?? undefined,
    sensitive: change.after_sensitive ?? false,
    unknown: change.after_unknown ?? false,
  };
}

/** The attribute `key` (or list index) of a value. */
export function attr(node: MarkedValue, key: string | number): MarkedValue {
  const value = node.value;
  const inner =
    typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  return { value: inner, sensitive: childMarks(node.sensitive, key), unknown: childMarks(node.unknown, key) };
}

/**
 * A nested block that the provider may write either as a one-element list (`options[0]`,
 * SDKv2 style) or as an object (plugin framework style).
 */
export function block(node: MarkedValue, key: string): MarkedValue {
  const inner = attr(node, key);
  return Array.isArray(inner.value) ? attr(inner, 0) : inner;
}

/** Each element of a list or set. */
export function elements(node: MarkedValue): MarkedValue[] {
  return Array.isArray(node.value) ? node.value.map((_, i) => attr(node, i)) : [];
}

export type Scalar =
  { readonly kind: "value"; readonly value: unknown } | { readonly kind: "unknown" } | { readonly kind: "sensitive" };

/** A scalar for a rule: known value (undefined when unset), unknown, or sensitive. */
export function scalar(node: MarkedValue): Scalar {
  if (isMarked(node.unknown)) return { kind: "unknown" };
  if (isMarked(node.sensitive)) return { kind: "sensitive" };
  return { kind: "value", value: node.value ?? undefined };
}

/** The strings of a list attribute, split into what may be shown and what may not. */
export interface StringList {
  /** Known, non-sensitive values, in list order. */
  readonly known: readonly string[];
  /** Elements known only after apply (the whole list counts as one when it is unknown). */
  readonly unknownCount: number;
  /** Sensitive elements: counted, never shown. */
  readonly hiddenCount: number;
  /** True when the whole list is known only after apply. */
  readonly wholeUnknown: boolean;
}

export function stringList(
  node: MarkedValue,
  secrets: SecretIndex,
  pick?: (element: MarkedValue) => MarkedValue,
): StringList {
  if (isMarked(node.unknown)) return { known: [], unknownCount: 1, hiddenCount: 0, wholeUnknown: true };
  if (isMarked(node.sensitive))
    return {
      known: [],
      unknownCount: 0,
      hiddenCount: Array.isArray(node.value) ? node.value.length : 1,
      wholeUnknown: false,
    };
  const known: string[] = [];
  let unknownCount = 0;
  let hiddenCount = 0;
  for (const element of elements(node)) {
    const item = scalar(pick ? pick(element) : element);
    if (item.kind === "unknown") unknownCount++;
    else if (item.kind === "sensitive") hiddenCount++;
    else if (typeof item.value === "string" || typeof item.value === "number") {
      const text = String(item.value);
      if (secrets.scrub(text) === text) known.push(text);
      else hiddenCount++;
    }
  }
  return { known, unknownCount, hiddenCount, wholeUnknown: false };
}

/** One string attribute as a list of zero or one: for rules that treat one value like a set. */
export function singleString(node: MarkedValue, secrets: SecretIndex): StringList {
  return stringList({ value: [node.value], sensitive: [node.sensitive], unknown: [node.unknown] }, secrets);
}

/** Values of `after` not in `before`, in `after` order. */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  return after.filter((value) => !old.has(value));
}
