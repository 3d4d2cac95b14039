// The digest of everything npm test's static checks read (tsc, ESLint, Prettier): every file git
// would list in the checkout (tracked, or untracked and not ignored), Markdown excepted, and the
// installed packages. A check's result is a function of these alone, so scripts/static-checks.js
// reuses a pass while the digest stays the same. scripts/eslint-affected.js keys each file by the
// same parts, the files it imports and the installed packages.
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** Read by no check: tsc and ESLint see no Markdown, and .prettierignore leaves it out (wrapped by hand). */
const UNREAD = /\.md$/;
/** What npm actually installed (plugins, parsers, @types, TypeScript): not listed by git, so hashed by its lockfile. */
const INSTALLED = path.join("node_modules", ".package-lock.json");

/** Every file git would list in `root` (tracked, or untracked and not ignored), or undefined without git. */
function listedFiles(root) {
  const result = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) return undefined;
  return [...new Set(result.stdout.split("\0").filter(Boolean))].sort();
}

function contentHash(file) {
  try {
    return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return "absent"; // deleted from the working tree but still in the index
  }
}

/** The digest of everything the static checks of `root` read, or undefined when git cannot list its files. */
function checkInputsDigest(root) {
  const files = listedFiles(root);
  if (!files) return undefined;
  const digest = crypto.createHash("sha256");
  for (const file of files.filter((f) => !UNREAD.test(f))) {
    digest.update(`${file}\0${contentHash(path.join(root, file))}\n`);
  }
  digest.update(`installed\0${contentHash(path.join(root, INSTALLED))}\n`);
  return digest.digest("hex");
}

module.exports = { checkInputsDigest, listedFiles, contentHash, INSTALLED };
