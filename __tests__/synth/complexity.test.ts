// Guards synth's complexity, not the clock: per-user work must not grow with the number of
// users. Both sizes run in this process, alternately, and the ratio of their CPU times is
// compared, so a slow or busy machine slows both alike.
//
// The bound: 4× the users take at most 4× the time when synth is linear (less, by the fixed part:
// 2.1× to 3.3× here since the users are written as resolved JSON; 4.5× when they were constructs).
// A quadratic term that costs a tenth of the linear work at 500 users already exceeds 6×; the
// regression this guards against (per-user work over all users) took 16×. A bound of 3× would fail
// a linear synth whose fixed part is small, so it is not used.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildApp } from "../../lib/app";
import { minimalConfig, PROJECT_ROOT, tempDir, writeConfig } from "../helpers";

const SMALL = 500;
const LARGE = 2000;
const MAX_RATIO = 6;
const ROUNDS = 3;

function projectWithUsers(parent: string, users: number): string {
  const dir = path.join(parent, `users-${users}`);
  fs.mkdirSync(path.join(dir, "config"), { recursive: true });
  fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(dir, "rules"), { recursive: true });
  const config = minimalConfig();
  config.users = Object.fromEntries(
    Array.from({ length: users }, (_, i) => [
      `user${i}`,
      { email: `user${i}@example.com`, roles: ["ml-viewer"], passwordVariable: `user${i}_password` },
    ]),
  );
  writeConfig(path.join(dir, "config"), "bench", config);
  return dir;
}

/** CPU seconds (user + system) of one synth of the project, config loading and writing included. */
function synthCpuSeconds(projectRoot: string, outdir: string): number {
  const start = process.cpuUsage();
  buildApp({ projectRoot, outdir }).synth();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const dir = tempDir("complexity");

test(`synthesizing ${LARGE} users takes at most ${MAX_RATIO}× the time of ${SMALL} users`, () => {
  const small = projectWithUsers(dir, SMALL);
  const large = projectWithUsers(dir, LARGE);
  // Loads the code, and lets V8 optimize the hot paths at both sizes, before anything is timed.
  synthCpuSeconds(small, path.join(dir, "out-warm-up-small"));
  synthCpuSeconds(large, path.join(dir, "out-warm-up-large"));
  const times = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.small.push(synthCpuSeconds(small, path.join(dir, `out-small-${round}`)));
    times.large.push(synthCpuSeconds(large, path.join(dir, `out-large-${round}`)));
  }
  // The fastest run of each: interference from other processes only ever adds time.
  const ratio = Math.min(...times.large) / Math.min(...times.small);
  const stack = JSON.parse(
    fs.readFileSync(path.join(dir, "out-large-0", "stacks", "ml-dashboard-auth-bench", "cdk.tf.json"), "utf8"),
  ) as { resource: { auth0_user: Record<string, unknown> } };
  expect(Object.keys(stack.resource.auth0_user)).toHaveLength(LARGE);
  expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
}, 600_000);
