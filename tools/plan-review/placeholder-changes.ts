import { isPlaceholder } from "../deploy/placeholder-passwords";
import { formatPath } from "./attribute-path";

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
  const changed: string[] = [];
  // One path, extended and shortened as the walk goes; copied only for a placeholder found.
  const path: (string | number)[] = [];
  const walk = (b: unknown, a: unknown): boolean => {
    if (isContainer(b) && isContainer(a) && Array.isArray(b) === Array.isArray(a)) {
      return Array.isArray(a)
        ? walkList(b as unknown[], a)
        : walkObject(b as Record<string, unknown>, a as Record<string, unknown>);
    }
    // Leaves of JSON values: equal as JSON exactly when they are the same primitive (a
    // container against anything else, or two of different kinds, always differs).
    if (b === a) return true;
    if (!isPlaceholder(a)) return false;
    changed.push(formatPath(path));
    return true;
  };
  const walkList = (b: unknown[], a: unknown[]): boolean => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (!walkStep(i, b[i], a[i])) return false;
    return true;
  };
  const walkObject = (b: Record<string, unknown>, a: Record<string, unknown>): boolean => {
    for (const key of Object.keys(b)) if (!walkStep(key, b[key], a[key])) return false;
    for (const key of Object.keys(a)) if (!Object.hasOwn(b, key) && !walkStep(key, undefined, a[key])) return false;
    return true;
  };
  const walkStep = (step: string | number, b: unknown, a: unknown): boolean => {
    path.push(step);
    const placeholdersOnly = walk(b, a);
    path.pop();
    return placeholdersOnly;
  };
  return walk(before, after) && changed.length > 0 ? changed : undefined;
}

const isContainer = (value: unknown): value is object => typeof value === "object" && value !== null;
