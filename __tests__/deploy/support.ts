import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT } from "../support/paths";

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run deploy -- <args>`, as the workflows run it (without npm's banner). */
export function runDeployCli(args: readonly string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): CliResult {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "scripts/run-ts.js"), path.join(PROJECT_ROOT, "tools/deploy/cli.ts"), ...args],
    {
      cwd,
      env,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A stack folder shaped like cdktf.out/stacks/<name>/: the given variables (taken from a real
 * synthesized stack, validations included) and one terraform_data stand-in per variable that
 * uses it as an auth0_user uses its password (ignore_changes, so only creation reads it).
 */
export function writeStandInStack(root: string, name: string, variables: Record<string, unknown>): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  const resources = Object.fromEntries(
    Object.keys(variables).map((v) => [
      v.replace(/_password$/, ""),
      { input: `\${var.${v}}`, lifecycle: { ignore_changes: ["input"] } },
    ]),
  );
  const stack = {
    terraform: { backend: { local: { path: "terraform.tfstate" } } },
    variable: variables,
    resource: { terraform_data: resources },
  };
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(stack, null, 2));
  return dir;
}
