import * as fs from "node:fs";
import * as path from "node:path";
import { PLACEHOLDER_PREFIX } from "../../tools/deploy/placeholder-passwords";
import { STALE_PLAN_EXIT_CODE } from "../../tools/deploy/apply-plan";
import { exampleEnvironment, synthEnvironment, tempDir } from "../helpers";
import { describeWithCommands } from "../support/tools-available";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { runDeployCli, writeStandInStack } from "./support";

/**
 * The way from a reviewed plan to the tenant, with real Terraform: terraform_data stand-ins that
 * use the dev stack's real password variables (with their validations), since the Auth0
 * provider cannot be downloaded here.
 */

const STACK = "ml-dashboard-auth-dev";
const devVariables = (JSON.parse(synthEnvironment(exampleEnvironment("dev"))) as { variable: Record<string, unknown> })
  .variable;
const variableNames = Object.keys(devVariables).sort();
const CANARY = "canary-deploy-password-Xy7!";
const realSecrets = (stack = STACK) =>
  JSON.stringify({ [stack]: Object.fromEntries(variableNames.map((v, i) => [v, `${CANARY}${i}-long-enough`])) });

describeWithCommands(["terraform"], "deploy plan and apply (real Terraform)", () => {
  const root = tempDir("deploy");
  const env = (extra: Record<string, string> = {}) => offlineTerraformEnv(root, extra);
  let n = 0;
  const freshStack = () => writeStandInStack(path.join(root, `case-${++n}`), STACK, devVariables);
  const statePath = (dir: string) => path.join(dir, "terraform.tfstate");
  const plan = (dir: string, out: string, mode: string[], extra: Record<string, string> = {}) =>
    runDeployCli(["plan", "--stack-dir", dir, "--out", out, "--json-out", `${out}.json`, ...mode], env(extra));

  test("the dev stack has one sensitive password variable per user", () => {
    expect(variableNames).toEqual(["alice_password", "bob_password", "carol_password", "dave_password"]);
  });

  test("a plan made with placeholders can never be applied, and Terraform never sees an inherited TF_VAR_", () => {
    const dir = freshStack();
    const planFile = path.join(dir, "pr.tfplan");
    // A real password lying around in the job's environment must not slip into a pull-request plan.
    const made = plan(dir, planFile, ["--placeholder-passwords"], { TF_VAR_alice_password: CANARY });
    expect(made.stderr).not.toContain("deploy:");
    expect(made.status).toBe(0);
    const shown = JSON.parse(fs.readFileSync(`${planFile}.json`, "utf8")) as {
      variables: Record<string, { value: string }>;
    };
    for (const name of variableNames) expect(shown.variables[name].value.startsWith(PLACEHOLDER_PREFIX)).toBe(true);
    expect(JSON.stringify(shown)).not.toContain(CANARY);

    const applied = runDeployCli(["apply", "--stack-dir", dir, "--plan", planFile], env());
    expect(applied.status).toBe(1);
    expect(applied.stderr).toMatch(
      /deploy: .*pr\.tfplan was made with plan-only placeholder values \(alice_password, bob_password, carol_password, dave_password\).*can never be applied/,
    );
    expect(fs.existsSync(statePath(dir))).toBe(false);
  });

  test("a plan made with the real values is applied exactly, and the JSON secret never reaches Terraform", () => {
    const dir = freshStack();
    const planFile = path.join(dir, "deploy.tfplan");
    const made = plan(dir, planFile, ["--secrets-from-env", "TF_SECRET_VARIABLES"], {
      TF_SECRET_VARIABLES: realSecrets(),
    });
    expect(made.status).toBe(0);
    expect(made.stdout + made.stderr).not.toContain(CANARY);
    const applied = runDeployCli(["apply", "--stack-dir", dir, "--plan", planFile], env());
    expect(applied.stderr).toBe("");
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain("Apply complete! Resources: 4 added, 0 changed, 0 destroyed.");
    expect(applied.stdout).not.toContain(CANARY);
    const state = mustRunTerraform(dir, ["show", "-json"], env());
    expect(state).toContain(`${CANARY}0-long-enough`); // alice's value, as planned
  });

  test("--detailed-exitcode passes Terraform's answer on: 2 while changes are pending, 0 once applied", () => {
    const dir = freshStack();
    const secrets = { TF_SECRET_VARIABLES: realSecrets() };
    const real = ["--secrets-from-env", "TF_SECRET_VARIABLES", "--detailed-exitcode"];
    const pending = plan(dir, path.join(dir, "pending.tfplan"), real, secrets);
    expect({ status: pending.status, stderr: pending.stderr }).toEqual({ status: 2, stderr: "" });
    expect(fs.existsSync(path.join(dir, "pending.tfplan.json"))).toBe(true); // the review still gets its plan
    expect(runDeployCli(["apply", "--stack-dir", dir, "--plan", path.join(dir, "pending.tfplan")], env()).status).toBe(
      0,
    );
    // Drift checks plan with placeholders: the stack ignores password changes, so no diff.
    const after = plan(dir, path.join(dir, "after.tfplan"), ["--placeholder-passwords", "--detailed-exitcode"]);
    expect({ status: after.status, stderr: after.stderr }).toEqual({ status: 0, stderr: "" });
    // Without the flag, pending changes are not an error.
    const fresh = freshStack();
    const plain = plan(fresh, path.join(fresh, "plain.tfplan"), ["--secrets-from-env", "TF_SECRET_VARIABLES"], secrets);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("4 to add");
  });

  test("a non-secret variable comes from the public source, in pull-request and deploy plans alike", () => {
    const cert = "corp_saml_signing_cert";
    const dir = writeStandInStack(path.join(root, `case-${++n}`), STACK, {
      ...devVariables,
      [cert]: { type: "string" },
    });
    const PUBLIC = { TF_PUBLIC_VARIABLES: JSON.stringify({ [STACK]: { [cert]: "-----BEGIN CERTIFICATE-----x" } }) };
    const publicFlag = ["--public-variables-from-env", "TF_PUBLIC_VARIABLES"];
    const pr = plan(dir, path.join(dir, "pr.tfplan"), ["--placeholder-passwords", ...publicFlag], PUBLIC);
    expect({ status: pr.status, stderr: pr.stderr }).toEqual({ status: 0, stderr: "" });
    const shown = JSON.parse(fs.readFileSync(path.join(dir, "pr.tfplan.json"), "utf8")) as {
      variables: Record<string, { value: string }>;
    };
    expect(shown.variables[cert].value).toBe("-----BEGIN CERTIFICATE-----x");
    expect(shown.variables.alice_password.value.startsWith(PLACEHOLDER_PREFIX)).toBe(true);
    // The deploy plan: passwords from the secret (which need not repeat the certificate).
    const deploy = plan(
      dir,
      path.join(dir, "deploy.tfplan"),
      ["--secrets-from-env", "TF_SECRET_VARIABLES", ...publicFlag],
      {
        ...PUBLIC,
        TF_SECRET_VARIABLES: realSecrets(),
      },
    );
    expect({ status: deploy.status, stderr: deploy.stderr }).toEqual({ status: 0, stderr: "" });
  });

  test("a reviewed plan the state has moved past is refused, with a clear message, and nothing changes", () => {
    const dir = freshStack();
    const first = path.join(dir, "first.tfplan");
    const second = path.join(dir, "second.tfplan");
    const secrets = { TF_SECRET_VARIABLES: realSecrets() };
    expect(plan(dir, first, ["--secrets-from-env", "TF_SECRET_VARIABLES"], secrets).status).toBe(0);
    expect(plan(dir, second, ["--secrets-from-env", "TF_SECRET_VARIABLES"], secrets).status).toBe(0);
    expect(runDeployCli(["apply", "--stack-dir", dir, "--plan", first], env()).status).toBe(0);
    const stateBefore = fs.readFileSync(statePath(dir), "utf8");

    const stale = runDeployCli(["apply", "--stack-dir", dir, "--plan", second], env());
    expect(stale.status).toBe(STALE_PLAN_EXIT_CODE);
    expect(stale.stderr).toContain("Saved plan is stale"); // Terraform's own words, passed through
    expect(stale.stderr).toMatch(
      /deploy: .*second\.tfplan is stale: the state changed after this plan was made and reviewed .* changed nothing\. Run the deploy workflow again/,
    );
    expect(fs.readFileSync(statePath(dir), "utf8")).toBe(stateBefore);
  });

  test("a JSON secret that lacks a config user's variable stops the plan, naming it and nothing else", () => {
    const dir = freshStack();
    const partial = JSON.parse(realSecrets()) as Record<string, Record<string, string>>;
    delete partial[STACK].carol_password;
    const result = plan(dir, path.join(dir, "x.tfplan"), ["--secrets-from-env", "TF_SECRET_VARIABLES"], {
      TF_SECRET_VARIABLES: JSON.stringify(partial),
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `deploy: TF_SECRET_VARIABLES["${STACK}"] lacks a string value for: carol_password (a config user's passwordVariable or a connection's clientSecretVariable; add it to the secret)`,
    );
    expect(fs.existsSync(path.join(dir, "x.tfplan"))).toBe(false);
  });
});

describe("deploy CLI input errors (no Terraform needed)", () => {
  const root = tempDir("deploy-input");
  const dir = writeStandInStack(root, STACK, devVariables);
  const env = (extra: Record<string, string>) => ({ PATH: process.env.PATH, ...extra });

  test("an unparsable JSON secret is reported without quoting any of it", () => {
    const result = runDeployCli(
      ["check-secrets", "--secrets-from-env", "S", dir],
      env({ S: `{"${STACK}": {"alice_password": ${CANARY}}}` }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("deploy: S is not valid JSON");
    expect(result.stderr).not.toMatch(/canary/i);
  });

  test("a secret with no object for the stack says which keys to add", () => {
    const result = runDeployCli(["check-secrets", "--secrets-from-env", "S", dir], env({ S: "{}" }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `has no object for stack "${STACK}": add "${STACK}": { "alice_password": "…", "bob_password": "…"`,
    );
  });

  test("a complete secret passes check-secrets, which prints no value", () => {
    const result = runDeployCli(["check-secrets", "--secrets-from-env", "S", dir], env({ S: realSecrets() }));
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("S holds every secret variable of 1 stack(s)");
  });

  test("plan needs exactly one source of values", () => {
    const result = runDeployCli(["plan", "--stack-dir", dir, "--out", "x"], env({}));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("plan needs exactly one of --secrets-from-env");
  });

  const CERT = "corp_saml_signing_cert";
  const samlStack = (name: string) =>
    writeStandInStack(path.join(root, name), STACK, { ...devVariables, [CERT]: { type: "string" } });
  const planSaml = (dir: string, mode: string[], extra: Record<string, string>) =>
    runDeployCli(["plan", "--stack-dir", dir, "--out", path.join(dir, "pr.tfplan"), ...mode], env(extra));

  test("a required variable that is not secret gets no placeholder: the refusal says where its value goes", () => {
    const dir = samlStack("saml-none");
    const result = planSaml(dir, ["--placeholder-passwords"], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${CERT} have no default and are not sensitive`);
    expect(result.stderr).toContain("--public-variables-from-env");
    expect(result.stderr).toContain('"signingCert": {"file": "<PEM>"}');
    expect(fs.existsSync(path.join(dir, "pr.tfplan"))).toBe(false);
  });

  test("a public source may not hold a secret variable, and its value is never shown", () => {
    const dir = samlStack("saml-leak");
    const leaked = JSON.stringify({ [STACK]: { [CERT]: "PEM", alice_password: CANARY } });
    const result = planSaml(dir, ["--placeholder-passwords", "--public-variables-from-env", "PUB"], { PUB: leaked });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PUB["ml-dashboard-auth-dev"] holds alice_password');
    expect(result.stdout + result.stderr).not.toContain(CANARY);
  });

  test("a public source that lacks the variable names it", () => {
    const dir = samlStack("saml-missing");
    const result = planSaml(dir, ["--placeholder-passwords", "--public-variables-from-env", "PUB"], {
      PUB: JSON.stringify({ [STACK]: {} }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`PUB["ml-dashboard-auth-dev"] lacks a string value for: ${CERT}`);
  });

  test("a folder that is not a synthesized stack is refused", () => {
    const result = runDeployCli(["plan", "--stack-dir", root, "--out", "x", "--placeholder-passwords"], env({}));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^deploy: .*cdk\.tf\.json: missing or not valid JSON; run npx cdktf synth first/);
  });
});
