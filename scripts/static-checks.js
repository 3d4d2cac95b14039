#!/usr/bin/env node
// npm test's static checks, in this order: tsc (the type-check), ESLint (type-aware) and Prettier's
// check. Their results depend only on the files they read and the installed packages, whose digest
// scripts/check-inputs-digest.js takes. So a pass is recorded under that digest, and a checkout
// byte for byte the same as one that passed does not run the check again, as a build system reuses
// a task's result for the same inputs: any change to a checked file or to node_modules runs it
// again. After a change, ESLint lints only the files whose inputs changed (scripts/eslint-affected.js),
// and tsc checks incrementally (tsconfig.json's tsBuildInfoFile). Without git nothing is reused.
//
// Usage: node scripts/static-checks.js [tsc|eslint|prettier ...]   (default: all three)
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { checkInputsDigest } = require("./check-inputs-digest");
const { PROJECT_CACHE_DIR } = require("./project-cache");

const ROOT = path.resolve(__dirname, "..");
const CACHE_ROOT = path.join(PROJECT_CACHE_DIR, "static-checks");

/** The file a package runs as `name` (its package.json "bin"). */
function packageBin(pkg, name = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(fs.readFileSync(manifest, "utf8"));
  return path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin[name]);
}

/** Each check's arguments to node. */
const CHECKS = {
  tsc: () => [packageBin("typescript", "tsc"), "--noEmit"],
  eslint: () => [path.join(__dirname, "eslint-affected.js")],
  prettier: () => [packageBin("prettier"), "--check", "--cache", "--cache-strategy", "content", "."],
};

/**
 * The cache folder of these inputs, or undefined if it cannot be made (the checks then run
 * uncached); the folders of older inputs go, as nothing can match them again.
 */
function cacheFolderFor(cacheRoot, digest) {
  const folder = path.join(cacheRoot, digest.slice(0, 32));
  try {
    for (const old of fs.readdirSync(cacheRoot)) {
      if (path.join(cacheRoot, old) !== folder) fs.rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
    }
  } catch {
    // No cache yet, or not ours to tidy.
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  } catch {
    return undefined;
  }
}

/** Records a pass; a cache that cannot be written only means the check runs again next time. */
function recordPass(file) {
  try {
    fs.writeFileSync(file, `${new Date().toISOString()}\n`);
  } catch {
    // Not recorded.
  }
}

/**
 * Runs the named checks in order and returns the exit code: the first failing check's, or 0.
 * `checks` maps a name to its node arguments; `root` is the checkout; `cacheRoot` holds the passes.
 */
function runChecks({ root, cacheRoot, checks, requested, log = console.log, logError = console.error }) {
  const unknown = requested.filter((name) => !Object.hasOwn(checks, name));
  if (unknown.length > 0) {
    logError(`static-checks: unknown check ${unknown.join(", ")}; the checks are ${Object.keys(checks).join(", ")}`);
    return 64;
  }
  const names = requested.length > 0 ? requested : Object.keys(checks);
  const digest = checkInputsDigest(root);
  const folder = digest && cacheFolderFor(cacheRoot, digest);
  for (const name of names) {
    const passed = folder && path.join(folder, `${name}.passed`);
    if (passed && fs.existsSync(passed)) {
      log(`${name}: passed before on these exact inputs (${digest.slice(0, 12)}); not run again`);
      continue;
    }
    const run = spawnSync(process.execPath, checks[name](), { cwd: root, stdio: "inherit" });
    if (run.error) {
      logError(`static-checks: could not run ${name}: ${run.error.message}`);
      return 1;
    }
    if (run.status !== 0) return run.status ?? 1;
    // Recorded only if nothing changed while the check ran: it may have read the newer files.
    if (passed && checkInputsDigest(root) === digest) recordPass(passed);
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = runChecks({ root: ROOT, cacheRoot: CACHE_ROOT, checks: CHECKS, requested: process.argv.slice(2) });
}

module.exports = { runChecks };
