// The targets, each checked against the figures of one bench run.
"use strict";

/** A target's verdict: { name, limit, measured, pass } (pass undefined: not measured this run). */
function verdict(name, limit, measured, pass) {
  return {
    name,
    limit,
    measured: measured ?? "not measured in this run",
    pass: measured === undefined ? undefined : pass,
  };
}

const seconds = (s) => `${s.toFixed(2)} s`;
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;

function scalingTargets(scaling) {
  const at = (users) => scaling?.find((p) => p.users === users)?.cases.find((c) => c.label === "this project");
  const small = at(1000);
  const big = at(10000);
  const ratio = small && big ? big.seconds.median / small.seconds.median : undefined;
  return [
    verdict(
      "linear: time(10,000 users) / time(1,000 users)",
      "≤ 12",
      ratio === undefined ? undefined : `${ratio.toFixed(1)}`,
      ratio <= 12,
    ),
    verdict("app command at 10,000 users", "≤ 2 s", big && seconds(big.seconds.median), big?.seconds.median <= 2),
    verdict(
      "peak memory at 10,000 users",
      "≤ 400 MB",
      big?.peakMB && `${big.peakMB.median.toFixed(0)} MB`,
      big?.peakMB?.median <= 400,
    ),
  ];
}

function seedTargets(seed) {
  const ours = seed?.find((c) => c.label === "this project");
  const floor = seed?.find((c) => c.label === "precompiled floor");
  const overFloor = ours && floor ? ours.seconds.median - floor.seconds.median : undefined;
  return [
    verdict("seed size: app command", "≤ 0.35 s", ours && seconds(ours.seconds.median), ours?.seconds.median <= 0.35),
    verdict(
      "seed size: app command minus the precompiled floor",
      "≤ 0.2 s",
      overFloor === undefined ? undefined : seconds(overFloor),
      overFloor <= 0.2,
    ),
  ];
}

function cliTargets(cli) {
  const ours = cli?.find((c) => c.label === "npx cdktf synth: this project");
  const floor = cli?.find((c) => c.label === "npx cdktf synth: CLI floor (empty stack)");
  const over = ours && floor ? ours.seconds.median - floor.seconds.median : undefined;
  return [
    verdict(
      "npx cdktf synth minus the CLI floor",
      "≤ 0.3 s",
      over === undefined
        ? undefined
        : `${seconds(over)} (${seconds(ours.seconds.median)} vs ${seconds(floor.seconds.median)})`,
      over <= 0.3,
    ),
  ];
}

function planReviewTargets(planReview) {
  const size = `${(planReview?.resources ?? 20000).toLocaleString("en")} resources`;
  const command = planReview?.cases.find((r) => r.label === "command: npm run plan:review -- <plan> --out review.md");
  const parse = planReview?.cases.find((r) => r.label === "JSON.parse of the plan file (floor)");
  const inProcess = planReview?.cases.find((r) => r.label === "in-process: read + review + Markdown");
  const factor = parse && inProcess ? inProcess.seconds.median / parse.seconds.median : undefined;
  return [
    verdict(
      `plan review of ${size}: command`,
      "≤ 1 s",
      command && ms(command.seconds.median),
      command?.seconds.median <= 1,
    ),
    verdict(
      `plan review of ${size}: in-process (read, review, Markdown) vs JSON.parse`,
      "≤ 2×",
      factor === undefined ? undefined : `${factor.toFixed(2)}×`,
      factor <= 2,
    ),
  ];
}

function npmTestTargets(npmTest) {
  return [
    verdict("npm test, warm", "≤ 60 s", npmTest && seconds(npmTest.seconds.median), npmTest?.seconds.median <= 60),
  ];
}

/** Every target, in the order. */
function allTargets(results) {
  return [
    ...scalingTargets(results.scaling),
    ...seedTargets(results.seed),
    ...cliTargets(results.cli),
    ...planReviewTargets(results.planReview),
    ...npmTestTargets(results.npmTest),
  ];
}

module.exports = { allTargets };
