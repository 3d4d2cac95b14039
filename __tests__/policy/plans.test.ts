import * as fs from "node:fs";
import * as path from "node:path";
import { checkStack, Finding } from "../../tools/policy/engine";
import { PACKS } from "../../tools/policy/packs";
import { planStack, readStackModel } from "../../tools/stack-model";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { describeWithCommands } from "../support/tools-available";

const FIXTURES = path.join(PROJECT_ROOT, "__tests__/policy/fixtures");
const summary = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.level} ${f.address}${f.path ? ` ${f.path}` : ""} [${f.ruleId}]`);

type Json = Record<string, unknown>;
const STAND_IN = /^(auth0_[a-z_]+)__([A-Za-z0-9_-]+)$/;

/**
 * Turns a plan of terraform_data stand-ins into the plan the Auth0 provider would make: each
 * `terraform_data.<type>__<name>` becomes `<type>.<name>`, its `input` the resource's values.
 */
function fromStandIns(plan: Json): Json {
  const text = JSON.stringify(plan).replace(/terraform_data\.(auth0_[a-z_]+)__([A-Za-z0-9_-]+)/g, "$1.$2");
  const unwrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(unwrap);
    if (typeof value !== "object" || value === null) return value;
    const node = value as Json;
    const match = node.type === "terraform_data" ? STAND_IN.exec(String(node.name)) : null;
    if (match) {
      const values = node.values as Json | undefined;
      const change = node.change as Json | undefined;
      const input = (v: unknown) => ((v as Json | null)?.input ?? {}) as Json;
      return {
        ...node,
        type: match[1],
        name: match[2],
        ...(values ? { values: input(values) } : {}),
        ...(change
          ? { change: { ...change, after: input(change.after), after_unknown: input(change.after_unknown) } }
          : {}),
      };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, unwrap(v)]));
  };
  return unwrap(JSON.parse(text)) as Json;
}

describe("policy over plans", () => {
  test("a hand-written Auth0 plan of an HCL project: planned values, references and variables", () => {
    const report = checkStack(readStackModel(path.join(FIXTURES, "auth0-hcl.plan.json")), { packs: PACKS });
    expect(report.stack.source).toBe("plan");
    expect(summary(report.findings)).toEqual([
      "error auth0_action.claims runtime [action-runtime-eol]",
      "error var.report_bot_password default [variable-secret-default]",
    ]);
    // The plan carries the variable's value in plain text; no finding repeats it.
    expect(JSON.stringify([report.findings, report.suppressions])).not.toContain("Swordfish");
  });

  test("a value known only after apply cannot be verified (it is not taken as compliant)", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(FIXTURES, "auth0-hcl.plan.json"), "utf8")) as Json;
    const change = (plan.resource_changes as Json[]).find((c) => c.address === "auth0_client.reports")!.change as Json;
    (change.after_unknown as Json).callbacks = true;
    const findings = checkStack(planStack(plan, "x.plan.json", "x"), { packs: PACKS }).findings;
    expect(findings.filter((f) => f.ruleId === "client-https-urls").map((f) => [f.unverifiable, f.level])).toEqual([
      [true, "error"],
    ]);
  });

  describeWithCommands(["terraform"], "a plan made by real Terraform from an HCL file", () => {
    const dir = tempDir("policy-hcl");
    let plan: Json;

    beforeAll(() => {
      fs.cpSync(path.join(FIXTURES, "hcl-stand-ins"), dir, { recursive: true });
      const env = offlineTerraformEnv(dir);
      mustRunTerraform(dir, ["init", "-backend=false", "-no-color"], env);
      mustRunTerraform(dir, ["plan", "-out=plan.tfplan", "-no-color"], env);
      plan = JSON.parse(mustRunTerraform(dir, ["show", "-json", "plan.tfplan"], env)) as Json;
    });

    test("is read from its planned values, modules included, and trips the rules its HCL breaks", () => {
      const file = path.join(dir, "stand-ins.plan.json");
      fs.writeFileSync(file, JSON.stringify(fromStandIns(plan)));
      const report = checkStack(readStackModel(file), { packs: PACKS });
      expect(summary(report.findings.filter((f) => f.level === "error"))).toEqual([
        // A literal grant list through tolist() and a URL built from a local, evaluated by Terraform.
        "error auth0_client.dashboard grant_types[2] [client-grant-types]",
        "error auth0_client.dashboard callbacks[0] [client-https-urls]",
        "error auth0_connection.users options.brute_force_protection [connection-brute-force]",
        "error module.portal.auth0_client.portal [client-connection-enabled]",
        "error module.portal.auth0_client.portal cross_origin_auth [client-cross-origin-auth]",
        "error var.bot_password default [variable-secret-default]",
      ]);
      expect(JSON.stringify([report.findings, report.suppressions])).not.toContain("Stand-In-Bot-Password-77");
    });

    test("the untouched plan (terraform_data only) is read without error and has nothing to check", () => {
      const model = planStack(plan, "raw.plan.json", "raw");
      expect(model.elements.filter((e) => e.kind === "resource").map((e) => e.address)).toEqual(
        expect.arrayContaining([
          "terraform_data.auth0_client__dashboard",
          "module.portal.terraform_data.auth0_client__portal",
        ]),
      );
      expect(checkStack(model, { packs: PACKS }).findings.map((f) => f.ruleId)).toEqual(["variable-secret-default"]);
    });
  });
});
