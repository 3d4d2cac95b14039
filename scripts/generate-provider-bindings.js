#!/usr/bin/env node
// Generates .gen/providers/auth0 from a provider schema file, with cdktf's own generator.
//
// `npx cdktf get` does the same from the live provider, but it needs the Terraform registry.
// Where the registry is unreachable, this produces the same bindings from the schema that
// `terraform providers schema -json` prints. The provider constraint is read from cdktf.json,
// so the generated classes pin the same version range that `cdktf get` would.
//
// Usage: node scripts/generate-provider-bindings.js [schema.json]
//   default schema: ../shared/auth0-provider/schema-1.55.0.json
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { TerraformProviderGenerator, CodeMaker } = require("@cdktf/provider-generator");
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require("@cdktf/commons");

async function main() {
  const root = path.resolve(__dirname, "..");
  const schemaPath = path.resolve(
    process.argv[2] || path.join(root, "..", "shared", "auth0-provider", "schema-1.55.0.json"),
  );
  if (!fs.existsSync(schemaPath)) {
    console.error(
      `generate-provider-bindings: schema file not found: ${schemaPath}\n` +
        "Pass the path of a `terraform providers schema -json` output, or run `npx cdktf get` where the registry is reachable.",
    );
    process.exit(1);
  }
  const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
  const outdir = path.join(root, config.codeMakerOutput || ".gen");
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));

  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  for (const spec of config.terraformProviders) {
    const target = new ConstructsMakerProviderTarget(new TerraformProviderConstraint(spec), LANGUAGES[0]);
    generator.generate(target);
  }
  // Same file `cdktf get` writes: which provider version the bindings were generated from.
  code.openFile("versions.json");
  code.line(JSON.stringify(generator.versions, null, 2));
  code.closeFile("versions.json");

  // Write to a temporary folder and swap it in, so a failure never leaves half-written bindings.
  const staging = `${outdir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await code.save(staging);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.renameSync(staging, outdir);
  console.log(
    `generate-provider-bindings: wrote ${path.relative(root, outdir)}/ from ${schemaPath} (${JSON.stringify(generator.versions)})`,
  );
}

main().catch((err) => {
  console.error(`generate-provider-bindings: ${err.message}`);
  process.exit(1);
});
