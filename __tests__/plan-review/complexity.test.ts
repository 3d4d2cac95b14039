// Guards plan review's complexity, not the clock: per-resource work must not grow with the size
// of the plan, and a capped Markdown review must not compare the values of the resources it
// leaves out.
//
// The ratio bound: 4× the resources take at most 4× the time when the review is linear
// (JSON.parse included, as the command pays it); about 3.3× here, fixed costs included. A
// quadratic term costing a sixth of the work at the small size already exceeds 5× at the large one.
import * as fs from "node:fs";
import * as path from "node:path";
import * as attributeDiff from "../../tools/plan-review/attribute-diff";
import * as placeholderChanges from "../../tools/plan-review/placeholder-changes";
import { buildReview, readPlanFile, renderMarkdown } from "../../tools/plan-review";
import { SecretIndex } from "../../tools/plan-review/secret-index";
import { syntheticAuth0Plan } from "../../tools/plan-review/synthetic-plan";
import { PLACEHOLDER_PREFIX } from "../../tools/deploy/placeholder-passwords";
import { tempDir } from "../support/paths";

const SMALL = 2000;
const LARGE = 8000;
const MAX_RATIO = 5;
const ROUNDS = 3;
const WARM_UP_RUNS = 4;

const dir = tempDir("plan-review-complexity");

function planFile(resources: number): string {
  const file = path.join(dir, `synthetic-${resources}.plan.json`);
  fs.writeFileSync(file, JSON.stringify(syntheticAuth0Plan(resources)));
  return file;
}

/** CPU seconds (user + system) of reading, reviewing and rendering one plan, as the command does. */
function reviewCpuSeconds(file: string): number {
  const start = process.cpuUsage();
  renderMarkdown(buildReview([{ stack: "synthetic", file, plan: readPlanFile(file) }]));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

test(`reviewing ${LARGE} resources takes at most ${MAX_RATIO}× the time of ${SMALL}`, () => {
  const small = planFile(SMALL);
  const large = planFile(LARGE);
  // Until the code paths are compiled and optimized, the first runs are slow whatever the size.
  for (let i = 0; i < WARM_UP_RUNS; i++) reviewCpuSeconds(i % 2 === 0 ? small : large);
  const times = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.small.push(reviewCpuSeconds(small));
    times.large.push(reviewCpuSeconds(large));
  }
  // The fastest run of each: interference from other processes only ever adds time.
  const ratio = Math.min(...times.large) / Math.min(...times.small);
  expect(readPlanFile(large).resource_changes).toHaveLength(LARGE);
  expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
}, 120_000);

test("a capped Markdown review compares the values of the resources it shows, not of the others", () => {
  const file = planFile(LARGE);
  const diff = jest.spyOn(attributeDiff, "diffAttributes");
  const placeholderCheck = jest.spyOn(placeholderChanges, "placeholderOnlyPaths");
  try {
    const review = buildReview([{ stack: "synthetic", file, plan: readPlanFile(file) }]);
    // Past the Danger section (which a plan this size nearly fills a comment with), room for some resources.
    const markdown = renderMarkdown(review, { maxChars: 150_000 });
    const shown = markdown.match(/^\*\*`[^`]+`\*\* /gm) ?? [];
    const changed = review.stacks[0].resources.length;
    expect(review.stacks[0].outputs).toHaveLength(0); // outputs are diffed whole, and there are none
    expect(markdown).toContain("Review truncated");
    expect(shown.length).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(4 * shown.length);
    expect(diff.mock.calls.length).toBeLessThanOrEqual(shown.length);
    expect(placeholderCheck.mock.calls.length).toBeLessThanOrEqual(shown.length);
  } finally {
    diff.mockRestore();
    placeholderCheck.mockRestore();
  }
});

/** CPU seconds of scrubbing a text that holds the secrets' common prefix 20 times, 2,000 times over. */
function scrubCpuSeconds(secretCount: number): number {
  const index = new SecretIndex();
  // Every user's placeholder password shares the placeholder prefix, as in pull-request plans.
  index.addAllStrings(Array.from({ length: secretCount }, (_, i) => `${PLACEHOLDER_PREFIX}${i.toString(16)}`));
  const text = `see ${PLACEHOLDER_PREFIX}docs; `.repeat(20);
  const start = process.cpuUsage();
  for (let i = 0; i < 2000; i++) index.scrub(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

test("hiding secrets costs the same with 10,000 secrets that share a long prefix as with 100", () => {
  scrubCpuSeconds(100); // compiles the code paths once
  const small = Math.min(scrubCpuSeconds(100), scrubCpuSeconds(100), scrubCpuSeconds(100));
  const large = Math.min(scrubCpuSeconds(10_000), scrubCpuSeconds(10_000), scrubCpuSeconds(10_000));
  // A scan of every secret with the prefix made this about 100×.
  expect(large / small).toBeLessThanOrEqual(3);
});
