#!/usr/bin/env node
// Bundles the auth gateway (npm run gateway) into one JavaScript file with every package it uses,
// for the container image (Dockerfile): the image then needs Node.js and nothing from npm.
// Writes dist/gateway/gateway.js (with its source map and the PostgreSQL session store's
// table.sql) through a staging folder, so that a failed bundle leaves the last good one as it was.
//
// Usage: npm run gateway:bundle
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");
const { projectSourceMap } = require("./run-ts/project-source-map");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist", "gateway");

function main() {
  fs.mkdirSync(path.dirname(OUT_DIR), { recursive: true });
  const staging = fs.mkdtempSync(`${OUT_DIR}.tmp-`);
  fs.chmodSync(staging, 0o755);
  try {
    const result = esbuild.buildSync({
      entryPoints: [path.join(ROOT, "tools", "gateway", "server.ts")],
      outfile: path.join(staging, "gateway.js"),
      absWorkingDir: ROOT,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // pg loads its native binding only when asked for it (the gateway never does), and it is not installed.
      external: ["pg-native"],
      sourcemap: "external",
      sourcesContent: false,
      legalComments: "linked",
      logLevel: "warning",
    });
    if (result.errors.length > 0) throw new Error("esbuild reported errors");
    // Node (--enable-source-maps) parses the map at the first formatted stack: only the project's
    // part, so that a frame in a package shows its place in gateway.js (run-ts/project-source-map.js).
    const mapFile = path.join(staging, "gateway.js.map");
    fs.writeFileSync(mapFile, projectSourceMap(fs.readFileSync(mapFile, "utf8")));
    // The PostgreSQL session store creates its table from table.sql beside its own file, which in
    // a bundle is beside gateway.js.
    fs.copyFileSync(require.resolve("connect-pg-simple/table.sql"), path.join(staging, "table.sql"));
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    fs.renameSync(staging, OUT_DIR);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const size = fs.statSync(path.join(OUT_DIR, "gateway.js")).size;
  process.stdout.write(`gateway bundle: ${path.relative(ROOT, OUT_DIR)}/gateway.js (${(size / 1e6).toFixed(1)} MB)\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`gateway:bundle: ${err.message.split("\n")[0]}\n`);
  process.exit(1);
}
