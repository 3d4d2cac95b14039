import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * An environment for running Terraform offline in a test: no TF_* settings inherited from the
 * developer's shell (a stray TF_VAR_ would change plans), an empty CLI config written in `dir`,
 * no calls home and no prompts.
 */
export function offlineTerraformEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const cliConfig = path.join(dir, "empty.tfrc");
  if (!fs.existsSync(cliConfig)) fs.writeFileSync(cliConfig, "");
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TF_"))),
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
    TF_INPUT: "0",
    TF_CLI_CONFIG_FILE: cliConfig,
    ...extra,
  };
}

export interface TerraformResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `terraform <args>` in `cwd`. */
export function runTerraform(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): TerraformResult {
  const result = spawnSync("terraform", [...args], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `terraform <args>` and returns its stdout; throws with Terraform's output when it fails. */
export function mustRunTerraform(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): string {
  const result = runTerraform(cwd, args, env);
  if (result.status !== 0) throw new Error(`terraform ${args.join(" ")} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}
