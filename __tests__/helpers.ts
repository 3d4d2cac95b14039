import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "../lib/terraform-cdk";
import { loadEnvironment } from "../lib/config/load-environment";
import { EnvironmentConfig, EnvironmentInput } from "../lib/config/schema";
import { readLoginCode } from "../lib/login-code";
import { DashboardAuthStack } from "../lib/stack";
import { JsonObject, parseJsonObject } from "./json";
import { PROJECT_ROOT } from "./support/paths";

export { PROJECT_ROOT, tempDir } from "./support/paths";

export const EXAMPLE_ENVIRONMENTS = ["dev", "dev-sso", "prod"] as const;
export const loginCode = readLoginCode(path.join(PROJECT_ROOT, "rules"));

export function exampleEnvironment(name: string): EnvironmentConfig {
  return loadEnvironment(path.join(PROJECT_ROOT, "config", `${name}.json`));
}

/** Synthesizes one environment's stack and returns its parsed Terraform JSON. */
export function synthEnvironment(environment: EnvironmentConfig, app: App = Testing.app()): string {
  return Testing.synth(new DashboardAuthStack(app, { environment, loginCode }), true);
}

/**
 * The stack's Terraform JSON as written to cdk.tf.json, `//` comments included
 * (Testing.synth drops them).
 */
export function terraformJson(stack: TerraformStack): JsonObject {
  return parseJsonObject(JSON.stringify(stack.toTerraform()));
}

/** Writes a config file into a folder and returns its path. */
export function writeConfig(dir: string, env: string, config: unknown): string {
  const file = path.join(dir, `${env}.json`);
  fs.writeFileSync(file, typeof config === "string" ? config : JSON.stringify(config, null, 2));
  return file;
}

/** A small valid environment to vary in tests. */
export function minimalConfig(): EnvironmentInput & Record<string, unknown> {
  return {
    tenant: { domain: "ml-test.eu.auth0.com" },
    connection: { name: "ml-users" },
    roles: { "ml-viewer": { description: "Can view model metrics" } },
    dashboards: {
      mlflow: { clientName: "MLflow", url: "https://mlflow.example.com", allowedRoles: ["ml-viewer"] },
    },
    users: {
      alice: { email: "alice@example.com", roles: ["ml-viewer"], passwordVariable: "alice_password" },
    },
  };
}
