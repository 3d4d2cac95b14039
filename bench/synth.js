#!/usr/bin/env node
// Synth speed: this project's app command against the stock cdktf TypeScript template's
// (`npx ts-node main.ts`, which type-checks the ~100k lines of .gen/ bindings on every run),
// measured in one run on this machine, alone and through `cdktf synth`.
//
// Usage: node bench/synth.js            (BENCH_RUNS=<n> to change the number of runs; default 5)
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const runs = Number(process.env.BENCH_RUNS || 5);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-bench-synth-"));
const env = { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", FORCE_COLOR: "0", CDKTF_OUTDIR: outdir };

const OURS = "node scripts/run-ts.js main.ts";
const STOCK = "npx ts-node main.ts";

function time(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, { cwd: root, env, shell: true, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    throw new Error(`"${command}" failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return seconds;
}

function measure(label, command) {
  time(command); // warm-up: file cache, ts-node/esbuild first load
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(time(command));
  samples.sort((a, b) => a - b);
  const median =
    samples.length % 2
      ? samples[(samples.length - 1) / 2]
      : (samples[samples.length / 2 - 1] + samples[samples.length / 2]) / 2;
  return { label, median, min: samples[0], max: samples[samples.length - 1] };
}

const rows = [
  measure("app command: stock ts-node", STOCK),
  measure("app command: this project", OURS),
  measure("cdktf synth: stock ts-node", `npx cdktf synth --app "${STOCK}" --output "${outdir}"`),
  measure("cdktf synth: this project", `npx cdktf synth --output "${outdir}"`),
];
fs.rmSync(outdir, { recursive: true, force: true });

const fmt = (s) => `${s.toFixed(2)} s`;
console.log(
  `Synth benchmark: ${runs} runs each after one warm-up, ${os.cpus().length} cores, Node ${process.version}, both example environments`,
);
console.log("| what | median | min | max |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(`| ${r.label} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} |`);
console.log(
  `Speed-up of the app command: ${(rows[0].median / rows[1].median).toFixed(1)}x (median); of cdktf synth: ${(rows[2].median / rows[3].median).toFixed(1)}x`,
);
