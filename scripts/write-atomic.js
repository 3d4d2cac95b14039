// Writes a file through a temporary file beside it and a rename, for the scripts' caches and
// records (run-ts's bundles, the lint record): concurrent runs never read a partial file.
// (lib/write-file-atomic.ts does the same for the app, with a file mode, in TypeScript.)
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");

/** Writes `text` to `file` via a temporary file and a rename, so readers see the old file or the new. */
function writeAtomic(file, text) {
  const tmp = `${file}.tmp-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

module.exports = { writeAtomic };
