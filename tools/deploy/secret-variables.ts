import { DeployError } from "./errors";
import { placeholderPassword } from "./placeholder-passwords";
import { isObject } from "../stack-model";
import { DeployStack, RequiredVariable } from "./stack-variables";

/**
 * The values of a stack's required variables, as `TF_VAR_<name>` entries for Terraform's own
 * environment (never the workflow step's, never a file).
 *
 * Real values come from one JSON secret for all stacks, keyed by stack and then by variable:
 * `{ "ml-dashboard-auth-prod": { "alice_password": "…" } }`. The list of names comes from the
 * synthesized stack, so it follows config/*.json: adding a user adds a variable that this step
 * then requires, and nothing in the workflows lists users by hand.
 */
export function secretVariablesFromJson(
  stack: DeployStack,
  secretName: string,
  json: string | undefined,
  required: readonly RequiredVariable[] = stack.requiredVariables,
): Record<string, string> {
  if (json === undefined || json.trim() === "") {
    throw new DeployError(
      `${secretName} is not set: it must hold the JSON object of secret variables (see the README, "Deploying to a real tenant")`,
    );
  }
  let all: unknown;
  try {
    all = JSON.parse(json);
  } catch {
    // Never quote the text: it is full of passwords.
    throw new DeployError(
      `${secretName} is not valid JSON: expected { "<stack>": { "<variable>": "<value>" } } (its text is not shown)`,
    );
  }
  const forStack = isObject(all) ? all[stack.name] : undefined;
  if (!isObject(forStack)) {
    throw new DeployError(
      `${secretName} has no object for stack "${stack.name}": add "${stack.name}": { ${required.map((v) => `"${v.name}": "…"`).join(", ")} }`,
    );
  }
  const values = forStack;
  const missing = required.filter((v) => typeof values[v.name] !== "string" || values[v.name] === "");
  if (missing.length > 0) {
    throw new DeployError(
      `${secretName}["${stack.name}"] lacks a string value for: ${missing.map((v) => v.name).join(", ")} (a config user's passwordVariable or a connection's clientSecretVariable; add it to the secret)`,
    );
  }
  const withNewline = required.filter((v) => /[\r\n]/.test(values[v.name] as string));
  if (withNewline.length > 0) {
    throw new DeployError(
      `${secretName}["${stack.name}"]: the value of ${withNewline.map((v) => v.name).join(", ")} contains a line break; passwords are one line`,
    );
  }
  return Object.fromEntries(required.map((v) => [`TF_VAR_${v.name}`, values[v.name] as string]));
}

/**
 * Values of a stack's required variables that are not secret (a SAML signing certificate given as a
 * variable), from a JSON object in a non-secret source, keyed like the secret: `{ "<stack>": {
 * "<variable>": "…" } }`. In the workflows it is the repository variable TF_PUBLIC_VARIABLES. A
 * value for a sensitive variable is refused: such a source is readable by anyone who reads logs.
 * Unset or empty: no public values.
 */
export function publicVariablesFromJson(
  stack: DeployStack,
  sourceName: string,
  json: string | undefined,
): Record<string, string> {
  const plain = stack.requiredVariables.filter((v) => !v.sensitive);
  if (json === undefined || json.trim() === "") {
    if (plain.length === 0) return {};
    throw new DeployError(
      `stack "${stack.name}": ${plain.map((v) => v.name).join(", ")} have no default and are not sensitive, so no placeholder can stand in for them; ` +
        `give their values in ${sourceName} as { "${stack.name}": { "${plain[0].name}": "…" } } (a repository variable, not a secret), ` +
        `or for a SAML signing certificate use "signingCert": {"file": "<PEM>"} in config`,
    );
  }
  let all: unknown;
  try {
    all = JSON.parse(json);
  } catch {
    throw new DeployError(`${sourceName} is not valid JSON: expected { "<stack>": { "<variable>": "<value>" } }`);
  }
  const forStack = isObject(all) ? all[stack.name] : undefined;
  const values = isObject(forStack) ? forStack : {};
  const secret = stack.requiredVariables.filter((v) => v.sensitive && v.name in values);
  if (secret.length > 0) {
    throw new DeployError(
      `${sourceName}["${stack.name}"] holds ${secret.map((v) => v.name).join(", ")}, which the stack declares sensitive: move it to the secret (its value is not shown)`,
    );
  }
  const missing = plain.filter((v) => typeof values[v.name] !== "string" || values[v.name] === "");
  if (missing.length > 0) {
    throw new DeployError(
      `${sourceName}["${stack.name}"] lacks a string value for: ${missing.map((v) => v.name).join(", ")} (not sensitive, so it is not taken from a secret or a placeholder)`,
    );
  }
  return Object.fromEntries(plain.map((v) => [`TF_VAR_${v.name}`, values[v.name] as string]));
}

/**
 * Placeholders for plans that must not see real secrets (pull requests, drift). Only sensitive
 * variables get one: a non-secret variable without a default has no safe stand-in, so its value
 * comes from the public source (publicVariablesFromJson).
 */
export function placeholderVariables(stack: DeployStack): Record<string, string> {
  return Object.fromEntries(
    stack.requiredVariables.filter((v) => v.sensitive).map((v) => [`TF_VAR_${v.name}`, placeholderPassword()]),
  );
}

/**
 * Every required variable's value for a plan, as `TF_VAR_` entries: the secret ones from the JSON
 * secret named by `secrets`, or plan-only placeholders when none is named; the non-secret ones
 * (none in most stacks) from the public source named by `public`, which then need not be in the secret.
 */
export function planVariables(
  stack: DeployStack,
  sources: { readonly secrets?: string; readonly public?: string },
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const publicValues = () =>
    publicVariablesFromJson(
      stack,
      sources.public ?? "--public-variables-from-env <NAME>",
      sources.public && env[sources.public],
    );
  if (sources.secrets === undefined) return { ...placeholderVariables(stack), ...publicValues() };
  if (sources.public === undefined) return secretVariablesFromJson(stack, sources.secrets, env[sources.secrets]);
  const sensitive = stack.requiredVariables.filter((v) => v.sensitive);
  return { ...secretVariablesFromJson(stack, sources.secrets, env[sources.secrets], sensitive), ...publicValues() };
}
