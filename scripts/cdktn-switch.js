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

// The CDK library is named in these modules only (ESLint's no-restricted-imports keeps it so): the
// app's one module, and the test setup's jest matchers. .gen/ is regenerated, not rewritten.
const LIBRARY_MODULES = ["lib/terraform-cdk.ts", "__tests__/setup.ts"];
let changed = 0;
for (const file of LIBRARY_MODULES) {
  const text = fs.readFileSync(file, "utf8");
  const next = text.replace(/(from |import |require\()"cdktf((?:\/lib\/[\w/-]+)?)"/g, '$1"cdktn$2"');
  if (next === text) throw new Error(`${file}: no cdktf import found; is this project already switched?`);
  fs.writeFileSync(file, next);
  changed++;
}
const generatorScript = "scripts/generate-provider-bindings.js";
fs.writeFileSync(
  generatorScript,
  fs.readFileSync(generatorScript, "utf8").replace(/"@cdktf\/(provider-generator|commons)"/g, '"@cdktn/$1"'),
);
console.log(
  `cdktn-switch: package.json switched to cdktn ${CDKTN}; the CDK library import switched in ${changed} modules (${path.basename(process.cwd())})`,
);
