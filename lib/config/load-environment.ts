import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { ConfigError, ConfigProblem, jsonPath, renderFound, SECRET_KEY_PATTERN } from "./config-error";
import { completeEnvironment, EnvironmentConfig, environmentSchema } from "./schema";

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
  const raw = parseJson(file, text);
  const result = environmentSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new ConfigError(
      file,
      result.error.issues.flatMap((issue) => describeIssue(issue, raw)),
    );
  }
  return completeEnvironment(name, result.data);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = "(file)";
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      where = `line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
    }
    // The parser's message quotes the offending text, which could be part of a secret; keep only its kind.
    return failJson(file, where, message.replace(/"[^"]*"|'[^']*'/g, "…").replace(/ in JSON at position \d+.*$/, ""));
  }
}

function failJson(file: string, where: string, detail: string): never {
  throw new ConfigError(file, [
    { path: where, expected: "valid JSON (no comments, no trailing commas)", found: detail.toLowerCase() },
  ]);
}

function valueAt(root: unknown, issuePath: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of issuePath) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ConfigProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyPath = [...issue.path, key];
      if (SECRET_KEY_PATTERN.test(key)) {
        return {
          path: jsonPath(keyPath),
          expected:
            'no literal secrets in config: delete this key. For a user\'s password set "passwordVariable": "<name>" and export TF_VAR_<name> when you run terraform plan/apply',
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
  const found = valueAt(raw, issue.path);
  let expected = issue.message;
  if (issue.code === "invalid_type" && found === undefined)
    expected = `a value (this field is required): ${expected.replace(/^Invalid input: /, "")}`;
  return [
    {
      path: jsonPath(issue.path),
      expected: expected.replace(/^Invalid input: /, ""),
      found: renderFound(found, issue.path),
    },
  ];
}
