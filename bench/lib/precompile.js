// Precompiled JavaScript for the anchors: an entry point bundled once by esbuild (the
// project's sources and the .gen/ bindings it imports; packages stay in node_modules) into a
// file that plain `node` runs with nothing in between: no TypeScript, no cache check.
"use strict";
const esbuild = require("esbuild");

function precompile(entry, outfile) {
  esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "error",
  });
  return outfile;
}

module.exports = { precompile };
