import { formatPath, isPathPrefix } from "./attribute-path";
import { isLongList, isLongString, listLines, unifiedDiff } from "./diff-render";
import { MarksTree, ValuePath } from "./plan-model";
import { SecretIndex, SENSITIVE_TEXT } from "./secret-index";
import { childMarks, hasAnyMark, isMarked } from "./value-marks";

export const UNKNOWN_TEXT = "(known after apply)";

/** One side of an attribute as the review may show it: never a flagged value. */
export type ShownValue =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "sensitive" }
  | { readonly kind: "unknown" }
  | { readonly kind: "absent" };

export interface AttributeChange {
  /** Terraform-style path, e.g. `refresh_token[0].rotation_type`. */
  readonly path: string;
  readonly before: ShownValue;
  readonly after: ShownValue;
  /** True when `replace_paths` names this attribute (or a block holding it). */
  readonly forcesReplacement: boolean;
  /** A unified diff of a long or multi-line string, to read instead of the two values. */
  readonly diff?: string;
}

export interface AttributeDiffInput {
  readonly before: unknown;
  readonly after: unknown;
  readonly beforeSensitive: MarksTree;
  readonly afterSensitive: MarksTree;
  readonly afterUnknown: MarksTree;
  readonly replacePaths: readonly ValuePath[];
}

const ABSENT: ShownValue = { kind: "absent" };
const SENSITIVE: ShownValue = { kind: "sensitive" };
const UNKNOWN: ShownValue = { kind: "unknown" };

interface Side {
  readonly value: unknown;
  readonly sensitive: MarksTree;
  readonly unknown: MarksTree;
}

/** A node that the walk descends into rather than shows whole. */
const CONTAINER = Symbol("container");
type Shown = ShownValue | typeof CONTAINER;

/**
 * The attributes that differ between `before` and `after`, flattened to leaf paths (nested
 * blocks become `block[0].attribute`, maps `map.key`), in the order Terraform lists them.
 * Lists of plain values are one attribute, so an added URL reads as one change rather than a
 * shifted index on every later element. Values flagged sensitive, or that match a value
 * flagged anywhere in the plan, are shown as `(sensitive)`; unknown ones as `(known after apply)`.
 *
 * For a create, pass `before: undefined` and every set attribute is listed.
 */
export function diffAttributes(input: AttributeDiffInput, secrets: SecretIndex): AttributeChange[] {
  const rows: AttributeChange[] = [];
  const walker = new Walker(input.replacePaths, secrets, rows);
  walker.walk(
    [],
    { value: input.before ?? undefined, sensitive: input.beforeSensitive, unknown: false },
    { value: input.after ?? undefined, sensitive: input.afterSensitive, unknown: input.afterUnknown },
  );
  return rows;
}

class Walker {
  constructor(
    private readonly replacePaths: readonly ValuePath[],
    private readonly secrets: SecretIndex,
    private readonly rows: AttributeChange[],
  ) {}

  walk(path: (string | number)[], before: Side, after: Side): void {
    const b = this.classify(before);
    const a = this.classify(after);
    if (b !== CONTAINER && a !== CONTAINER) {
      if (!sameSides(before, after, b, a)) this.emit(path, b, a);
      return;
    }
    if (b === CONTAINER && a === CONTAINER && Array.isArray(before.value) !== Array.isArray(after.value)) {
      this.emit(path, this.whole(before), this.whole(after)); // A block turned into a map: rare.
      return;
    }
    const other = b === CONTAINER ? a : b;
    const container = b === CONTAINER ? before.value : after.value;
    if (other !== CONTAINER && !isComparableSide(other, container)) {
      this.emit(path, b === CONTAINER ? this.whole(before) : b, a === CONTAINER ? this.whole(after) : a);
      return;
    }
    for (const key of childKeys(before.value, after.value, after.unknown)) {
      path.push(key);
      this.walk(path, child(before, key), child(after, key));
      path.pop();
    }
  }

  /** What a side shows when it is a leaf, or CONTAINER when the walk goes below it. */
  private classify(side: Side): Shown {
    if (isMarked(side.unknown)) return UNKNOWN;
    const value = side.value;
    // Terraform leaves unknown attributes out of `after`: a node missing there may still
    // have children that after_unknown marks.
    if (value === undefined) return hasAnyMark(side.unknown) ? CONTAINER : ABSENT;
    if (isMarked(side.sensitive)) return SENSITIVE;
    if (value === null || typeof value !== "object") return this.scalar(value);
    const items = Array.isArray(value) ? value : Object.values(value);
    if (items.length === 0) return hasAnyMark(side.unknown) ? CONTAINER : { kind: "value", value };
    const plainList = Array.isArray(value) && items.every((item) => item === null || typeof item !== "object");
    if (plainList && !hasAnyMark(side.sensitive) && !hasAnyMark(side.unknown)) {
      return { kind: "value", value: value.map((item) => this.scrubScalar(item)) };
    }
    return CONTAINER;
  }

