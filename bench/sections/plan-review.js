// plan-review on a big tenant: a deterministic 20,000-resource Auth0 plan, reviewed in-process
// and through the command (as `npm run plan:review` runs it), against the floor of merely
// parsing the same file with JSON.parse in-process.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");
const { ROOT } = require("../lib/generated-project");
const { runOnce, summary } = require("../lib/measure");

/** plan-review's TypeScript API, bundled in-process the way scripts/run-ts.js runs it. */
function loadPlanReview() {
  const result = esbuild.buildSync({
    stdin: {
      contents:
        'module.exports = { ...require("./tools/plan-review/index.ts"), ...require("./tools/plan-review/synthetic-plan.ts") };',
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    write: false,
    logLevel: "silent",
  });
  const filename = path.join(ROOT, "bench", "plan-review.bundle.js");
  const mod = new Module(filename, module);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(ROOT);
  mod._compile(result.outputFiles[0].text, filename);
  return mod.exports;
}

function timeInProcess(fn) {
  const start = process.hrtime.bigint();
  fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function planReviewCases(planReview, file, dir) {
  const review = (render) => () => {
    const plan = planReview.readPlanFile(file);
    render(planReview.buildReview([{ stack: "synthetic", file, plan }]));
  };
  const command = (...args) => ({
    command: process.execPath,
    args: [path.join(ROOT, "scripts/run-ts.js"), path.join(ROOT, "tools/plan-review/cli.ts"), file, ...args],
    cwd: ROOT,
    okExitCodes: [0, 2], // 2: the review found danger, as the synthetic plan is made to
  });
  return [
    { label: "JSON.parse of the plan file (floor)", inProcess: () => JSON.parse(fs.readFileSync(file, "utf8")) },
    { label: "in-process: read + review + Markdown", inProcess: review(planReview.renderMarkdown) },
    { label: "in-process: read + review + JSON", inProcess: review(planReview.renderJson) },
    {
      label: "command --format json (the whole review, uncapped)",
      ...command("--format", "json", "--out", path.join(dir, "review.json")),
    },
    {
      label: "command: npm run plan:review -- <plan> --out review.md",
      ...command("--out", path.join(dir, "review.md")),
    },
  ];
}

function benchPlanReview(workspace, options, log) {
  const resources = options.resources;
  log(`plan review: ${resources.toLocaleString("en")} resources`);
  const planReview = loadPlanReview();
  const dir = fs.mkdtempSync(path.join(workspace, "plan-review-"));
  const file = path.join(dir, `synthetic-${resources}.plan.json`);
  fs.writeFileSync(file, JSON.stringify(planReview.syntheticAuth0Plan(resources)));
  const cases = planReviewCases(planReview, file, dir);
  const review = planReview.buildReview([{ stack: "synthetic", file, plan: planReview.readPlanFile(file) }]);
  const { counts } = review.stacks[0];
  const plan =
    `${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.destroy} to destroy, ` +
    `${counts.noOp} no-op; ${review.dangers.length} dangers; Markdown ${planReview.renderMarkdown(review).length.toLocaleString("en")} characters (capped)`;
  const samples = cases.map(() => []);
  // More rounds than the synth cases: each is short, and in-process timings are noisier.
  const runs = Math.max(options.runs, 5);
  for (let round = 0; round <= runs; round++) {
    cases.forEach((c, i) => {
      const sample = c.inProcess ? timeInProcess(c.inProcess) : runOnce(c);
      if (round > 0) samples[i].push(sample);
    });
    log(`  ${round === 0 ? "warm-up" : `run ${round}/${runs}`} done`);
  }
  const sizeMB = fs.statSync(file).size / 1e6;
  return {
    resources,
    sizeMB,
    plan,
    cases: cases.map((c, i) => ({
      label: c.label,
      command: c.inProcess ? "(in-process)" : "node scripts/run-ts.js tools/plan-review/cli.ts <plan>",
      seconds: summary(samples[i].map((s) => s.seconds)),
      peakMB: summary(samples[i].map((s) => s.peakMB)),
    })),
  };
}

module.exports = { benchPlanReview };
