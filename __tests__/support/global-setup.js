// Each jest run keeps its temporary files in one folder of its own (TMPDIR, which os.tmpdir() and
// every child process read), removed by global-teardown.js when the run ends. cdktf's Testing
// helpers make a cdktf.outdir.* folder for every app and never remove it: a run left about 80.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const PREFIX = "mlda-jest-";

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
};

module.exports = async () => {
  const base = os.tmpdir();
  // The folders of runs that were killed before their teardown: their process is gone.
  for (const name of fs.readdirSync(base)) {
    const owner = name.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split("-")[0]) : NaN;
    if (Number.isInteger(owner) && !alive(owner)) fs.rmSync(path.join(base, name), { recursive: true, force: true });
  }
  const dir = fs.mkdtempSync(path.join(base, `${PREFIX}${process.pid}-`));
  // Open to every user, sticky, as /tmp is: the tests' PostgreSQL runs as its own user.
  fs.chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
};

module.exports.PREFIX = PREFIX;
