import "@microsoft/jest-sarif";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Log } from "sarif";
import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { checkStack } from "../../tools/policy/engine";
import { PACKS } from "../../tools/policy/packs";
import { sarifReport } from "../../tools/policy/report/sarif";
import { synthesizedStack } from "../../tools/stack-model";
import { exampleEnvironment, loginCode, PROJECT_ROOT, terraformJson } from "../helpers";
import { at } from "./fixtures/rule-cases";

/** The SARIF output, checked against the SARIF 2.1.0 JSON schema (the one @microsoft/jest-sarif ships). */
describe("--format sarif", () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(PROJECT_ROOT));
  afterAll(() => process.chdir(cwd));

  function sarifOf(env: string, change: (json: Record<string, unknown>) => void = () => undefined): Log {
    const stack = new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment(env), loginCode });
    const json = terraformJson(stack) as Record<string, unknown>;
    change(json);
    const file = `cdktf.out/stacks/ml-dashboard-auth-${env}/cdk.tf.json`;
    return sarifReport([checkStack(synthesizedStack(json, file, env), { packs: PACKS })], PACKS);
  }

  test("the schema check itself rejects a broken log", () => {
    expect({ version: "2.1.0" }).not.toBeValidSarifLog();
    expect({ version: "2.1.0", runs: [{ tool: { driver: {} } }] }).not.toBeValidSarifLog();
  });

  test("is valid SARIF 2.1.0 and describes every rule with its title, why and fix", () => {
    const log = sarifOf("prod");
    expect(log).toBeValidSarifLog();
    const rules = log.runs[0].tool.driver.rules ?? [];
    for (const rule of PACKS.flatMap((p) => p.rules)) {
      const described = rules.find((r) => r.id === rule.id);
      expect(described?.shortDescription?.text).toBe(rule.title);
      expect(described?.help?.text).toContain(rule.fix);
      expect(described?.defaultConfiguration?.level).toBe(rule.level);
    }
  });

  test("a finding points to the config file and line that caused it; suppressed findings carry their reason", () => {
    const log = sarifOf("dev", (json) => {
      at(json, "resource.auth0_client.mlflow").cross_origin_auth = true;
    });
    expect(log).toBeValidSarifLog();
    const results = log.runs[0].results ?? [];
    const crossOrigin = results.find((r) => r.ruleId === "client-cross-origin-auth");
    expect(crossOrigin?.level).toBe("error");
    const location = crossOrigin?.locations?.[0];
    expect(location?.physicalLocation?.artifactLocation?.uri).toBe("config/dev.json");
    const configLines = fs.readFileSync(path.join(PROJECT_ROOT, "config/dev.json"), "utf8").split("\n");
    expect(configLines[(location?.physicalLocation?.region?.startLine ?? 0) - 1]).toContain('"mlflow": {');
    expect(location?.logicalLocations?.[0].fullyQualifiedName).toBe("auth0_client.mlflow");

    const suppressed = results.filter((r) => r.suppressions?.length);
    expect(suppressed.map((r) => r.ruleId)).toContain("connection-prevent-destroy");
    expect(suppressed[0].suppressions?.[0].justification).toContain(
      "The dev tenant only holds example users and is rebuilt from this file.",
    );
  });

  test("without a recorded config path, a finding points to the resource in the stack file", () => {
    const file = "__tests__/policy/fixtures/foreign.tf.json";
    const json = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")) as Record<string, unknown>;
    const log = sarifReport([checkStack(synthesizedStack(json, file, "foreign"), { packs: PACKS })], PACKS);
    expect(log).toBeValidSarifLog();
    const result = log.runs[0].results?.find((r) => r.ruleId === "client-oidc-conformant");
    expect(result?.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe(file);
    expect(result?.locations?.[0].physicalLocation?.region?.startLine).toBe(4);
  });
});
