// Parsed JSON as tests read and edit it: values stay `unknown` and are reached through `at`, which names the
// path that broke, so no test needs `any` to look into a synthesized stack, a plan or a report.

/** A JSON object whose values are narrowed where they are used. */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Parses text that must hold a JSON object (a cdk.tf.json, a plan, a report). */
export function parseJsonObject(text: string): JsonObject {
  const value: unknown = JSON.parse(text);
  if (!isJsonObject(value)) throw new Error(`expected a JSON object, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value;
}

/**
 * The value at a path of object keys and array indexes; undefined when the last key is missing.
 * Stepping through a missing or scalar value throws with the path so far, as `a.b.c` would.
 */
export function at(value: unknown, ...keys: Array<string | number>): unknown {
  let current = value;
  keys.forEach((key, i) => {
    if (current === null || typeof current !== "object") {
      throw new Error(`${keys.slice(0, i).join(".") || "(root)"} is ${JSON.stringify(current)}, not an object`);
    }
    current = (current as Record<string | number, unknown>)[key];
  });
  return current;
}

/** The object at a path (see `at`); throws when it is anything else. Edits through it change the original. */
export function objectAt(value: unknown, ...keys: Array<string | number>): JsonObject {
  const found = at(value, ...keys);
  if (!isJsonObject(found)) throw new Error(`${keys.join(".")} is ${JSON.stringify(found)}, not an object`);
  return found;
}

/** The array at a path (see `at`); throws when it is anything else. */
export function arrayAt(value: unknown, ...keys: Array<string | number>): unknown[] {
  const found = at(value, ...keys);
  if (!Array.isArray(found)) throw new Error(`${keys.join(".")} is ${JSON.stringify(found)}, not an array`);
  return found as unknown[];
}

/** The string at a path (see `at`); throws when it is anything else. */
export function stringAt(value: unknown, ...keys: Array<string | number>): string {
  const found = at(value, ...keys);
  if (typeof found !== "string") throw new Error(`${keys.join(".")} is ${JSON.stringify(found)}, not a string`);
  return found;
}
