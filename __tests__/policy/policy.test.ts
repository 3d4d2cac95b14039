import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "cdktf";
import { DashboardAuthStack } from "../../lib/stack";
import { checkStack, POLICY_RULES } from "../../tools/policy/rules";
import { SynthesizedStack } from "../../tools/policy/synthesized-stack";
import { exampleEnvironment, loginCode, PROJECT_ROOT, tempDir, terraformJson } from "../helpers";
import { objectAt } from "../json";

function exampleStack(env: string): SynthesizedStack {
  const json = terraformJson(
    new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment(env), loginCode }),
  );
  return { name: `ml-dashboard-auth-${env}`, file: `${env}.json`, json };
}

const summary = (stack: SynthesizedStack) => checkStack(stack).map((f) => `${f.severity} ${f.address} [${f.rule}]`);

describe("policy checks over synthesized stacks", () => {
  test("the prod example passes every rule with no finding", () => {
    expect(checkStack(exampleStack("prod"))).toEqual([]);
  });

  test("the dev example only warns: localhost http, and prevent_destroy off with its reason", () => {
    const findings = checkStack(exampleStack("dev"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["https-urls", "stateful-prevent-destroy"]));
    expect(findings.find((f) => f.address === "auth0_connection.database")?.message).toBe(
      "prevent_destroy is off; stated reason: The dev tenant only holds example users and is rebuilt from this file.",
    );
  });

  test("a stack weakened by hand trips every rule", () => {
    const stack = exampleStack("prod");
    const r = stack.json.resource!;
    delete objectAt(r, "auth0_connection", "database").lifecycle;
    objectAt(r, "auth0_connection", "database", "options").brute_force_protection = false;
    objectAt(r, "auth0_connection", "database", "options").password_policy = "low";
    objectAt(r, "auth0_connection_clients", "database").enabled_clients = [
      "${auth0_client.mlflow.client_id}",
      "${auth0_client.grafana.client_id}",
    ];
    objectAt(r, "auth0_client", "mlflow").grant_types = ["authorization_code", "implicit"];
    objectAt(r, "auth0_client", "mlflow").callbacks = ["http://mlflow.ml.example.com/callback"];
    objectAt(r, "auth0_client", "mlflow", "jwt_configuration").alg = "HS256";
    objectAt(r, "auth0_user", "researcher").password = "literal-Password-1";
    r.auth0_rule = { role_claim: { name: "x", script: "function (u, c, cb) { cb(null, u, c); }" } };
    (stack.json.provider!.auth0 as Array<Record<string, unknown>>)[0].client_secret = "literal-secret";
    stack.json.output!.mlflow_client_secret.sensitive = false;

    expect(summary(stack)).toEqual([
      "error auth0_client.mlflow [grant-types]",
      "error auth0_client.mlflow [https-urls]",
      "error auth0_client.mlflow [token-signing]",
      "error auth0_client.tensorboard [connection-enabled]",
      "error auth0_connection.database [connection-hardening]",
      "error auth0_connection.database [connection-hardening]",
      "error auth0_connection.database [stateful-prevent-destroy]",
      "error auth0_user.researcher [no-literal-passwords]",
      "error output.mlflow_client_secret [sensitive-outputs]",
      "error provider.auth0 [provider-credentials]",
      "warning auth0_rule.role_claim [legacy-rules]",
    ]);
    // Every rule fired at least once.
    expect(new Set(checkStack(stack).map((f) => f.rule))).toEqual(new Set(POLICY_RULES.map((rule) => rule.id)));
    // Findings never carry the secrets they are about.
    const text = JSON.stringify(checkStack(stack));
    expect(text).not.toContain("literal-Password-1");
    expect(text).not.toContain("literal-secret");
  });

  describe("npm run policy", () => {
    const dir = tempDir("policy");
    const run = (args: string[]) =>
      spawnSync(
        process.execPath,
        [path.join(PROJECT_ROOT, "scripts/run-ts.js"), path.join(PROJECT_ROOT, "tools/policy/cli.ts"), ...args],
        {
          encoding: "utf8",
          timeout: 60_000,
        },
      );

    test("exits 0 on the examples, 2 on a policy error, 1 on a missing file", () => {
      const good = path.join(dir, "prod.json");
      fs.writeFileSync(good, JSON.stringify(exampleStack("prod").json));
      const result = run([good]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("1 stack(s) checked: 0 error(s), 0 warning(s)");

      const badStack = exampleStack("prod");
      badStack.json.resource!.auth0_client.mlflow.grant_types = ["password"];
      const bad = path.join(dir, "bad.json");
      fs.writeFileSync(bad, JSON.stringify(badStack.json));
      const failed = run([bad]);
      expect(failed.status).toBe(2);
      expect(failed.stdout).toContain(
        "ERROR   auth0_client.mlflow: grant type password makes the dashboard handle users' passwords itself",
      );

      const missing = run([path.join(dir, "nope.json")]);
      expect(missing.status).toBe(1);
      expect(missing.stderr.trim()).toBe(
        `policy: ${path.join(dir, "nope.json")}: no such file; run npx cdktf synth first, or pass the path of a cdk.tf.json`,
      );
    });
  });
});
