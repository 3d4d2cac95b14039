import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { checkStack, Finding } from "../../tools/policy/engine";
import { AUTH0_SECURITY, PACKS } from "../../tools/policy/packs";
import { StackModel, synthesizedStack } from "../../tools/stack-model";
import { EXAMPLE_ENVIRONMENTS, exampleEnvironment, loginCode, PROJECT_ROOT, tempDir, terraformJson } from "../helpers";
import { at, goodStack } from "./fixtures/rule-cases";

function exampleJson(env: string): Record<string, unknown> {
  const stack = new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment(env), loginCode });
  return terraformJson(stack);
}
const model = (json: Record<string, unknown>, name = "stack"): StackModel =>
  synthesizedStack(json, `${name}.tf.json`, name);
const check = (json: Record<string, unknown>) => checkStack(model(json), { packs: PACKS });
const summary = (findings: readonly Finding[]) => findings.map((f) => `${f.level} ${f.address} [${f.ruleId}]`);

describe("policy packs over the example stacks", () => {
  test.each(EXAMPLE_ENVIRONMENTS)("the %s example passes with zero errors", (env) => {
    const report = check(exampleJson(env));
    expect(report.findings.filter((f) => f.level === "error")).toEqual([]);
    // The security pack alone (what runs inside synth) finds nothing left unsuppressed.
    expect(checkStack(model(exampleJson(env)), { packs: [AUTH0_SECURITY] }).findings).toEqual([]);
  });

  test("dev's reasoned exception (prevent_destroy off) is a suppression, listed with its reason", () => {
    const report = check(exampleJson("dev"));
    const suppressed = report.suppressions.filter((s) => s.findings.length > 0);
    expect(suppressed.map((s) => `${s.rule} ${s.address}`)).toEqual(
      expect.arrayContaining([
        "connection-prevent-destroy auth0_connection.database",
        "user-prevent-destroy auth0_user.alice",
      ]),
    );
    expect(suppressed[0].reason).toBe("The dev tenant only holds example users and is rebuilt from this file.");
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(
      new Set(["client-localhost-urls", "tenant-attack-protection", "tenant-admin-mfa"]),
    );
  });

  test("a stack weakened by hand trips the rules, and findings never carry the secrets they are about", () => {
    const stack = exampleJson("prod");
    delete at(stack, "resource.auth0_connection.database").lifecycle;
    at(stack, "resource.auth0_connection.database.options").brute_force_protection = false;
    at(stack, "resource.auth0_client.mlflow").grant_types = ["authorization_code", "implicit"];
    at(stack, "resource.auth0_client.mlflow.jwt_configuration").alg = "HS256";
    at(stack, "resource.auth0_user.researcher").password = "literal-Password-1";
    at(stack, "provider.auth0").client_secret = "literal-secret";
    at(stack, "output.mlflow_client_secret").sensitive = false;
    const findings = check(stack).findings;
    expect(summary(findings.filter((f) => f.level === "error"))).toEqual([
      "error auth0_client.mlflow [client-grant-types]",
      "error auth0_client.mlflow [client-id-token-rs256]",
      "error auth0_connection.database [connection-brute-force]",
      "error auth0_connection.database [connection-prevent-destroy]",
      "error auth0_user.researcher [user-password-variable]",
      "error output.mlflow_client_secret [output-sensitive]",
      "error provider.auth0 [provider-credentials]",
    ]);
    const text = JSON.stringify(findings);
    expect(text).not.toContain("literal-Password-1");
    expect(text).not.toContain("literal-secret");
  });
});

