import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildReview, readPlanFile, renderJson, renderMarkdown, Review, TerraformPlan } from "../../tools/plan-review";
import { runCliProcess, tempDir } from "./helpers";
import { mustRunTerraform, offlineTerraformEnv, runTerraform } from "../support/terraform";
import { describeUnless } from "../support/tools-available";
import { at, parseJsonObject } from "../json";

/**
 * Real plans, made at test time by Terraform itself with its built-in `terraform_data`
 * resource and `terraform_remote_state` data source (no provider download, no network), so
 * the parser is checked against the format Terraform really writes, for every action kind.
 */

const CANARY = "canary-real-terraform-secret-v1";
const CANARY_2 = "canary-real-terraform-secret-v2";

const terraformFound = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0;
// Developers without Terraform can still run the rest; CI (setup-terraform) always has it.
const noTerraform = "terraform is not on PATH: the real-plan tests need Terraform >= 1.5";
if (!terraformFound && process.env.CI) throw new Error(noTerraform);
const describeWithTerraform = (name: string, body: () => void) =>
  describeUnless(terraformFound ? undefined : noTerraform, name, body);

const VERSION_1 = `
variable "secret" {
  type      = string
  sensitive = true
  default   = "${CANARY}"
}
variable "v" {
  type    = string
  default = "one"
}
variable "rev" {
  type    = string
  default = "1"
}
resource "terraform_data" "upd" {
  input = var.v
}
resource "terraform_data" "rep" {
  input            = "stable"
  triggers_replace = [var.rev]
}
resource "terraform_data" "cbd" {
  input            = "x"
  triggers_replace = [var.rev]
  lifecycle {
    create_before_destroy = true
  }
}
resource "terraform_data" "gone" {
  input = "bye"
}
resource "terraform_data" "same" {
  input = "same"
}
resource "terraform_data" "sens" {
  input = { name = "x", value = var.secret }
}
resource "terraform_data" "kept" {
  input = "protected"
  lifecycle {
    prevent_destroy = true
  }
}
output "secret" {
  value     = var.secret
  sensitive = true
}
`;

/** Version 2 changes every resource a different way, and drops `gone` and `kept` entirely. */
const VERSION_2 = VERSION_1.replace(`default   = "${CANARY}"`, `default   = "${CANARY_2}"`)
  .replace('default = "one"', 'default = "two"')
  .replace('default = "1"', 'default = "2"')
  .replace(/resource "terraform_data" "gone" \{[^}]*\}/, "")
  .replace(/resource "terraform_data" "kept" \{[\s\S]*?\n\}\n/, "").concat(`
resource "terraform_data" "fresh" {
  input = terraform_data.rep.output
}
data "terraform_remote_state" "other" {
  backend    = "local"
  config     = { path = "\${path.module}/other.tfstate" }
  depends_on = [terraform_data.upd]
}
output "fresh" {
  value = terraform_data.fresh.output
}
`);

/** Version 3 would replace `kept`, which prevent_destroy protects. */
const VERSION_3 = VERSION_1.replace('input = "protected"', 'input = "protected"\n  triggers_replace = ["now"]');

