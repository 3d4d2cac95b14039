// The auth gateway's overhead: bench/gateway.ts measures a small static response directly,
// through a bare proxy on the gateway's HTTP client (the floor) and through the gateway (with a
// session cookie), side by side, then the same in front of Jupyter Notebook where it is
// installed, and prints Markdown tables with the servers' CPU time per request.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { ROOT } = require("../lib/generated-project");

function benchGateway(options, log) {
  log("gateway overhead: direct vs through the gateway");
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts", "run-ts.js"), path.join(ROOT, "bench", "gateway.ts")],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 600_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`bench/gateway.ts failed: ${(result.stderr || result.stdout).trim().split("\n")[0]}`);
  return { report: result.stdout.trim() };
}

module.exports = { benchGateway };
