// Runs commands and measures them: wall time (hrtime around the child), CPU time and peak
// memory (GNU time's %U, %S and %M: the largest resident set of the process tree's biggest
// process). Cases are run side by side, one round of every case after another, so that a
// change in the machine's load hits them all alike; each gets one warm-up round first.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = fs.existsSync(GNU_TIME);

/** One run: { seconds, cpuSeconds, peakMB } (cpuSeconds and peakMB undefined without GNU time). */
function runOnce({ command, args = [], cwd, env, okExitCodes = [0] }) {
  const report = path.join(os.tmpdir(), `mlda-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ["-f", "%U %S %M", "-o", report, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(file, argv, { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!okExitCodes.includes(child.status)) {
    throw new Error(`${[command, ...args].join(" ")} (in ${cwd}) failed with exit ${child.status}:\n${child.stderr}`);
  }
  if (!hasGnuTime) return { seconds };
  const [user, system, peakKB] = fs.readFileSync(report, "utf8").trim().split("\n").pop().split(" ").map(Number);
  fs.rmSync(report, { force: true });
  return { seconds, cpuSeconds: user + system, peakMB: peakKB / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** { median, min, max } of a list of numbers; undefined for an empty or incomplete list. */
function summary(values) {
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Measures cases side by side. A case: { label, command, args, cwd, env, okExitCodes (default
 * [0]), before?() } (before runs ahead of every run of it, untimed). Returns each case with { seconds, cpuSeconds, peakMB }
 * summaries and the raw samples.
 */
function measureSideBySide(cases, runs, log = () => {}) {
  const samples = cases.map(() => []);
  for (let round = 0; round <= runs; round++) {
    cases.forEach((c, i) => {
      c.before?.();
      const sample = runOnce(c);
      if (round > 0) samples[i].push(sample); // round 0 is the warm-up
      const extra =
        sample.peakMB === undefined
          ? ""
          : `, CPU ${sample.cpuSeconds.toFixed(2)} s, peak ${sample.peakMB.toFixed(0)} MB`;
      log(`  ${round === 0 ? "warm-up" : `run ${round}/${runs}`}: ${c.label}: ${sample.seconds.toFixed(2)} s${extra}`);
    });
  }
  return cases.map((c, i) => ({
    label: c.label,
    command: c.shown ?? [c.command, ...(c.args ?? [])].join(" "),
    seconds: summary(samples[i].map((s) => s.seconds)),
    cpuSeconds: summary(samples[i].map((s) => s.cpuSeconds)),
    peakMB: summary(samples[i].map((s) => s.peakMB)),
    samples: samples[i],
  }));
}

module.exports = { measureSideBySide, runOnce, summary, median };
