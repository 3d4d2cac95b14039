import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { JsonObject, objectAt, parseJsonObject } from "../json";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { describeWithCommands } from "../support/tools-available";

// npm run get:offline: the committed .gen/ comes from the schema vendored in provider-schema/, and the
// generator also takes a plain `terraform providers schema -json` output.
const GENERATOR = path.join(PROJECT_ROOT, "scripts", "generate-provider-bindings.js");
const GEN = path.join(PROJECT_ROOT, ".gen");
const AUTH0 = "registry.terraform.io/auth0/auth0";

function generate(dir: string, args: string[]) {
  return spawnSync(process.execPath, [GENERATOR, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: offlineTerraformEnv(dir),
    timeout: 120_000,
  });
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

function vendoredSchema(): { file: string; json: JsonObject } {
  const dir = path.join(PROJECT_ROOT, "provider-schema");
  const [name] = fs.readdirSync(dir).filter((f) => /^auth0-\d+\.\d+\.\d+\.json$/.test(f));
  const file = path.join(dir, name);
  return { file, json: parseJsonObject(fs.readFileSync(file, "utf8")) };
}

describe("npm run get:offline", () => {
  const dir = tempDir("provider-bindings");

  test("with no arguments it uses the schema in provider-schema/ and writes exactly the committed .gen/", () => {
    const out = path.join(dir, "from-vendored");
    const result = generate(dir, ["--out", out]);
    expect(result.stderr).not.toContain("generate-provider-bindings:");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("from provider-schema/auth0-");
    const files = filesUnder(GEN);
    expect(filesUnder(out)).toEqual(files);
    for (const f of files)
      expect([f, fs.readFileSync(path.join(out, f), "utf8")]).toEqual([f, fs.readFileSync(path.join(GEN, f), "utf8")]);
  });

  test("bad input: a clear error naming the file and what to do, no stack trace, nothing written", () => {
    const out = path.join(dir, "never");
    const missing = generate(dir, [path.join(dir, "nope.json"), "--out", out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("nope.json: no such file");
    expect(missing.stderr).toContain("terraform providers schema -json");
    const other = path.join(dir, "other.json");
    fs.writeFileSync(
      other,
      JSON.stringify({ format_version: "1.0", provider_schemas: { "registry.terraform.io/hashicorp/random": {} } }),
    );
    const wrong = generate(dir, [other, "--out", out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`other.json: $.provider_schemas has no "${AUTH0}" entry`);
    for (const r of [missing, wrong]) expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describeWithCommands(["terraform"], "npm run get:offline on real `terraform providers schema -json` output", () => {
  const dir = tempDir("provider-schema-real");

  test("takes its shape (no provider_versions, descriptions, other providers) given --provider-version", () => {
    // The top level as this machine's Terraform prints it; the auth0 entry as in provider-schema/, with
    // the descriptions a real provider has, next to another provider's entry.
    const work = path.join(dir, "work");
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, "main.tf"), "terraform {}\n");
    const env = offlineTerraformEnv(dir);
    mustRunTerraform(work, ["init", "-input=false", "-no-color"], env);
    const real = parseJsonObject(mustRunTerraform(work, ["providers", "schema", "-json"], env));
    expect(Object.keys(real)).toEqual(["format_version"]);
    expect(real).not.toHaveProperty("provider_versions");
    const auth0: unknown = structuredClone(objectAt(vendoredSchema().json, "provider_schemas", AUTH0));
    const client = objectAt(auth0, "resource_schemas", "auth0_client", "block");
    client.description = "With this resource, you can set up applications that use Auth0 for authentication.";
    client.description_kind = "plain";
    Object.assign(objectAt(client, "attributes", "name"), {
      description: "Name of the client.",
      description_kind: "plain",
    });
    const schema = {
      ...real,
      provider_schemas: {
        "registry.terraform.io/hashicorp/random": { provider: { version: 0, block: { description_kind: "plain" } } },
        [AUTH0]: auth0,
      },
    };
    const file = path.join(dir, "schema.json");
    fs.writeFileSync(file, JSON.stringify(schema));

    const withoutVersion = generate(dir, [file, "--out", path.join(dir, "never")]);
    expect(withoutVersion.status).toBe(1);
    expect(withoutVersion.stderr).toContain("schema.json: $.provider_versions is missing");
    expect(withoutVersion.stderr).toContain("--provider-version X.Y.Z");

    const out = path.join(dir, "from-real");
    const result = generate(dir, [file, "--provider-version", "1.55.0", "--out", out]);
    expect(result.status).toBe(0);
    expect(filesUnder(out)).toEqual(filesUnder(GEN));
    expect(parseJsonObject(fs.readFileSync(path.join(out, "versions.json"), "utf8"))).toEqual({ [AUTH0]: "1.55.0" });
    const clientCode = fs.readFileSync(path.join(out, "providers", "auth0", "client", "index.ts"), "utf8");
    expect(clientCode).toContain("export class Client extends cdktf.TerraformResource");
    expect(clientCode).toContain("Name of the client.");
  });
});
