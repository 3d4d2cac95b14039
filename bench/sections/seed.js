// Seed size: the app command on the checkout's own config/ (both example environments),
// against the stock cdktf template's `npx ts-node main.ts` and the precompiled floor.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createProject } = require("../lib/generated-project");
const { measureSideBySide } = require("../lib/measure");
const { precompile } = require("../lib/precompile");

function seedCases(workspace, { withStock }) {
  const dir = createProject(workspace, undefined);
  precompile(path.join(dir, "main.ts"), path.join(dir, "main.precompiled.js"));
  const coldCache = path.join(workspace, "cold-cache");
  const cases = [
    { label: "this project", command: "node", args: ["scripts/run-ts.js", "main.ts"], cwd: dir },
    {
      label: "this project, first run after a change (empty bundle cache)",
      command: "node",
      args: ["scripts/run-ts.js", "main.ts"],
      cwd: dir,
      env: { ML_DASHBOARD_RUN_TS_CACHE: coldCache },
      before: () => fs.rmSync(coldCache, { recursive: true, force: true }),
    },
    { label: "precompiled floor", command: "node", args: ["main.precompiled.js"], cwd: dir },
  ];
  if (withStock) cases.unshift({ label: "stock ts-node", command: "npx", args: ["ts-node", "main.ts"], cwd: dir });
  return cases;
}

function benchSeed(workspace, options, log) {
  log("seed size: app command, both example environments");
  return measureSideBySide(seedCases(workspace, options), options.runs, log);
}

module.exports = { benchSeed };
