// Guards synth's complexity, not the clock: per-user work must not grow with the number of
// users. Both sizes run in this process, alternately, and the ratio of their CPU times is
// compared, so a slow or busy machine slows both alike.
//
// The bound: 4× the users take 4× the time when synth is linear; cdktf's global token map keeps
// every token alive, so garbage collection adds a little (about 4.5× here). A quadratic term
// that costs a tenth of the linear work at 500 users already exceeds 6×; the regression this
// guards against (per-user work over all users) took 16×.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildApp } from "../../lib/app";
import { minimalConfig, PROJECT_ROOT, tempDir, writeConfig } from "../helpers";

const SMALL = 500;
const LARGE = 2000;
const MAX_RATIO = 6;
const ROUNDS = 2;

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
  synthCpuSeconds(small, path.join(dir, "out-warm-up")); // loads and compiles the code paths once
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