describe("values hidden in interpolation (issue 7 item 15)", () => {
  const withClient = (change: (client: Record<string, unknown>) => void) => {
    const stack = goodStack();
    change(at(stack, "resource.auth0_client.mlflow"));
    return check(stack).findings;
  };

  test("a literal inside ${...} is evaluated and checked", () => {
    const findings = withClient((c) => (c.callbacks = ['${"http://evil.example.com/callback"}']));
    expect(summary(findings)).toEqual(["error auth0_client.mlflow [client-https-urls]"]);
    expect(findings[0].unverifiable).toBe(false);
  });

  test("grants hidden in tolist([...]) and concat(...) are evaluated", () => {
    expect(summary(withClient((c) => (c.grant_types = '${tolist(["authorization_code", "password"])}')))).toEqual([
      "error auth0_client.mlflow [client-grant-types]",
    ]);
    expect(summary(withClient((c) => (c.grant_types = '${concat(["authorization_code"], ["implicit"])}')))).toEqual([
      "error auth0_client.mlflow [client-grant-types]",
    ]);
  });

  test("a local is followed; a variable or a conditional cannot be verified, which is an error", () => {
    const stack = goodStack();
    stack.locals = { callback: "http://mlflow.example.com/cb" };
    at(stack, "resource.auth0_client.mlflow").callbacks = ["${local.callback}"];
    expect(summary(check(stack).findings)).toEqual(["error auth0_client.mlflow [client-https-urls]"]);

    const hidden = withClient((c) => (c.callbacks = ["${var.callback_url}", '${true ? "http://a" : "https://b"}']));
    expect(hidden.map((f) => [f.ruleId, f.level, f.unverifiable, f.path])).toEqual([
      ["client-https-urls", "error", true, "callbacks[0]"],
      ["client-https-urls", "error", true, "callbacks[1]"],
    ]);
    expect(hidden[0].message).toContain("cannot verify callbacks[0]");
  });

  test("an unverifiable value is accepted by a suppression with a reason", () => {
    const stack = goodStack();
    at(stack, "resource.auth0_client.mlflow").callbacks = ["${var.callback_url}"];
    const report = checkStack(model(stack), {
      packs: PACKS,
      suppressions: [
        {
          rule: "client-https-urls",
          address: "auth0_client.mlflow",
          reason: "The callback comes from the platform team's https-only module.",
          source: "test",
        },
      ],
    });
    expect(report.findings).toEqual([]);
    expect(report.suppressions[0].findings).toHaveLength(1);
  });

  test("grant_types given as a string does not crash the checker", () => {
    expect(summary(withClient((c) => (c.grant_types = "implicit")))).toEqual([
      "error auth0_client.mlflow [client-grant-types]",
    ]);
  });

  test("a sensitive variable with a password default is an error, and the password is not shown", () => {
    const stack = goodStack();
    at(stack, "variable.alice_password").default = "Hunter2-Secret-Value";
    const findings = check(stack).findings;
    expect(summary(findings)).toEqual(["error var.alice_password [variable-secret-default]"]);
    expect(JSON.stringify(findings)).not.toContain("Hunter2");
  });
});

describe("suppressions", () => {
  test("a suppression with a short reason, of an unknown rule, or matching nothing is an error", () => {
    const stack = goodStack();
    at(stack, "resource.auth0_client.mlflow")["//"] = {
      policy_suppressions: [
        { rule: "client-cross-origin-auth", reason: "too short" },
        { rule: "no-such-rule", reason: "A reason long enough to judge." },
        { rule: "client-oidc-conformant", reason: "Nothing here is non-conformant, so this is stale." },
      ],
    };
    expect(check(stack).findings.map((f) => f.ruleId)).toEqual([
      "policy-suppression-invalid",
      "policy-suppression-invalid",
      "policy-suppression-unmatched",
    ]);
  });
});

