#!/usr/bin/env node
// `eslint .` with ESLint's result cache, made safe for type-aware rules. ESLint's cache re-lints a
// file only when that file changed, but a type-aware rule's finding in one file can depend on the
// types of any other (change a return type in lib/, and a caller's no-floating-promises finding
// appears). So the cache lives in a folder named by a digest of everything the lint reads: every
// file git would list in the checkout (tracked or not ignored; prose excepted), the installed
// packages and the ESLint config. Any change there starts a fresh cache (a full lint); an
// unchanged checkout reuses the last run's results. Without git the lint runs uncached.
//
// Usage: node scripts/eslint-cached.js [eslint arguments...]   (default: .)
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CACHE_ROOT = path.join(ROOT, "node_modules", ".cache", "ml-dashboard-auth", "eslint");
/** Read by neither tsc nor ESLint (no Markdown plugin is configured), so editing prose keeps the cache. */
const UNREAD = /\.md$/;
/** What npm actually installed (plugins, parsers, @types): not listed by git, so hashed by its lockfile. */
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

/** The digest of everything the lint of `root` reads, or undefined when the files cannot be listed. */
function lintInputsDigest(root) {
  const files = listedFiles(root);
  if (!files) return undefined;
  const digest = crypto.createHash("sha256");
  for (const file of files.filter((f) => !UNREAD.test(f))) {
    digest.update(`${file}\0${contentHash(path.join(root, file))}\n`);
  }
  digest.update(`installed\0${contentHash(path.join(root, INSTALLED))}\n`);
  return digest.digest("hex");
}

/** ESLint's arguments: the given ones (default `.`), plus a cache folder for this digest if there is one. */
function eslintArguments(given, digest) {
  const args = given.length > 0 ? [...given] : ["."];
  if (!digest) return args;
  const location = path.join(CACHE_ROOT, `${digest.slice(0, 32)}.json`);
  try {
    // Only the current inputs' cache is worth keeping; older ones can never match again.
    for (const old of fs.readdirSync(CACHE_ROOT)) {
      if (path.join(CACHE_ROOT, old) !== location) fs.rmSync(path.join(CACHE_ROOT, old), { force: true });
    }
  } catch {
    fs.mkdirSync(CACHE_ROOT, { recursive: true });
  }
  return [...args, "--cache", "--cache-strategy", "content", "--cache-location", location];
}

function main() {
  const eslintBin = path.join(path.dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");
  const args = eslintArguments(process.argv.slice(2), lintInputsDigest(ROOT));
  const run = spawnSync(process.execPath, [eslintBin, ...args], { stdio: "inherit" });
  if (run.error) throw run.error;
  process.exit(run.status ?? 1);
}

if (require.main === module) main();

module.exports = { lintInputsDigest };
