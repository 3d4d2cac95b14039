/**
 * A configuration problem, reported as the file, the JSON path, what was expected,
 * what was found, and what to do. Never carries a secret value.
 */
export interface ConfigProblem {
  /** JSON path such as $.dashboards.mlflow.url. */
  readonly path: string;
  /** What was expected, and how to fix it. */
  readonly expected: string;
  /** What was found, already rendered (and redacted where it might be a secret). */
  readonly found: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      [`${file}: invalid configuration (${problems.length} problem${problems.length === 1 ? "" : "s"})`]
        .concat(problems.map((p) => `  ${p.path}: ${p.expected}; found ${p.found}`))
        .join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** Renders a JSON path the way jq and JSONPath users read it: $.users.alice.roles[0], $.roles["ml-viewer"]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    "$" +
    path
      .map((k) =>
        typeof k === "number"
          ? `[${k}]`
          : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(String(k))
            ? `.${String(k)}`
            : `[${JSON.stringify(String(k))}]`,
      )
      .join("")
  );
}

/** Keys whose values must never be echoed back, even in an error message. */
export const SECRET_KEY_PATTERN = /pass(word|wd)?$|secret|token|api[_-]?key|credential|conn(ection)?[_-]?str/i;

/** Renders a found value for an error message: short, and never a secret. */
export function renderFound(value: unknown, path: readonly PropertyKey[]): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (
    typeof value !== "number" &&
    typeof value !== "boolean" &&
    path.some((k) => typeof k === "string" && SECRET_KEY_PATTERN.test(k))
  )
    return "a value (not shown: it may be a secret)";
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0
      ? "an empty object"
      : `an object with keys ${keys.map((k) => JSON.stringify(k)).join(", ")}`;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
