#!/usr/bin/env node
// Runs a TypeScript entry point without type-checking it: esbuild bundles the project's own
// sources (including only the .gen/ bindings that are actually imported) in memory, and Node
// runs the result. Type-checking is `npm run build` / `npm test` (tsc --noEmit), not every run.
//
// Usage: node scripts/run-ts.js <entry.ts> [args...]
"use strict";
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error("usage: node scripts/run-ts.js <entry.ts> [args...]");
  process.exit(64);
}
const entry = path.resolve(entryArg);
const result = esbuild.buildSync({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "inline",
  sourcesContent: false,
  write: false,
  logLevel: "silent",
});
// The bundle is compiled as if it were the entry file itself, so __dirname, relative
// require() of node_modules and error stack traces all point at the real sources.
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...args];
const mod = new Module(entry, null);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(path.dirname(entry));
require.main = mod;
process.mainModule = mod;
mod._compile(result.outputFiles[0].text, entry);
