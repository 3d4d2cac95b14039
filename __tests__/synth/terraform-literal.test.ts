import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "../../lib/terraform-cdk";
import { completeEnvironment, environmentSchema } from "../../lib/config/schema";
import { DashboardAuthStack } from "../../lib/stack";
import { terraformLiteral } from "../../lib/terraform-literal";
import { loginCode, minimalConfig, tempDir, terraformJson } from "../helpers";
import { describeWithCommands } from "../support/tools-available";
import { mustRunTerraform, offlineTerraformEnv, runTerraform } from "../support/terraform";
import { parseJsonObject, at } from "../json";

test("escapes Terraform's interpolation and directive markers, and nothing else", () => {
  expect(terraformLiteral("deny(`${appName} needs ${roles}`)")).toBe("deny(`$${appName} needs $${roles}`)");
  expect(terraformLiteral("%{ if x }")).toBe("%%{ if x }");
  expect(terraformLiteral("cost: $5, 100% {ok}")).toBe("cost: $5, 100% {ok}");
});

// The strongest check of the escaping: real Terraform decodes what we synthesize back into
// exactly the files in rules/ (and some nasty strings), byte for byte.
describeWithCommands(["terraform"], "what Terraform reads from the synthesized JSON", () => {
  const dir = tempDir("literal");

  test("the Action code and the Rule script reach Terraform exactly as written in rules/", () => {
    const input = minimalConfig();
    input.loginFlow = { legacyRule: true };
    input.dashboards.mlflow.clientName = "MLflow ${not_a_reference} %{ not_a_directive }";
    const environment = completeEnvironment("literal", environmentSchema.parse(input));
    const json = terraformJson(new DashboardAuthStack(Testing.app(), { environment, loginCode }));
    const nasty = "a ${b} $${c} %{d} %%{e} $$ %% ${ %{";
    const config = {
      output: {
        action_code: { value: at(json, "resource", "auth0_action", "role_claim", "code") },
        rule_script: { value: at(json, "resource", "auth0_rule", "role_claim", "script") },
        client_name: { value: at(json, "resource", "auth0_client", "mlflow", "name") },
        nasty: { value: terraformLiteral(nasty) },
      },
    };
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config));
    const env = offlineTerraformEnv(dir);
    for (const args of [
      ["init", "-input=false"],
      ["apply", "-auto-approve", "-input=false"],
    ]) {
      const result = runTerraform(dir, [...args, "-no-color"], env);
      expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: "" });
    }
    const outputs = parseJsonObject(mustRunTerraform(dir, ["output", "-json"], env));
    expect(at(outputs, "action_code", "value")).toBe(loginCode.postLoginAction);
    expect(at(outputs, "rule_script", "value")).toBe(loginCode.legacyRule);
    expect(at(outputs, "client_name", "value")).toBe("MLflow ${not_a_reference} %{ not_a_directive }");
    expect(at(outputs, "nasty", "value")).toBe(nasty);
  });
});
