import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "./terraform-cdk";
import { CDKTF_CLI_MARKER, reportToCdktfCli, reportToCdktfCliWithoutOutput } from "./cli-report";
import { ConfigErrors, loadEnvironments } from "./config/load-environments";
import { readLoginCode } from "./login-code";
import { DashboardAuthStack } from "./stack";
import { removeFoldersOfEndedProcesses } from "./ended-processes";

/** Environment variable selecting environments to synthesize, e.g. "dev" or "dev,prod". Default: all. */
export const ENVIRONMENT_SELECTOR = "ML_DASHBOARD_ENV";

export interface AppOptions {
  /** Project folder holding config/ and rules/. */
  readonly projectRoot: string;
  /** Environments to synthesize. Default: every config file. */
  readonly only?: readonly string[];
  /** Where to write; default: cdktf's (CDKTF_OUTDIR, set by the CLI). */
  readonly outdir?: string;
}

/**
 * Loads and validates every selected environment, then adds one stack per environment to a
 * new App. Nothing is built until every config is valid.
 */
export function buildApp(options: AppOptions): App {
  const environments = loadEnvironments({ configDir: path.join(options.projectRoot, "config"), only: options.only });
  const loginCode = readLoginCode(path.join(options.projectRoot, "rules"));
  // No stack traces in manifest.json: they would put machine paths into the output.
  const app = new App({ outdir: options.outdir, stackTraces: false });
  for (const environment of environments) {
    new DashboardAuthStack(app, { environment, loginCode });
  }
  return app;
}

/** Parses the ML_DASHBOARD_ENV selector ("dev", "dev,prod"). */
export function selectedEnvironments(value: string | undefined): string[] | undefined {
  const names = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 ? names : undefined;
}

/**
 * The app's entry point: synthesizes the selected environments and returns the exit code.
 * Every expected failure is printed as a plain message (file, field, value, fix), never a stack trace.
 */
export function runApp(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.error,
): number {
  const outdir = path.resolve(projectRoot, env.CDKTF_OUTDIR ?? "cdktf.out");
  const staging = `${outdir}${STAGING_SUFFIX}${process.pid}`;
  removeStaleStaging(outdir);
  try {
    // Config errors name files as the user would type them: config/prod.json, not an absolute path.
    const shownRoot = path.relative(process.cwd(), projectRoot) || ".";
    const app = buildApp({
      projectRoot: shownRoot,
      outdir: staging,
      only: selectedEnvironments(env[ENVIRONMENT_SELECTOR]),
    });
    app.synth();
    publish(staging, outdir);
    return 0;
  } catch (err) {
    if (err instanceof ConfigErrors) {
      const hint = `Nothing was synthesized. Fix the config and run cdktf synth again (${ENVIRONMENT_SELECTOR}=<env> synthesizes one environment).`;
      // Under the cdktf CLI the annotations fail the command, and each problem is printed once.
      if (env[CDKTF_CLI_MARKER] !== undefined) {
        if (reportToCdktfCli(outdir, err.errors, hint)) return 0;
        if (reportToCdktfCliWithoutOutput(outdir, err.errors, hint, console.log)) return 0;
      }
      log(err.message);
      log(hint);
    } else {
      log(`ml-dashboard-auth: ${(err as Error).message ?? String(err)}`);
      log("Nothing was synthesized.");
      if (env.ML_DASHBOARD_DEBUG) log(String((err as Error).stack));
    }
    return 1;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** A synth writes into `<outdir>.staging-<pid>` and moves the result into place when it is complete. */
const STAGING_SUFFIX = ".staging-";

/**
 * Removes staging folders left by synths that were killed before they could clean up: those
 * whose process is gone. A folder of a synth still running (in another terminal) is left alone.
 */
function removeStaleStaging(outdir: string): void {
  removeFoldersOfEndedProcesses(path.dirname(outdir), `${path.basename(outdir)}${STAGING_SUFFIX}`);
}

/**
 * Moves a finished synth into place, file by file with atomic renames, the manifest that lists
 * the stacks last. A failed synth never gets here, so it never leaves a half-written cdktf.out,
 * and files Terraform keeps in a stack folder (.terraform/, plans) are left alone.
 */
function publish(staging: string, outdir: string): void {
  const moveFiles = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      if (entry.isDirectory()) moveFiles(source, path.join(to, entry.name));
      else if (entry.name !== "manifest.json" || from !== staging) fs.renameSync(source, path.join(to, entry.name));
    }
  };
  moveFiles(staging, outdir);
  fs.renameSync(path.join(staging, "manifest.json"), path.join(outdir, "manifest.json"));
}
