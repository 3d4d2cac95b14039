import { MarksTree } from "./plan-model";

/**
 * Helpers for Terraform's marks trees (`after_unknown`, `before_sensitive`,
 * `after_sensitive`). A marks tree mirrors its value; `true` at a node marks that node and
 * everything below it, and a missing node or `false` marks nothing.
 */

/** The marks below one key or index of a node. */
export function childMarks(marks: MarksTree, key: string | number): MarksTree {
  if (marks === true) return true;
  if (typeof marks !== "object" || marks === null) return false;
  return (marks as Record<string | number, unknown>)[key] ?? false;
}

/** True when the node itself (and so all below it) is marked. */
export function isMarked(marks: MarksTree): boolean {
  return marks === true;
}

/** True when the node or anything below it is marked. */
export function hasAnyMark(marks: MarksTree): boolean {
  if (marks === true) return true;
  if (typeof marks !== "object" || marks === null) return false;
  for (const child of Object.values(marks)) if (hasAnyMark(child)) return true;
  return false;
}
