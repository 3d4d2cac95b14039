import * as fs from "node:fs";
import * as path from "node:path";
import { isObject } from "../stack-model";
import { DeployError } from "./errors";

/** A variable the stack declares without a default: Terraform cannot plan until it has a value. */
export interface RequiredVariable {
  readonly name: string;
  readonly sensitive: boolean;
}

/** The synthesized stack in `stackDir` (its cdk.tf.json), as far as deploying needs it. */
export interface DeployStack {
  readonly name: string;
  readonly dir: string;
  readonly requiredVariables: readonly RequiredVariable[];
}

/** Reads `<stackDir>/cdk.tf.json`; the stack's name is its folder's, as under cdktf.out/stacks/. */
export function readDeployStack(stackDir: string): DeployStack {
  const file = path.join(stackDir, "cdk.tf.json");
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new DeployError(
      `${file}: missing or not valid JSON; run npx cdktf synth first and pass a folder under cdktf.out/stacks/`,
    );
  }
  if (!isObject(json) || !isObject(json.terraform)) {
    throw new DeployError(`${file}: not a synthesized Terraform stack (no "terraform" block)`);
  }
  const declared = isObject(json.variable) ? json.variable : {};
  const requiredVariables = Object.entries(declared)
    .filter(([, body]) => !isObject(body) || !("default" in body))
    .map(([name, body]) => ({ name, sensitive: isObject(body) && body.sensitive === true }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { name: path.basename(path.resolve(stackDir)), dir: stackDir, requiredVariables };
}
