import { DeployError } from "./errors";
import { placeholderPassword } from "./placeholder-passwords";
import { DeployStack } from "./stack-variables";

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
  const forStack =
    typeof all === "object" && all !== null && !Array.isArray(all)
      ? (all as Record<string, unknown>)[stack.name]
      : undefined;
  if (typeof forStack !== "object" || forStack === null || Array.isArray(forStack)) {
    throw new DeployError(
      `${secretName} has no object for stack "${stack.name}": add "${stack.name}": { ${stack.requiredVariables.map((v) => `"${v.name}": "…"`).join(", ")} }`,
    );
  }
  const values = forStack as Record<string, unknown>;
  const missing = stack.requiredVariables.filter((v) => typeof values[v.name] !== "string" || values[v.name] === "");
  if (missing.length > 0) {
    throw new DeployError(
      `${secretName}["${stack.name}"] lacks a string value for: ${missing.map((v) => v.name).join(", ")} (a config user's passwordVariable or a connection's clientSecretVariable; add it to the secret)`,
    );
  }
  const withNewline = stack.requiredVariables.filter((v) => /[\r\n]/.test(values[v.name] as string));
  if (withNewline.length > 0) {
    throw new DeployError(
      `${secretName}["${stack.name}"]: the value of ${withNewline.map((v) => v.name).join(", ")} contains a line break; passwords are one line`,
    );
  }
  return Object.fromEntries(stack.requiredVariables.map((v) => [`TF_VAR_${v.name}`, values[v.name] as string]));
}

/**
 * Placeholders for plans that must not see real secrets (pull requests, drift). Only sensitive
 * variables get one: a non-secret variable without a default has no safe stand-in.
 */
export function placeholderVariables(stack: DeployStack): Record<string, string> {
  const plain = stack.requiredVariables.filter((v) => !v.sensitive);
  if (plain.length > 0) {
    throw new DeployError(
      `stack "${stack.name}": variable(s) ${plain.map((v) => v.name).join(", ")} have no default and are not sensitive, so no placeholder can stand in for them (a SAML signing certificate: give it as "signingCert": {"file": "<PEM>"} in config instead)`,
    );
  }
  return Object.fromEntries(stack.requiredVariables.map((v) => [`TF_VAR_${v.name}`, placeholderPassword()]));
}
