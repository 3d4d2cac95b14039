#!/usr/bin/env node
// `npm run bench`: every figure of BENCHMARKS.md, measured side by side in one run on this
// machine, then each of the issue's targets with PASS or FAIL. `npm run bench -- --help` for options.
// Writes bench/results.json (the figures) and bench/scaling.svg (the plot, from those figures).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { parseOptions } = require("./lib/options");
const { createWorkspace } = require("./lib/generated-project");
const { casesTable, scalingTable, targetsTable } = require("./lib/report");
const { allTargets } = require("./lib/targets");
const { scalingSvg } = require("./lib/svg-plot");
const { benchSeed } = require("./sections/seed");
const { benchScaling } = require("./sections/scaling");
const { benchCli } = require("./sections/cli");
const { benchPlanReview } = require("./sections/plan-review");
const { benchNpmTest } = require("./sections/npm-test");
const { benchGateway } = require("./sections/gateway");
const { benchToolStart } = require("./sections/tool-start");

// The same environment for every case: no calls home, no colour codes, no inherited selection.
process.env.CHECKPOINT_DISABLE = "1";
process.env.FORCE_COLOR = "0";
process.env.CI = "1";
delete process.env.ML_DASHBOARD_ENV;
delete process.env.ML_DASHBOARD_DEBUG;
delete process.env.CDKTF_OUTDIR;

const log = (line) => console.error(line);

function machine() {
  const cpus = os.cpus();
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}`,
    memoryGB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Runs each chosen section; one that fails is reported and the others still run. */
function runSections(options, workspace) {
  const sections = [
    ["seed", "seed", () => benchSeed(workspace, options, log)],
    ["scaling", "scaling", () => benchScaling(workspace, options, log)],
    ["cli", "cli", () => benchCli(workspace, options, log)],
    ["plan-review", "planReview", () => benchPlanReview(workspace, options, log)],
    ["gateway", "gateway", () => benchGateway(options, log)],
    ["tool-start", "toolStart", () => benchToolStart(workspace, options, log)],
    ["npm-test", "npmTest", () => benchNpmTest(options, log)],
  ];
  const results = { failures: [] };
  for (const [name, key, run] of sections) {
    if (!options.sections.includes(name)) continue;
    try {
      results[key] = run();
    } catch (err) {
      log(`bench: section ${name} failed: ${err.message}`);
      results.failures.push({ section: name, message: err.message });
    }
  }
  return results;
}

function print(results, targets, context) {
  const out = [];
  out.push(`# bench run ${context.started}`);
  out.push(
    `machine: ${context.machine.cpus}, ${context.machine.memoryGB} GB, ${context.machine.platform}, Node ${context.machine.node}; ` +
      `load average ${context.loadBefore} at the start, ${context.loadAfter} at the end; ` +
      `${context.options.runs} measured run(s) per case after one warm-up, cases interleaved`,
  );
  const reproduce = (command) => `reproduce: \`${command}\``;
  if (results.seed) {
    out.push(
      "",
      "## Seed size: app command (both example environments)",
      "",
      reproduce("npm run bench -- --only seed"),
    );
    out.push("", casesTable(results.seed));
  }
  if (results.scaling) {
    const users = results.scaling.map((p) => p.users).join(",");
    out.push(
      "",
      "## Scaling: app command, one environment with N users",
      "",
      reproduce(`npm run bench -- --users ${users}`),
    );
    out.push("", scalingTable(results.scaling));
  }
  if (results.cli) {
    out.push("", "## npx cdktf synth (both example environments)", "", reproduce("npm run bench -- --only cli"));
    out.push("", casesTable(results.cli));
  }
  if (results.planReview) {
    const { resources, sizeMB, plan, cases } = results.planReview;
    const floor = cases[0].seconds.median;
    out.push(
      "",
      `## Plan review: ${resources.toLocaleString("en")} resources (${sizeMB.toFixed(1)} MB plan JSON)`,
      "",
      reproduce(`npm run bench -- --only plan-review --resources ${resources}`),
      "",
      `plan: ${plan}`,
      "",
      casesTable(cases),
      "",
      `× JSON.parse (medians): ${cases.map((c) => `${c.label}: ${(c.seconds.median / floor).toFixed(2)}×`).join("; ")}`,
    );
  }
  if (results.gateway) out.push("", "## Auth gateway overhead", "", results.gateway.report);
  if (results.toolStart) {
    out.push(
      "",
      "## The tools' start, until ready (every process's CPU included)",
      "",
      reproduce("npm run bench -- --only tool-start"),
      "",
      casesTable(results.toolStart),
    );
  }
  if (results.npmTest) {
    out.push(
      "",
      "## npm test (warm)",
      "",
      reproduce("npm run bench -- --only npm-test"),
      "",
      casesTable([results.npmTest]),
    );
  }
  for (const failure of results.failures) out.push("", `**Section ${failure.section} failed:** ${failure.message}`);
  out.push("", "## Targets", "", targetsTable(targets));
  console.log(out.join("\n"));
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const context = {
    started: new Date().toISOString(),
    machine: machine(),
    options,
    loadBefore: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" "),
  };
  const workspace = createWorkspace();
  // The throwaway projects' bundles are cached there too, and go with it.
  process.env.ML_DASHBOARD_RUN_TS_CACHE = path.join(workspace, "run-ts-cache");
  let results;
  try {
    results = runSections(options, workspace);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  context.loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const targets = allTargets(results);
  print(results, targets, context);

  // Only a --record run replaces the record BENCHMARKS.md quotes: a quick or partial run (one
  // section, one point of the series) must not overwrite it by the way.
  const resultsFile = options.record ? "results.json" : "last-run.json";
  fs.writeFileSync(path.join(__dirname, resultsFile), `${JSON.stringify({ ...context, results, targets }, null, 2)}\n`);
  if (options.record && results.scaling?.length > 1) {
    const caption = `${context.started.slice(0, 10)}, ${context.machine.cpus}, Node ${context.machine.node}, load ${context.loadBefore}; npm run bench`;
    fs.writeFileSync(path.join(__dirname, "scaling.svg"), scalingSvg(results.scaling, caption));
    log("wrote bench/scaling.svg");
  }
  log(`wrote bench/${resultsFile}`);
  process.exitCode = results.failures.length > 0 || targets.some((t) => t.pass === false) ? 1 : 0;
}

main();