  private scalar(value: unknown): ShownValue {
    if (typeof value === "string" && this.secrets.isSecret(value)) return SENSITIVE;
    return { kind: "value", value: this.scrubScalar(value) };
  }

  private scrubScalar(value: unknown): unknown {
    return typeof value === "string" ? this.secrets.scrub(value) : value;
  }

  /** A container shown whole, its flagged parts replaced by placeholders. */
  private whole(side: Side): ShownValue {
    return { kind: "value", value: this.masked(side.value, side.sensitive, side.unknown) };
  }

  private masked(value: unknown, sensitive: MarksTree, unknown: MarksTree): unknown {
    if (isMarked(unknown)) return UNKNOWN_TEXT;
    if (isMarked(sensitive)) return SENSITIVE_TEXT;
    if (value === null || typeof value !== "object") return this.scrubScalar(value);
    if (Array.isArray(value))
      return value.map((item, i) => this.masked(item, childMarks(sensitive, i), childMarks(unknown, i)));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = this.masked(
        (value as Record<string, unknown>)[key],
        childMarks(sensitive, key),
        childMarks(unknown, key),
      );
    }
    return out;
  }

  private emit(path: readonly (string | number)[], before: ShownValue, after: ShownValue): void {
    const text = formatPath(path);
    const forcesReplacement = this.replacePaths.some((p) => isPathPrefix(p, path) || isPathPrefix(path, p));
    const diff = longValueDiff(text, before, after);
    this.rows.push(
      diff !== undefined
        ? { path: text, before, after, forcesReplacement, diff }
        : { path: text, before, after, forcesReplacement },
    );
  }
}

/**
 * A unified diff when a side is a long string or list (and neither is hidden), so that the
 * changed lines or elements are what a reviewer reads.
 */
function longValueDiff(path: string, before: ShownValue, after: ShownValue): string | undefined {
  const sides = [before, after];
  if (!sides.every((s) => s.kind === "value" || s.kind === "absent")) return undefined;
  const values = sides.map((s) => (s.kind === "value" ? s.value : undefined));
  if (values.some(isLongString) && values.every((v) => v === undefined || typeof v === "string")) {
    return unifiedDiff(path, values[0] ?? "", values[1] ?? "");
  }
  if (values.some(isLongList) && values.every((v) => v === undefined || Array.isArray(v))) {
    return unifiedDiff(path, listLines(values[0]), listLines(values[1]));
  }
  return undefined;
}

function child(side: Side, key: string | number): Side {
  const value = side.value;
  const inner =
    typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  return { value: inner, sensitive: childMarks(side.sensitive, key), unknown: childMarks(side.unknown, key) };
}

/**
 * Keys of both sides and of the unknown marks (unknown attributes are missing from `after`),
 * in order: list indexes ascending, object keys sorted.
 */
function childKeys(before: unknown, after: unknown, afterUnknown: MarksTree): (string | number)[] {
  const nodes = [before, after, afterUnknown].filter((n): n is object => typeof n === "object" && n !== null);
  if (Array.isArray(before) || Array.isArray(after)) {
    const length = Math.max(0, ...nodes.map((n) => (Array.isArray(n) ? n.length : 0)));
    return Array.from({ length }, (_, i) => i);
  }
  const keys = new Set<string>();
  for (const node of nodes) for (const key of Object.keys(node)) keys.add(key);
  return [...keys].sort();
}

/**
 * Absent, null, or a list or map like `container` (a plain list shown whole, an empty one): a
 * side that the other side's contents are compared with element by element.
 */
function isComparableSide(shown: ShownValue, container: unknown): boolean {
  if (shown.kind === "absent") return true;
  if (shown.kind !== "value") return false;
  const v = shown.value;
  if (v === null) return true;
  return typeof v === "object" && (container === undefined || Array.isArray(v) === Array.isArray(container));
}

/** Whether two leaf sides are the same value; unset (absent) and null count as the same. */
function sameSides(before: Side, after: Side, b: ShownValue, a: ShownValue): boolean {
  if (a.kind === "unknown") return false;
  const unset = (s: ShownValue) => s.kind === "absent" || (s.kind === "value" && s.value === null);
  if (unset(b) && unset(a)) return true;
  if (b.kind === "sensitive" || a.kind === "sensitive") {
    // Compared on the real values, as Terraform does: only "changed or not" is revealed.
    return b.kind === a.kind && deepEqual(before.value, after.value);
  }
  return b.kind === "value" && a.kind === "value" && deepEqual(b.value, a.value);
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xKeys = Object.keys(x);
  const yKeys = Object.keys(y);
  if (xKeys.length !== yKeys.length) return false;
  for (const key of xKeys) {
    if (!deepEqual((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key])) return false;
  }
  return true;
}
