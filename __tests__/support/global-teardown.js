// Removes the run's temporary folder (see global-setup.js).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { PREFIX } = require("./global-setup");

module.exports = async () => {
  const dir = process.env.TMPDIR;
  if (dir && path.basename(dir).startsWith(PREFIX)) fs.rmSync(dir, { recursive: true, force: true });
};
