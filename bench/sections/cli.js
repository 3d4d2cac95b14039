// `npx cdktf synth` against the CLI's own floor: the same CLI running an app that writes one
// empty stack. The floor is the CLI's cost (loading it, running terraform four times, reading
// the output); what this project adds is the difference. `terraform version -json` alone shows
// the price of each of those terraform runs.
"use strict";
const path = require("node:path");
const { createProject } = require("../lib/generated-project");
const { measureSideBySide } = require("../lib/measure");
const { precompile } = require("../lib/precompile");

const EMPTY_STACK = path.join(__dirname, "..", "anchors", "empty-stack.ts");

function cliCases(workspace, { withStock }) {
  const dir = createProject(workspace, undefined);
  precompile(EMPTY_STACK, path.join(dir, "empty-stack.js"));
  const cases = [
    { label: "npx cdktf synth: this project", command: "npx", args: ["cdktf", "synth"], cwd: dir },
    {
      label: "npx cdktf synth: CLI floor (empty stack)",
      command: "npx",
      args: ["cdktf", "synth", "--app", "node empty-stack.js"],
      cwd: dir,
    },
    {
      label: "terraform version -json (run 4 times by every synth)",
      command: "terraform",
      args: ["version", "-json"],
      cwd: dir,
    },
  ];
  if (withStock) {
    cases.unshift({
      label: "npx cdktf synth: stock ts-node app",
      command: "npx",
      args: ["cdktf", "synth", "--app", "npx ts-node main.ts"],
      cwd: dir,
    });
  }
  return cases;
}

function benchCli(workspace, options, log) {
  log("npx cdktf synth, both example environments");
  return measureSideBySide(cliCases(workspace, options), options.runs, log);
}

module.exports = { benchCli };
