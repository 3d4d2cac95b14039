#!/usr/bin/env node
// Generates .gen/providers/auth0 from a provider schema file, with cdktf's own generator.
//
// `npm run get` (`cdktf get`) does the same from the live provider, but it needs the Terraform
// registry. Where the registry is unreachable, this produces the same bindings from the schema
// that `terraform providers schema -json` prints. The provider constraint is read from cdktf.json,
// so the generated classes pin the same version range that `cdktf get` would.
//
// Usage: node scripts/generate-provider-bindings.js [schema.json] [--provider-version X.Y.Z] [--out DIR]
//   default schema: the one provider-schema/auth0-<version>.json in this checkout
//   --provider-version: the version the schema came from; needed when the file has no
//     provider_versions (plain `terraform providers schema -json` output) and its name has none
//   --out: where to write (default: codeMakerOutput of cdktf.json, .gen)
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = path.join(ROOT, "provider-schema");
const PROVIDER_SOURCE = "auth0/auth0";
const VERSIONED_NAME = /^auth0-(\d+\.\d+\.\d+)\.json$/;

class UsageError extends Error {}

/** The schema file: the one given, or the single provider-schema/auth0-<version>.json. */
function schemaFileOf(given) {
  if (given) return path.resolve(given);
  const found = fs.existsSync(SCHEMA_DIR) ? fs.readdirSync(SCHEMA_DIR).filter((f) => VERSIONED_NAME.test(f)) : [];
  if (found.length !== 1) {
    throw new UsageError(
      `expected exactly one provider-schema/auth0-<version>.json, found ${found.length ? found.join(", ") : "none"}; ` +
        "pass the schema file to use",
    );
  }
  return path.join(SCHEMA_DIR, found[0]);
}

/** Reads and checks a `terraform providers schema -json` output; fills provider_versions if it has none. */
function readSchema(file, providerVersion) {
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new UsageError(
      `${file}: ${err.code === "ENOENT" ? "no such file" : `not readable JSON (${err.code || err.name})`}; ` +
        "pass the output of `terraform providers schema -json`, or run `npm run get` where the registry is reachable",
    );
  }
  const schemas = schema && typeof schema === "object" ? schema.provider_schemas : undefined;
  const key = Object.keys(schemas && typeof schemas === "object" ? schemas : {}).find((k) =>
    k.endsWith(`/${PROVIDER_SOURCE}`),
  );
  if (typeof schema.format_version !== "string" || !key) {
    throw new UsageError(
      `${file}: $.provider_schemas has no "registry.terraform.io/${PROVIDER_SOURCE}" entry; expected the output of ` +
        "`terraform providers schema -json` run in a folder whose configuration requires auth0/auth0",
    );
  }
  const recorded = schema.provider_versions && schema.provider_versions[key];
  const fromName = VERSIONED_NAME.exec(path.basename(file));
  const version = providerVersion || recorded || (fromName && fromName[1]);
  if (!version) {
    throw new UsageError(
      `${file}: $.provider_versions is missing (terraform providers schema -json does not record it) and the file name ` +
        "has no version; pass --provider-version X.Y.Z (the auth0 version `terraform version -json` shows)",
    );
  }
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new UsageError(`--provider-version ${version}: expected X.Y.Z`);
  // Only the auth0 provider: `terraform providers schema -json` also lists built-in and other providers.
  return {
    format_version: schema.format_version,
    provider_schemas: { [key]: schemas[key] },
    provider_versions: { [key]: version },
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "provider-version": { type: "string" }, out: { type: "string" } },
  });
  if (positionals.length > 1) throw new UsageError(`expected one schema file, got ${positionals.length}`);
  const root = ROOT;
  const schemaPath = schemaFileOf(positionals[0]);
  const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
  const outdir = values.out ? path.resolve(values.out) : path.join(root, config.codeMakerOutput || ".gen");
  const schema = readSchema(schemaPath, values["provider-version"]);
  // Loaded only once the input is known to be good: the generator takes seconds to load.
  const { TerraformProviderGenerator, CodeMaker } = require("@cdktf/provider-generator");
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require("@cdktf/commons");

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
    `generate-provider-bindings: wrote ${path.relative(root, outdir) || outdir}/ from ${path.relative(root, schemaPath)} (${JSON.stringify(generator.versions)})`,
  );
}

main().catch((err) => {
  console.error(`generate-provider-bindings: ${err.message}`);
  if (!(err instanceof UsageError) && process.env.DEBUG) console.error(err.stack);
  process.exit(1);
});
