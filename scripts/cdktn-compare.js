#!/usr/bin/env node
// Compares two synth outputs (cdktf's and cdktn's): every stack's cdk.tf.json must be identical
// apart from the documented metadata differences below. Exits 1 on anything else.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { isDeepStrictEqual } = require("node:util");

/** What may differ, and why (also listed in the README, "Moving to CDK Terrain"). */
const METADATA_DIFFERENCES = [
  { path: ["//", "metadata", "version"], why: "the library version that synthesized the stack (0.21.0 vs 0.24.0)" },
];

const [cdktfOut, cdktnOut] = process.argv.slice(2);
const stacksOf = (out) =>
  fs
    .readdirSync(path.join(out, "stacks"))
    .filter((s) => fs.existsSync(path.join(out, "stacks", s, "cdk.tf.json")))
    .sort();
const withoutMetadata = (json) => {
  const copy = JSON.parse(JSON.stringify(json));
  for (const { path: p } of METADATA_DIFFERENCES) {
    const parent = p.slice(0, -1).reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), copy);
    if (parent && typeof parent === "object") delete parent[p[p.length - 1]];
  }
  return copy;
};

const stacks = stacksOf(cdktfOut);
let failed = !isDeepStrictEqual(stacks, stacksOf(cdktnOut));
if (failed) console.error(`different stacks: cdktf ${stacks.join(", ")}; cdktn ${stacksOf(cdktnOut).join(", ")}`);
for (const stack of stacks) {
  const read = (out) => JSON.parse(fs.readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8"));
  const a = read(cdktfOut);
  const b = read(cdktnOut);
  if (isDeepStrictEqual(a, b)) {
    console.log(`${stack}: identical`);
  } else if (isDeepStrictEqual(withoutMetadata(a), withoutMetadata(b))) {
    const differing = METADATA_DIFFERENCES.filter(({ path: p }) => {
      const at = (o) => p.reduce((v, k) => (v && typeof v === "object" ? v[k] : undefined), o);
      return !isDeepStrictEqual(at(a), at(b));
    });
    console.log(
      `${stack}: identical apart from ${differing.map((d) => `$.${d.path.map((k) => (k === "//" ? '["//"]' : k)).join(".")} (${d.why})`).join("; ")}`,
    );
  } else {
    failed = true;
    console.error(`${stack}: cdk.tf.json differs beyond the documented metadata; compare the two outputs`);
  }
}
console.log(
  failed
    ? "cdktn-check: FAILED"
    : `cdktn-check: ${stacks.length} stack(s) synthesize the same Terraform JSON with cdktn`,
);
process.exit(failed ? 1 : 0);
