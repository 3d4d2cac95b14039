import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildReview, PlanInput, readPlanFile, ReviewOptions } from "../../tools/plan-review";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");
export const FIXTURES = path.join(__dirname, "fixtures");

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** Fixture file paths as the CLI would print them: relative to the project root. */
export function fixtureInput(name: string): PlanInput {
  const file = path.relative(PROJECT_ROOT, fixture(name));
  return { stack: name.replace(/\.plan\.json$/, ""), file, plan: readPlanFile(fixture(name)) };
}

export function reviewFixtures(names: readonly string[], options: ReviewOptions = {}) {
  return buildReview(names.map(fixtureInput), options);
}

/**
 * Every value the fixtures flag as sensitive (or that echoes one), planted with a "canary"
 * prefix. No review, Markdown or JSON, may contain any of them.
 */
export function plantedCanaries(): string[] {
  const found = new Set<string>();
  for (const file of walk(FIXTURES)) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/canary-[A-Za-z0-9-]+/g)) found.add(match[0]);
  }
  return [...found].sort();
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A temporary folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-review-${prefix}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as users do (`npm run plan:review` is this command), in a child process. */
export function runCliProcess(args: readonly string[], cwd = PROJECT_ROOT): CliRun {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "scripts/run-ts.js"), path.join(PROJECT_ROOT, "tools/plan-review/cli.ts"), ...args],
    {
      cwd,
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