describe("npm run policy", () => {
  const dir = tempDir("policy");
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts/run-ts.js"), path.join(PROJECT_ROOT, "tools/policy/cli.ts"), ...args],
      { encoding: "utf8", timeout: 60_000, cwd: dir },
    );
  const write = (name: string, json: unknown) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof json === "string" ? json : JSON.stringify(json));
    return file;
  };

  test("exits 0 on the examples, 2 on a policy error, 1 on a missing file", () => {
    const good = write("prod/cdk.tf.json", exampleJson("prod"));
    const ok = run([good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("1 stack(s) checked: 0 error(s)");

    const bad = exampleJson("prod");
    at(bad, "resource.auth0_client.mlflow").grant_types = ["password"];
    const failed = run([write("bad.tf.json", bad)]);
    expect(failed.status).toBe(2);
    expect(failed.stdout).toContain(
      "ERROR    auth0_client.mlflow (grant_types[0]): grant type password makes the dashboard handle users' passwords itself",
    );

    const missing = run([path.join(dir, "nope.json")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `policy: ${path.join(dir, "nope.json")}: no such file or folder; run npx cdktf synth first, or pass the path of a cdk.tf.json or plan`,
    );
  });

  test("refuses what is not a stack or a plan, with a hint (issue 7 item 14)", () => {
    const cases: Array<[string, unknown, string]> = [
      ["package.json", { name: "x", version: "1.0.0", scripts: {} }, "an npm package.json, not a stack"],
      [
        "dev.json",
        fs.readFileSync(path.join(PROJECT_ROOT, "config/dev.json"), "utf8"),
        "an environment config, not a stack; run npx cdktf synth",
      ],
      ["empty.json", {}, "an empty JSON object"],
      ["list.json", [], "not a JSON object"],
      ["broken.json", '{"password": Sup3rSecret', "not valid JSON (syntax error at"],
    ];
    for (const [name, content, hint] of cases) {
      const result = run([write(`refused/${name}`, content)]);
      expect({ name, status: result.status, stdout: result.stdout }).toEqual({ name, status: 1, stdout: "" });
      expect(result.stderr).toContain(hint);
      expect(result.stderr).not.toContain("Sup3rSecret");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  test("reads a plan and a folder, writes JSON, and takes suppressions from a file", () => {
    const fixtures = path.join(PROJECT_ROOT, "__tests__/policy/fixtures");
    const plan = run([path.join(fixtures, "auth0-hcl.plan.json"), "--format", "json"]);
    expect(plan.status).toBe(2);
    const report = JSON.parse(plan.stdout) as {
      stacks: Array<{ source: string; findings: Array<{ ruleId: string }> }>;
    };
    expect(report.stacks[0].source).toBe("plan");
    expect(report.stacks[0].findings.map((f) => f.ruleId)).toEqual(["action-runtime-eol", "variable-secret-default"]);

    const accepted = write("accepted.json", [
      { rule: "action-runtime-eol", address: "auth0_action.claims", reason: "Moves to node22 with the next release." },
      { rule: "variable-secret-default", address: "var.report_bot_password", reason: "A throwaway bot in a lab." },
    ]);
    const suppressed = run([path.join(fixtures, "auth0-hcl.plan.json"), "--suppressions", accepted]);
    expect(suppressed.status).toBe(0);
    expect(suppressed.stdout).toContain(
      "SUPPRESSED auth0_action.claims: 1 finding of action-runtime-eol; reason: Moves to node22 with the next release.",
    );

    const stale = write("stale.json", [
      { rule: "action-deployed", address: "auth0_action.claims", reason: "No longer needed at all." },
    ]);
    const staleRun = run([path.join(fixtures, "auth0-hcl.plan.json"), "--suppressions", stale]);
    expect(staleRun.status).toBe(2);
    expect(staleRun.stdout).toContain("[policy-suppression-unmatched]");

    write("folder/a/cdk.tf.json", exampleJson("prod"));
    write("folder/b.plan.json", fs.readFileSync(path.join(fixtures, "auth0-hcl.plan.json"), "utf8"));
    write("folder/notes.json", { not: "a stack" });
    const folder = run([path.join(dir, "folder")]);
    expect(folder.stdout).toContain("2 stack(s) checked");
    expect(run(["--format", "yaml"]).stderr).toContain('--format "yaml": expected text, json or sarif');
    expect(run(["--frobnicate"]).status).toBe(1);
  });

  test("--list prints every rule with its pack, level, why, fix and how to suppress", () => {
    const listed = run(["--list"]);
    expect(listed.status).toBe(0);
    for (const pack of PACKS)
      for (const rule of pack.rules) {
        expect(listed.stdout).toContain(`  ${rule.id} (${rule.level}, ${rule.rule.family}): ${rule.title}`);
        expect(listed.stdout).toContain(`why: ${rule.why}`);
      }
  });
});

describe("secrets typed into the wrong field", () => {
  const CANARY = "Canary-Secret-9f8e7d6c5b4a";

  /** Every path to a string in a JSON value. */
  function stringPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof value === "string") return [path];
    if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
    if (typeof value === "object" && value !== null)
      return Object.entries(value).flatMap(([k, v]) => (k === "//" ? [] : stringPaths(v, [...path, k])));
    return [];
  }

  test("a canary in any string of a stack, alone or inside a URL, never appears in a finding", () => {
    const base = goodStack();
    const paths = stringPaths(base);
    expect(paths.length).toBeGreaterThan(30);
    for (const variant of [
      CANARY,
      `https://user:${CANARY}@mlflow.example.com/cb`,
      `http://x.example.com/?t=${CANARY}`,
    ]) {
      for (const path of paths) {
        const stack = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
        let node = stack as Record<string | number, unknown>;
        for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
        node[path[path.length - 1]] = variant;
        const report = check(stack);
        const shown = JSON.stringify([report.findings, report.suppressions.map((s) => s.findings)]);
        expect({ path: path.join("."), leaked: shown.includes(CANARY) }).toEqual({
          path: path.join("."),
          leaked: false,
        });
      }
    }
  });

  test("a canary inside an unverifiable expression is not shown either", () => {
    const stack = goodStack();
    at(stack, "resource.auth0_client.mlflow").callbacks = [`\${var.x == "${CANARY}" ? "https://a" : "https://b"}`];
    const findings = check(stack).findings;
    expect(findings.map((f) => f.unverifiable)).toEqual([true]);
    expect(JSON.stringify(findings)).not.toContain(CANARY);
  });
});
