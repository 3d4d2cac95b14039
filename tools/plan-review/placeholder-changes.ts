import { isPlaceholder } from "../deploy/placeholder-passwords";
import { formatPath } from "./attribute-path";
import { ValuePath } from "./plan-model";

/**
 * Attributes that a plan changes only because it was made with plan-only placeholders
 * (`deploy plan --placeholder-passwords`, as pull-request and drift plans are): a federated
 * connection's upstream client secret, say, whose real value is in the state. Such a change is
 * not a change of the config: the deploy plan, made with the real values, does not show it.
 *
 * Returns the paths of the changed leaves when every one of them is a placeholder after the
 * change, or undefined when anything else changes too (or nothing does).
 */
export function placeholderOnlyPaths(before: unknown, after: unknown): string[] | undefined {
  const changed: ValuePath[] = [];
  let other = false;
  const walk = (b: unknown, a: unknown, path: ValuePath) => {
    if (other) return;
    if (isContainer(b) && isContainer(a) && Array.isArray(b) === Array.isArray(a)) {
      const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
      for (const key of keys) {
        const step = Array.isArray(a) ? Number(key) : key;
        walk((b as Record<string, unknown>)[key], (a as Record<string, unknown>)[key], [...path, step]);
      }
      return;
    }
    if (JSON.stringify(b) === JSON.stringify(a)) return;
    if (isPlaceholder(a)) changed.push(path);
    else other = true;
  };
  walk(before, after, []);
  return !other && changed.length > 0 ? changed.map(formatPath) : undefined;
}

const isContainer = (value: unknown): value is object => typeof value === "object" && value !== null;
