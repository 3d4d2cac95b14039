#!/usr/bin/env node
// Runs a TypeScript entry point without type-checking it: esbuild bundles the project's own
// sources (including only the .gen/ bindings that are actually imported) with the packages they
// use at run time (see bundle-cache.js), and Node runs the result. The bundle is cached by the
// content of its sources (run-ts/bundle-cache.js), so an unchanged project starts without running
// esbuild at all. Type-checking is `npm run build` / `npm test` (tsc --noEmit), not every run.
//
// Usage: node scripts/run-ts.js <entry.ts> [args...]
//        ML_DASHBOARD_DEBUG=1 also formats (source-mapped) the stacks cdktf captures per token.
"use strict";
const path = require("node:path");
const Module = require("node:module");
const { loadBundle, CACHE_DIR } = require("./run-ts/bundle-cache");
const { writeAtomic } = require("./write-atomic");
const fs = require("node:fs");
const vm = require("node:vm");
const { deferModules } = require("./run-ts/deferred-modules");
const { installStackTraces } = require("./run-ts/stack-traces");

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error("usage: node scripts/run-ts.js <entry.ts> [args...]");
  process.exit(64);
}
const entry = path.resolve(entryArg);
// Node 22.1 and later keep V8's compiled code of every module (cdktf, zod, the bundle) between
// runs, keyed by content: about 0.2 s of the seed's 0.7 s synth on Node 22. Node 20 has no such
// API (the v8-compile-cache package gained nothing measurable there) and compiles on every run.
Module.enableCompileCache?.(path.join(CACHE_DIR, "v8"));
const bundle = loadBundle(entry);
installStackTraces({
  bundleFile: entry,
  bundleOnDisk: bundle.file,
  readSourceMap: bundle.readSourceMap,
  sourceMapDir: bundle.sourceMapDir,
  debug: Boolean(process.env.ML_DASHBOARD_DEBUG),
});
deferModules();
// The bundle is compiled as if it were the entry file itself, so __dirname, relative
// require() of node_modules and error stack traces all point at the real sources.
process.argv = [process.argv[0], entry, ...args];
const mod = new Module(entry, null);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(path.dirname(entry));
require.main = mod;
process.mainModule = mod;
runBundle(mod, bundle);

/**
 * Compiles and runs the bundle as Node compiles a CommonJS module, with V8's code cache for it
 * kept beside the cached bundle: compiling the 2 MB bundle was the largest single cost of a
 * synth's start-up. V8 checks the cache against the code and its own version, and refuses a
 * mismatched one; a refused or missing cache is written anew once the app has run (so that it
 * holds the functions the run compiled). The bundle has no import() (see bundle-cache.js), which
 * a script compiled from a code cache could not run on Node 20.
 */
function runBundle(mod, { code, codeCacheFile }) {
  if (!codeCacheFile) {
    mod._compile(code, mod.filename);
    return;
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCacheFile);
  } catch {
    // No cache yet.
  }
  // A hashbang is valid only at the very start of a script, not inside the module wrapper: it
  // becomes a comment, on the same line.
  const source = code.startsWith("#!") ? `//${code.slice(2)}` : code;
  const script = new vm.Script(Module.wrap(source), { filename: mod.filename, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("exit", () => {
      try {
        writeAtomic(codeCacheFile, script.createCachedData());
      } catch {
        // Not cached this time.
      }
    });
  }
  const compiled = script.runInThisContext({ displayErrors: true });
  const moduleRequire = (id) => mod.require(id);
  Object.assign(moduleRequire, {
    resolve: (request, options) => Module._resolveFilename(request, mod, false, options),
    main: mod,
    cache: Module._cache,
  });
  compiled.call(mod.exports, mod.exports, moduleRequire, mod, mod.filename, path.dirname(mod.filename));
}
