import { block, isObject, isUnresolved, Unresolved } from "../../stack-model";
import { Problem } from "../rule";

/** Helpers that read evaluated values for rules, turning unresolved interpolations into "cannot verify" problems. */

export const violation = (message: string, path?: string, subject?: string): Problem => ({ message, path, subject });

export const cannotVerify = (path: string, value: Unresolved): Problem => ({
  message: `cannot verify ${path}: "\${${shorten(value.expression)}}" is ${value.reason}; make it a literal, or accept it with a suppression`,
  path,
  unverifiable: true,
});

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * A list attribute as strings. A string where a list is expected counts as a one-element list
 * (Terraform would reject it; the check still sees its value). Unresolved items go to `problems`.
 */
export function stringList(
  values: Readonly<Record<string, unknown>>,
  key: string,
  problems: Problem[],
): Array<{ value: string; path: string }> {
  const raw = values[key];
  if (raw === undefined || raw === null) return [];
  if (isUnresolved(raw)) {
    problems.push(cannotVerify(key, raw));
    return [];
  }
  const items = Array.isArray(raw) ? raw : [raw];
  const out: Array<{ value: string; path: string }> = [];
  items.forEach((item, i) => {
    const path = Array.isArray(raw) ? `${key}[${i}]` : key;
    if (isUnresolved(item)) problems.push(cannotVerify(path, item));
    else if (typeof item === "string") out.push({ value: item, path });
    else if (typeof item === "number" || typeof item === "boolean") out.push({ value: String(item), path });
  });
  return out;
}

/** A scalar attribute: its value, or undefined after recording "cannot verify". */
export function scalar(values: Readonly<Record<string, unknown>>, path: string, problems: Problem[]): unknown {
  let current: unknown = values;
  for (const step of path.split(".")) {
    const container = Array.isArray(current) ? block(current) : current;
    if (!isObject(container)) return undefined;
    current = container[step];
    if (isUnresolved(current)) {
      problems.push(cannotVerify(path, current));
      return undefined;
    }
  }
  return current;
}

/** A nested block (cdktf writes blocks as one-element lists), or undefined. */
export function nested(values: Readonly<Record<string, unknown>>, path: string): Record<string, unknown> | undefined {
  let current: unknown = values;
  for (const step of path.split(".")) {
    const container = block(current);
    if (!container) return undefined;
    current = container[step];
  }
  return block(current);
}
