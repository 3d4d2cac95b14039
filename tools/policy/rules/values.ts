import { block, isObject, isUnresolved, Unresolved } from "../../stack-model";
import { Problem } from "../rule";
import { looksLikeCredential } from "./anywhere/credential-patterns";

/** Helpers that read evaluated values for rules, turning unresolved interpolations into "cannot verify" problems. */

export const violation = (message: string, path?: string, subject?: string): Problem => ({ message, path, subject });

export const cannotVerify = (path: string, value: Unresolved): Problem => ({
  message: `cannot verify ${path}: "\${${shownExpression(value.expression)}}" is ${value.reason}; make it a literal, or accept it with a suppression`,
  path,
  unverifiable: true,
});

/** An expression for a message: its string literals hidden (they could be secrets), long ones cut. */
function shownExpression(expression: string): string {
  const text = expression.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A value for a message: booleans, numbers and null as they are, a string only when it is one
 * the field is known to take (`known`); anything else may be a secret typed into the wrong field.
 */
export function shownValue(value: unknown, known?: ReadonlySet<string> | RegExp): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  const isKnown = (s: string) => (known instanceof RegExp ? known.test(s) : (known?.has(s) ?? false));
  if (typeof value === "string" && isKnown(value) && !looksLikeCredential(value)) return JSON.stringify(value);
  return typeof value === "string" ? "a value it does not take (not shown)" : `a ${Array.isArray(value) ? "list" : typeof value}`;
}

/** A URL for a message: scheme, host and path only (credentials and query strings are not shown). */
export function shownUrl(value: string): string {
  if (!URL.canParse(value)) return "a value that is not a URL (not shown)";
  const url = new URL(value);
  const shown = `${url.protocol}//${url.host}${url.pathname}${url.search ? "?…" : ""}${url.hash ? "#…" : ""}`;
  const credentials = url.username || url.password ? " (with credentials, not shown)" : "";
  return `${JSON.stringify(shown.length > 120 ? `${shown.slice(0, 117)}...` : shown).slice(1, -1)}${credentials}`;
}

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
