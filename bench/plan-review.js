#!/usr/bin/env node
// Benchmark of plan-review on a big tenant: a deterministic 20,000-resource Auth0 plan,
// reviewed in-process and through the command (as `npm run plan:review` runs it), against the
// floor of merely parsing the same file with JSON.parse. The issue's budget: a 20,000-resource
// plan reviews in well under 2 s on a 2-core machine. Timings live here, never in tests.
//
// Usage: node bench/plan-review.js [--resources 20000] [--runs 7]
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const BUDGET_MS = 2000;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench/plan-review.js: --${name} must be a positive whole number`);
    process.exit(64);
  }
  return value;
}

/** Loads the TypeScript sources in-process, bundled by esbuild as scripts/run-ts.js does. */
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

function measure(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

function main() {
  const resources = option("resources", 20000);
  const runs = option("runs", 7);
  const planReview = loadPlanReview();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-review-bench-"));
  try {
    const file = path.join(dir, `synthetic-${resources}.plan.json`);
    fs.writeFileSync(file, JSON.stringify(planReview.syntheticAuth0Plan(resources)));
    const plan = planReview.readPlanFile(file);
    const review = planReview.buildReview([{ stack: "synthetic", file, plan }]);
    const markdown = planReview.renderMarkdown(review);
    const counts = review.stacks[0].counts;

    const rows = [];
    const add = (name, result) => rows.push({ name, ...result });
    add(
      "baseline: JSON.parse of the plan file",
      measure(runs, () => JSON.parse(fs.readFileSync(file, "utf8"))),
    );
    add(
      "in-process: read + review + Markdown",
      measure(runs, () => {
        const p = planReview.readPlanFile(file);
        planReview.renderMarkdown(planReview.buildReview([{ stack: "synthetic", file, plan: p }]));
      }),
    );
    add(
      "in-process: read + review + JSON",
      measure(runs, () => {
        const p = planReview.readPlanFile(file);
        planReview.renderJson(planReview.buildReview([{ stack: "synthetic", file, plan: p }]));
      }),
    );
    const command =
      (...args) =>
      () => {
        const cli = [path.join(ROOT, "scripts/run-ts.js"), path.join(ROOT, "tools/plan-review/cli.ts"), file, ...args];
        const child = spawnSync(process.execPath, cli, { encoding: "utf8" });
        if (child.status !== 0 && child.status !== 2) throw new Error(`plan-review failed: ${child.stderr}`);
      };
    add(
      "command --format json (the whole review, uncapped)",
      measure(runs, command("--format", "json", "--out", path.join(dir, "review.json"))),
    );
    // Last row: the budgeted case, what the workflow runs for the comment.
    add(
      "command: npm run plan:review -- <plan> --out review.md",
      measure(runs, command("--out", path.join(dir, "review.md"))),
    );

    const floor = rows[0].median;
    const ms = (n) => `${n.toFixed(0)} ms`.padStart(8);
    console.log(
      `plan-review benchmark: ${resources.toLocaleString("en")} resources (${(fs.statSync(file).size / 1e6).toFixed(1)} MB plan JSON), ${runs} runs each`,
    );
    console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
    console.log(
      `plan: ${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.destroy} to destroy, ${counts.noOp} no-op; ${review.dangers.length} dangers; Markdown ${markdown.length.toLocaleString("en")} chars (capped)`,
    );
    console.log("");
    console.log(`| ${"case".padEnd(56)} | median   | min      | max      | × JSON.parse |`);
    console.log(`| ${"-".repeat(56)} | -------- | -------- | -------- | ------------ |`);
    for (const row of rows) {
      console.log(
        `| ${row.name.padEnd(56)} | ${ms(row.median)} | ${ms(row.min)} | ${ms(row.max)} | ${`${(row.median / floor).toFixed(1)}×`.padStart(12)} |`,
      );
    }
    const slowest = Math.max(rows[rows.length - 1].median, rows[rows.length - 2].median);
    console.log("");
    console.log(
      `budget: the commands' slowest median ${slowest.toFixed(0)} ms vs ${BUDGET_MS} ms: ${slowest < BUDGET_MS ? "within budget" : "OVER BUDGET"}`,
    );
    process.exitCode = slowest < BUDGET_MS ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