describeWithTerraform("plans written by Terraform itself", () => {
  const dir = tempDir("terraform");
  const env = offlineTerraformEnv(dir);
  const plans: Record<string, TerraformPlan> = {};
  const reviews: Record<string, Review> = {};

  function terraform(...args: string[]): { status: number | null; output: string } {
    const result = runTerraform(dir, args, env);
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  function mustRun(...args: string[]): void {
    mustRunTerraform(dir, args, env);
  }

  /** terraform plan -out, then terraform show -json, as the workflow does. */
  function plan(name: string): void {
    mustRun("plan", "-no-color", "-input=false", `-out=${name}.tfplan`);
    fs.writeFileSync(
      path.join(dir, `${name}.plan.json`),
      mustRunTerraform(dir, ["show", "-json", `${name}.tfplan`], env),
    );
    plans[name] = readPlanFile(path.join(dir, `${name}.plan.json`));
    reviews[name] = buildReview([{ stack: name, file: `${name}.plan.json`, plan: plans[name] }]);
  }

  beforeAll(() => {
    fs.writeFileSync(
      path.join(dir, "other.tfstate"),
      JSON.stringify({ version: 4, terraform_version: "1.11.4", serial: 1, lineage: "x", outputs: {}, resources: [] }),
    );
    fs.writeFileSync(path.join(dir, "main.tf"), VERSION_1);
    mustRun("init", "-no-color", "-input=false", "-backend=true");
    plan("create");
    mustRun("apply", "-no-color", "-input=false", "create.tfplan");
    plan("unchanged");
    fs.writeFileSync(path.join(dir, "main.tf"), VERSION_2);
    plan("mixed");
  }, 300_000);

  const kinds = (name: string) => Object.fromEntries(reviews[name].stacks[0].resources.map((r) => [r.address, r.kind]));
  const resource = (name: string, address: string) =>
    reviews[name].stacks[0].resources.find((r) => r.address === address)!;

  test("Terraform writes plan format 1.x", () => {
    expect(plans.mixed.format_version).toMatch(/^1\.\d+$/);
  });

  test("create: every resource added, ids and outputs known after apply", () => {
    expect(reviews.create.stacks[0].counts).toMatchObject({ add: 7, change: 0, replace: 0, destroy: 0, noOp: 0 });
    const upd = resource("create", "terraform_data.upd");
    expect(upd.attributes).toContainEqual({
      path: "id",
      before: { kind: "absent" },
      after: { kind: "unknown" },
      forcesReplacement: false,
    });
    expect(upd.attributes).toContainEqual({
      path: "input",
      before: { kind: "absent" },
      after: { kind: "value", value: "one" },
      forcesReplacement: false,
    });
  });

  test("no-op: a plan with zero changes", () => {
    expect(reviews.unchanged.stacks[0].counts).toMatchObject({ add: 0, change: 0, replace: 0, destroy: 0, noOp: 7 });
    expect(reviews.unchanged.stacks[0].resources).toEqual([]);
    expect(renderMarkdown(reviews.unchanged)).toContain("- **`unchanged`**: no changes (7 no-op)");
  });

  test("update, both kinds of replace, delete, no-op, create and read in one plan", () => {
    expect(kinds("mixed")).toEqual({
      "terraform_data.upd": "update",
      "terraform_data.rep": "replace",
      "terraform_data.cbd": "replace",
      "terraform_data.gone": "delete",
      "terraform_data.kept": "delete",
      "terraform_data.sens": "update",
      "terraform_data.fresh": "create",
      "data.terraform_remote_state.other": "read",
    });
    expect(reviews.mixed.stacks[0].counts).toMatchObject({
      add: 1,
      change: 2,
      replace: 2,
      destroy: 2,
      read: 1,
      noOp: 1,
    });
  });

  test("replacements say which attribute forced them, and in which order they run", () => {
    const rep = resource("mixed", "terraform_data.rep");
    expect(rep.actions).toEqual(["delete", "create"]);
    expect(rep.replacePaths).toEqual(["triggers_replace"]);
    expect(rep.attributes.find((a) => a.path === "triggers_replace")).toMatchObject({
      forcesReplacement: true,
      before: { value: ["1"] },
      after: { value: ["2"] },
    });
    expect(resource("mixed", "terraform_data.cbd").actions).toEqual(["create", "delete"]);
    expect(renderMarkdown(reviews.mixed)).toContain(
      "**`terraform_data.cbd`** must be replaced (create, then delete), forced by `triggers_replace`",
    );
  });

  test("unknown values: an input from another resource's output is known after apply", () => {
    expect(resource("mixed", "terraform_data.fresh").attributes).toContainEqual({
      path: "input",
      before: { kind: "absent" },
      after: { kind: "unknown" },
      forcesReplacement: false,
    });
    expect(resource("mixed", "terraform_data.upd").attributes).toContainEqual({
      path: "output",
      before: { kind: "value", value: "one" },
      after: { kind: "unknown" },
      forcesReplacement: false,
    });
  });

  test("read: the data source depending on a pending change is read during apply", () => {
    expect(resource("mixed", "data.terraform_remote_state.other")).toMatchObject({
      mode: "data",
      kind: "read",
      actionReason: "read_because_dependency_pending",
    });
  });

  test("sensitive values: flagged ones and Terraform's unflagged echo of them are hidden", () => {
    // terraform_data copies `input` to `output` without the sensitive flag: the cross-check catches it.
    const raw = JSON.stringify(plans.mixed.resource_changes);
    expect(raw).toContain(CANARY);
    const sens = resource("mixed", "terraform_data.sens");
    expect(sens.attributes.find((a) => a.path === "input.value")).toMatchObject({
      before: { kind: "sensitive" },
      after: { kind: "sensitive" },
    });
    for (const name of ["create", "unchanged", "mixed"]) {
      const text = renderMarkdown(reviews[name], { maxChars: 0 }) + renderJson(reviews[name]);
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(CANARY_2);
    }
  });

  test("the plan's configuration has no lifecycle, so prevent_destroy cannot be read from it", () => {
    const configuration = at(
      parseJsonObject(fs.readFileSync(path.join(dir, "mixed.plan.json"), "utf8")),
      "configuration",
    );
    expect(JSON.stringify(configuration)).toContain('"address":"terraform_data.sens"');
    expect(JSON.stringify(configuration)).not.toContain("prevent_destroy");
    expect(JSON.stringify(configuration)).not.toContain("lifecycle");
  });

  test("a removed resource block takes its prevent_destroy with it; the review says so", () => {
    expect(resource("mixed", "terraform_data.kept").actionReason).toBe("delete_because_no_resource_config");
  });

  test("Terraform refuses to plan replacing a prevent_destroy resource, which the inference relies on", () => {
    fs.writeFileSync(path.join(dir, "main.tf"), VERSION_3);
    const result = terraform("plan", "-no-color", "-input=false");
    fs.writeFileSync(path.join(dir, "main.tf"), VERSION_2);
    expect(result.status).not.toBe(0);
    expect(result.output.replace(/\s+/g, " ")).toContain(
      "has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed",
    );
  });

  test("the command reviews a real plan file end to end", () => {
    const result = runCliProcess([path.join(dir, "mixed.plan.json")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "- **`mixed`**: 1 to add, 2 to change, 2 to replace, 2 to destroy, 1 no-op, 1 to read",
    );
    expect(result.stdout).not.toContain(CANARY);
  });

  test("a binary plan file is refused with the command that converts it", () => {
    const result = runCliProcess([path.join(dir, "mixed.tfplan")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is a binary plan file, not JSON; convert it with");
  });
});
