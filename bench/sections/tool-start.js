// The tools' start, as users start them: CPU time (and wall time) from the command to "ready",
// every process of it included. `npm run adopt -- --help` runs to its end; the local tenant runs
// until it has written its outputs file and `npm run dev` until its ready file (tenant, dashboard
// and their stack), each then stopped with Ctrl-C. All go through bench/lib/until-ready.js, and so
// does the floor: bare Node writing a ready file and waiting.
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { createProject, ROOT } = require("../lib/generated-project");
const { measureSideBySide } = require("../lib/measure");

const UNTIL_READY = path.join(__dirname, "..", "lib", "until-ready.js");

/** A TCP port free on 127.0.0.1 now (npm run dev needs a fixed one for the dashboard). */
function freePort() {
  const probe =
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });";
  return Number(spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" }).stdout.trim());
}

/** The dev stack of a throwaway copy of the checkout, synthesized, and a password for each of its users. */
function devStack(workspace) {
  const project = createProject(workspace, undefined);
  const synth = spawnSync(process.execPath, ["scripts/run-ts.js", "main.ts"], { cwd: project, encoding: "utf8" });
  if (synth.status !== 0) throw new Error(`synth of the example environments failed:\n${synth.stderr}`);
  const stackFile = path.join(project, "cdktf.out", "stacks", "ml-dashboard-auth-dev", "cdk.tf.json");
  const variables = Object.keys(JSON.parse(fs.readFileSync(stackFile, "utf8")).variable ?? {});
  // As docs/local-tenant.md's "Run it": random passwords for this run, never a literal.
  const passwords = Object.fromEntries(
    variables.map((name) => [`TF_VAR_${name}`, `${crypto.randomBytes(12).toString("base64url")}-Ml7`]),
  );
  return { project, stackFile, passwords };
}

function benchToolStart(workspace, options, log) {
  log("the tools' start, until ready");
  const { project, stackFile, passwords } = devStack(workspace);
  const readyFile = (name) => path.join(workspace, `${name}.ready`);
  const untilReady = (label, name, command, env = {}) => ({
    label,
    command: process.execPath,
    args: [UNTIL_READY, name === undefined ? "-" : readyFile(name), "--", ...command],
    cwd: ROOT,
    env,
    before: () => name !== undefined && fs.rmSync(readyFile(name), { force: true }),
  });
  const node = process.execPath;
  const runTs = (entry, ...args) => [node, "scripts/run-ts.js", entry, ...args];
  const cases = [
    untilReady("floor: bare Node, ready at once", "floor", [
      node,
      "-e",
      // Ready, then serving nothing until its Ctrl-C, as the servers do.
      `require("node:fs").writeFileSync(${JSON.stringify(readyFile("floor"))}, ""); setInterval(() => {}, 60_000)`,
    ]),
    untilReady("npm run adopt -- --help", undefined, runTs("tools/adopt/cli.ts", "--help")),
    untilReady(
      "local tenant (dev stack), until it serves",
      "tenant",
      runTs("tools/local-tenant/cli.ts", "--stack", stackFile, "--port", "0", "--outputs-file", readyFile("tenant")),
      passwords,
    ),
    untilReady(
      "npm run dev, until ready (tenant and dashboard)",
      "dev",
      runTs(
        "tools/dev/dev.ts",
        ...["--project", project, "--env", "dev", "--tenant-port", "0", "--port", String(freePort())],
        ...["--ready-file", readyFile("dev")],
      ),
    ),
  ];
  return measureSideBySide(cases, options.runs, log);
}

module.exports = { benchToolStart };
