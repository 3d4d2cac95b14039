import { JSONPath, visit } from "jsonc-parser";
import { ConfigError, ConfigProblem, jsonPath } from "./config-error";

/**
 * Parses a config file's text. A syntax error is reported by line and column only: the text
 * around it may be part of a password typed into the file, so none of it is quoted.
 * Also reports what JSON.parse would silently drop: a key given twice (the last one wins)
 * and `__proto__` keys (never an own field of the parsed object).
 */
export function readJson(file: string, text: string): { value: unknown; problems: ConfigProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return readJsonClosely(file, text);
  }
  // JSON.parse keeps one member per distinct key: when it kept as many as the text has keys, no
  // key was given twice. The close reading walks every token in JavaScript; this check is native
  // regular-expression and parse work (a config's size grows with its users).
  return membersOf(value) === keysIn(text) ? { value, problems: [] } : readJsonClosely(file, text);
}

/** Every key and syntax problem, with its JSON path or position (jsonc-parser's token walk). */
function readJsonClosely(file: string, text: string): { value: unknown; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let syntaxError: { line: number; column: number } | undefined;
  const keysInOpenObjects: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        keysInOpenObjects.push(new Set());
      },
      onObjectEnd: () => {
        keysInOpenObjects.pop();
      },
      onObjectProperty: (key: string, _offset, _length, _line, _column, pathSupplier: () => JSONPath) => {
        const keys = keysInOpenObjects[keysInOpenObjects.length - 1];
        // Worked out only for a problem: this runs for every key of the file.
        const path = () => jsonPath([...pathSupplier(), key]);
        if (key === "__proto__") {
          problems.push({
            path: path(),
            expected: 'no key named "__proto__" (JavaScript drops it silently): rename or delete it',
            found: "a __proto__ key",
          });
        } else if (keys?.has(key)) {
          problems.push({
            path: path(),
            expected: "each key once in an object (JSON keeps only the last one): merge or rename them",
            found: "the same key twice",
          });
        }
        keys?.add(key);
      },
      onError: (_error, _offset, _length, line, column) => {
        syntaxError ??= { line: line + 1, column: column + 1 };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    syntaxError ??= { line: 0, column: 0 };
  }
  if (syntaxError) {
    const where = syntaxError.line > 0 ? `line ${syntaxError.line}, column ${syntaxError.column}` : "(file)";
    throw new ConfigError(file, [
      {
        path: where,
        expected: "valid JSON (no comments, no trailing commas, every string in double quotes)",
        found: "a syntax error (the text is not shown: it may hold a secret)",
      },
    ]);
  }
  return { value, problems };
}

/**
 * A string token of JSON text, and the colon after it when it is a key. Matched from the start,
 * every match begins at a string's opening quote: outside strings valid JSON has no quotes.
 */
const STRING_TOKEN = /"(?:[^"\\]+|\\.)*"(\s*:)?/g;

/** How many keys valid JSON text has, counting a key given twice twice. */
function keysIn(text: string): number {
  let keys = 0;
  STRING_TOKEN.lastIndex = 0;
  for (let token = STRING_TOKEN.exec(text); token !== null; token = STRING_TOKEN.exec(text))
    if (token[1] !== undefined) keys++;
  return keys;
}

/**
 * How many members the objects of a parsed value hold; NaN when one is a `__proto__` key
 * (JSON.parse keeps it as an own member, but no later `{...}` or field access sees it).
 */
function membersOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let members = 0;
  if (Array.isArray(value)) {
    for (const item of value) members += membersOf(item);
    return members;
  }
  if (Object.hasOwn(value, "__proto__")) return NaN;
  for (const key in value) members += 1 + membersOf((value as Record<string, unknown>)[key]);
  return members;
}
