// The scaling series: the app command on one environment with N generated users, against
// the same bundle precompiled and against plain cdktf creating the same per-user resources.
"use strict";
const path = require("node:path");
const { createProject } = require("../lib/generated-project");
const { measureSideBySide } = require("../lib/measure");
const { precompile } = require("../lib/precompile");

const ANCHOR = path.join(__dirname, "..", "anchors", "plain-cdktf.ts");

function scalingCases(workspace, users) {
  const dir = createProject(workspace, users);
  precompile(path.join(dir, "main.ts"), path.join(dir, "main.precompiled.js"));
  precompile(ANCHOR, path.join(dir, "plain-cdktf.js"));
  return [
    { label: "this project", command: "node", args: ["scripts/run-ts.js", "main.ts"], cwd: dir },
    { label: "precompiled floor", command: "node", args: ["main.precompiled.js"], cwd: dir },
    {
      label: "plain cdktf, same per-user resources",
      command: "node",
      args: ["plain-cdktf.js", String(users), path.join(dir, "plain.out")],
      cwd: dir,
      shown: `node plain-cdktf.js ${users}`,
    },
  ];
}

/** [{ users, cases }] for each user count. */
function benchScaling(workspace, options, log) {
  return options.users.map((users) => {
    log(`scaling: one environment with ${users.toLocaleString("en")} users`);
    return { users, cases: measureSideBySide(scalingCases(workspace, users), options.runs, log) };
  });
}

module.exports = { benchScaling };
