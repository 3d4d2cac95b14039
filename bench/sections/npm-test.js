// `npm test` (tsc --noEmit, then jest) in this checkout, warm: the first run fills jest's and
// tsc's caches and is the warm-up.
"use strict";
const { ROOT } = require("../lib/generated-project");
const { measureSideBySide } = require("../lib/measure");

function benchNpmTest(options, log) {
  log("npm test, warm");
  const [result] = measureSideBySide(
    [{ label: "npm test", command: "npm", args: ["test", "--silent"], cwd: ROOT }],
    1,
    log,
  );
  return result;
}

module.exports = { benchNpmTest };
