import { spawn } from "node:child_process";

export interface TerraformRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Terraform's environment: ours, without any TF_VAR_ inherited from the job (only the values
 * chosen here reach Terraform), plus `variables`.
 */
export function terraformEnv(base: NodeJS.ProcessEnv, variables: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith("TF_VAR_")));
  return { ...env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...variables };
}

/**
 * Runs `terraform -chdir=<dir> <args>`, passing its output through as it comes (an apply can
 * take minutes) unless `quiet`, and keeping it to inspect afterwards.
 */
export function runTerraform(
  dir: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Promise<TerraformRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", [`-chdir=${dir}`, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      out.push(chunk);
      if (!options.quiet) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err.push(chunk);
      if (!options.quiet) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}
