#!/usr/bin/env node
// Switches the project in the current folder from cdktf to CDK Terrain (cdktn 0.24): the three
// packages and constructs in package.json, the imports of the app and tests, and the generator the
// offline bindings script loads. Used by scripts/cdktn-check.sh on a copy; run it in your checkout
// (then `npm install && npm run get:offline && npm test` under Node 22.19+) to move for good.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const CDKTN = "0.24.0";
const CONSTRUCTS = "10.6.0"; // cdktn 0.24 peers constructs >=10.6.0 <10.8.0

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
const swap = (section, from, to, version) => {
  if (!pkg[section][from])
    throw new Error(`package.json: ${section}.${from} not found; is this project already switched?`);
  delete pkg[section][from];
  pkg[section][to] = version;
};
swap("dependencies", "cdktf", "cdktn", CDKTN);
swap("devDependencies", "cdktf-cli", "cdktn-cli", CDKTN);
swap("devDependencies", "@cdktf/provider-generator", "@cdktn/provider-generator", CDKTN);
pkg.dependencies.constructs = CONSTRUCTS;
for (const [name, script] of Object.entries(pkg.scripts))
  pkg.scripts[name] = script.replace(/\bcdktf (synth|get)\b/, "cdktn $1");
fs.writeFileSync("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
fs.rmSync("package-lock.json", { force: true });

const SKIP = new Set(["node_modules", ".gen", "cdktf.out", ".git"]);
const files = fs
  .readdirSync(".", { recursive: true, encoding: "utf8" })
  .filter(
    (f) => /\.(ts|js)$/.test(f) && !SKIP.has(f.split(path.sep)[0]) && !f.split(path.sep).includes("node_modules"),
  );
let changed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const next = text
    .replace(/(from |require\()"cdktf((?:\/lib\/[\w/-]+)?)"/g, '$1"cdktn$2"')
    .replace(/"@cdktf\/(provider-generator|commons)"/g, '"@cdktn/$1"');
  if (next !== text) {
    fs.writeFileSync(file, next);
    changed++;
  }
}
console.log(
  `cdktn-switch: package.json switched to cdktn ${CDKTN}; imports switched in ${changed} files (${path.basename(process.cwd())})`,
);
