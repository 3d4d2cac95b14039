import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { VARIABLE_NAME_PATTERN } from "../validation/names";
import { ConfigError, ConfigProblem, jsonPath, renderFound, SECRET_KEY_PATTERN } from "./config-error";
import { readJson } from "./read-json";
import { completeEnvironment, EnvironmentConfig, environmentSchema } from "./schema";
import { readSigningCertificates } from "./signing-certificates";

/** Environment names become stack names (ml-dashboard-auth-<env>) and Terraform identifiers. */
const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * Reads and validates one `config/<env>.json`. Throws ConfigError naming the file, the JSON
 * path, what was expected and what was found.
 *
 * @param file path of the config file; shown in errors as given.
 */
export function loadEnvironment(file: string): EnvironmentConfig {
  const name = path.basename(file, ".json");
  if (!ENVIRONMENT_NAME_PATTERN.test(name)) {
    throw new ConfigError(file, [
      {
        path: "(file name)",
        expected:
          "a file named <env>.json where <env> is lowercase letters, digits and hyphens, starting with a letter (at most 31)",
        found: JSON.stringify(path.basename(file)),
      },
    ]);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(file, [
      {
        path: "(file)",
        expected: "a readable JSON file",
        found: (err as NodeJS.ErrnoException).code ?? "an unreadable file",
      },
    ]);
  }
  const { value: raw, problems } = readJson(file, text);
  const result = environmentSchema.safeParse(raw, { reportInput: true, error: plainEnglish });
  if (!result.success) problems.push(...result.error.issues.flatMap((issue) => describeIssue(issue, raw)));
  if (problems.length > 0 || !result.success) throw new ConfigError(file, problems);
  return completeEnvironment(name, result.data, readSigningCertificates(file, result.data.connections));
}

function valueAt(root: unknown, issuePath: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of issuePath) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
  literal: "a fixed value",
};

const plural = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? "" : "s"}`;

/**
 * Plain-English messages for the checks that carry no message of their own; zod's wording
 * ("Invalid input: expected string, received undefined") is not for people editing a config.
 */
function plainEnglish(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}${issue.input === undefined ? " (this field is required)" : ""}`;
    }
    case "too_small": {
      const bound = issue.inclusive === false ? "more than" : "at least";
      if (issue.origin === "string") return `expected ${bound} ${plural(issue.minimum, "character")}`;
      if (issue.origin === "array") return `expected ${bound} ${plural(issue.minimum, "item")}`;
      return `expected a number ${issue.inclusive === false ? "above" : "of at least"} ${issue.minimum}`;
    }
    case "too_big": {
      const bound = issue.inclusive === false ? "fewer than" : "at most";
      if (issue.origin === "string") return `expected ${bound} ${plural(issue.maximum, "character")}`;
      if (issue.origin === "array") return `expected ${bound} ${plural(issue.maximum, "item")}`;
      return `expected a number ${issue.inclusive === false ? "below" : "of at most"} ${issue.maximum}`;
    }
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? "" : "one of "}${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `expected ${issue.format === "email" ? "an email address" : `text in ${issue.format} format`}`;
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}`;
    default:
      return "expected a different value (see the README's config reference)";
  }
}

/** Values that are never quoted back in an error, whatever field they are in. */
function hiddenValue(value: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[path.length - 1] === "passwordVariable") {
    // People type the password itself here; only a valid variable name is safe to show.
    return typeof value === "string" && VARIABLE_NAME_PATTERN.test(value)
      ? undefined
      : "a value that is not a Terraform variable name (not shown)";
  }
  if (typeof value === "string" && /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) {
    try {
      const url = new URL(value.trim());
      if (url.username || url.password) return "a URL with a user name or password in it (not shown)";
    } catch {
      // not a URL: shown as any other value
    }
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ConfigProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyPath = [...issue.path, key];
      if (SECRET_KEY_PATTERN.test(key)) {
        const inConnection = keyPath[0] === "connections" || keyPath[0] === "connection";
        return {
          path: jsonPath(keyPath),
          expected: inConnection
            ? 'no literal secrets in config: delete this key. For an upstream client secret set "clientSecretVariable": "<name>" and export TF_VAR_<name> when you run terraform plan/apply'
            : 'no literal secrets in config: delete this key. For a user\'s password set "passwordVariable": "<name>" and export TF_VAR_<name> when you run terraform plan/apply',
          found: renderFound(valueAt(raw, keyPath), keyPath),
        };
      }
      return {
        path: jsonPath(keyPath),
        expected: "no such key (check its spelling against the README's config reference)",
        found: "an unknown key",
      };
    });
  }
  if (issue.code === "invalid_key") {
    // A record key that fails its own check: the key is in the path, so it is not repeated.
    return [{ path: jsonPath(issue.path), expected: issue.issues[0]?.message ?? issue.message, found: "this key" }];
  }
  // A custom check says what it looked at (a key, say, rather than the object under it).
  const found = issue.code === "custom" && "input" in issue ? issue.input : valueAt(raw, issue.path);
  return [
    {
      path: jsonPath(issue.path),
      expected: issue.message,
      found:
        // A string where settings were expected may be anything pasted there, a password included.
        issue.code === "invalid_type" && issue.expected === "object" && typeof found === "string"
          ? "a string (not shown)"
          : (hiddenValue(found, issue.path) ?? renderFound(found, issue.path)),
    },
  ];
}
