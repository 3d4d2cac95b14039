import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "./config-error";
import { loadEnvironment } from "./load-environment";
import { resolveBackend } from "../state-backend";
import { stackNameOf } from "../stack-name";
import { EnvironmentConfig } from "./schema";

export interface LoadEnvironmentsOptions {
  /** Folder holding one `<env>.json` per environment. */
  readonly configDir: string;
  /**
   * Environments to load, e.g. ["dev"]. Default: every `<env>.json` in the folder.
   */
  readonly only?: readonly string[];
}

/** Thrown when one or more config files are invalid; carries every file's problems at once. */
export class ConfigErrors extends Error {
  constructor(readonly errors: readonly ConfigError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "ConfigErrors";
  }
}

/**
 * Loads and validates the selected environments. Every file is checked before anything is
 * returned, so one run reports all problems, and nothing is synthesized from a half-valid set.
 */
export function loadEnvironments(options: LoadEnvironmentsOptions): EnvironmentConfig[] {
  const dir = options.configDir;
  let available: string[];
  try {
    available = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -".json".length))
      .sort();
  } catch {
    throw new ConfigErrors([
      new ConfigError(dir, [{ path: "(folder)", expected: "a folder of <env>.json files", found: "no such folder" }]),
    ]);
  }
  const selected = options.only && options.only.length > 0 ? [...options.only] : available;
  const missing = selected.filter((env) => !available.includes(env));
  if (missing.length > 0 || selected.length === 0) {
    throw new ConfigErrors([
      new ConfigError(dir, [
        {
          path: "(environment selection)",
          expected: `an environment with a config file here (${available.map((e) => `"${e}"`).join(", ") || "none yet: add <env>.json"})`,
          found: missing.length > 0 ? missing.map((e) => JSON.stringify(e)).join(", ") : "no config files",
        },
      ]),
    ]);
  }

  const errors: ConfigError[] = [];
  const environments: EnvironmentConfig[] = [];
  for (const env of selected) {
    const file = path.join(dir, `${env}.json`);
    try {
      environments.push(loadEnvironment(file));
    } catch (err) {
      if (err instanceof ConfigError) errors.push(err);
      else throw err;
    }
  }
  errors.push(...sharedTenantErrors(dir, environments), ...sharedStateErrors(dir, environments));
  if (errors.length > 0) throw new ConfigErrors(errors);
  return environments;
}

/**
 * Reports every environment that shares something with an earlier one, naming both files.
 * `owner` gives what must be each environment's own, and the JSON path it comes from.
 */
function sharedErrors(
  dir: string,
  environments: readonly EnvironmentConfig[],
  owner: (env: EnvironmentConfig) => { path: string; key: string; found: string },
  expected: (otherFile: string) => string,
): ConfigError[] {
  const fileOf = (env: EnvironmentConfig) => path.join(dir, `${env.name}.json`);
  const seen = new Map<string, EnvironmentConfig>();
  const errors: ConfigError[] = [];
  for (const env of environments) {
    const { path: jsonPath, key, found } = owner(env);
    const other = seen.get(key);
    if (other !== undefined) {
      errors.push(new ConfigError(fileOf(env), [{ path: jsonPath, expected: expected(fileOf(other)), found }]));
    } else {
      seen.set(key, env);
    }
  }
  return errors;
}

/**
 * auth0_trigger_actions owns a tenant's whole post-login flow, so two environments that
 * target one tenant would overwrite each other's bindings on every apply.
 */
function sharedTenantErrors(dir: string, environments: readonly EnvironmentConfig[]): ConfigError[] {
  return sharedErrors(
    dir,
    environments,
    (env) => ({ path: "$.tenant.domain", key: env.tenant.domain, found: JSON.stringify(env.tenant.domain) }),
    (other) => `a tenant of its own: ${other} already deploys to it, and each stack owns the tenant's post-login flow`,
  );
}

/**
 * Two stacks on one Terraform state would each plan to destroy what the other created.
 * Defaults count: they are resolved the way the stack resolves them.
 */
function sharedStateErrors(dir: string, environments: readonly EnvironmentConfig[]): ConfigError[] {
  return sharedErrors(
    dir,
    environments,
    (env) => {
      const state = resolveBackend(stackNameOf(env.name), env.name, env.backend).stateId;
      return { path: "$.backend", key: state, found: state };
    },
    (other) =>
      `a Terraform state of its own: ${other} keeps its state there too, and each plan would destroy the other's resources`,
  );
}
