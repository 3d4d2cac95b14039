import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import "@microsoft/jest-sarif";
import * as os from "node:os";
import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { exampleEnvironment, loginCode, terraformJson } from "../helpers";
import { REVIEW_MARKER } from "../../tools/plan-review";
import { PROJECT_ROOT } from "./helpers";
import { loadWorkflow, WORKFLOWS_DIR, workflowText, WorkflowStep as Step } from "../support/workflow";

/** The CI workflows users get with the project, parsed and checked for what they promise. */

const read = workflowText;
const load = loadWorkflow;

const planReview = load("plan-review.yml");
const deploy = load("deploy.yml");
const reviewSteps = planReview.jobs["plan-review"].steps;

/** Index of the only step whose `run` or `uses` matches. */
function stepIndex(steps: Step[], pattern: RegExp): number {
  const found = steps.flatMap((s, i) => (pattern.test(s.run ?? "") || pattern.test(s.uses ?? "") ? [i] : []));
  expect(found.length).toBeGreaterThanOrEqual(1);
  return found[0];
}

const allSteps = [...Object.values(planReview.jobs), ...Object.values(deploy.jobs)].flatMap((j) => j.steps);

describe("every workflow", () => {
  test("both workflows exist and parse", () => {
    expect(fs.readdirSync(WORKFLOWS_DIR)).toEqual(expect.arrayContaining(["deploy.yml", "plan-review.yml"]));
    expect(Object.keys(planReview.jobs)).toEqual(["plan-review"]);
    expect(Object.keys(deploy.jobs)).toEqual(["plan", "apply"]);
  });

  test("every shell script is valid bash", () => {
    for (const step of allSteps.filter((s) => s.run)) {
      const check = spawnSync("bash", ["-n"], { input: step.run, encoding: "utf8" });
      expect({ step: step.name, stderr: check.stderr }).toEqual({ step: step.name, stderr: "" });
    }
  });

  test("the comment script is valid JavaScript", () => {
    const script = String(reviewSteps.find((s) => s.uses?.startsWith("actions/github-script@"))?.with?.script);
    // Compiled, not run: github-script wraps the script in an async function with these parameters.
    expect(() => new vm.Script(`(async function (require, github, context) {\n${script}\n})`)).not.toThrow();
  });

  test("pins every action to a major version or a commit", () => {
    for (const step of allSteps.filter((s) => s.uses))
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
  });

  test("references secrets only as ${{ secrets.NAME }} in env, never inside a script", () => {
    for (const name of ["plan-review.yml", "deploy.yml"]) {
      const text = read(name);
      const references = text.match(/secrets\.[A-Za-z0-9_]*/g) ?? [];
      const wellFormed = text.match(/\$\{\{ secrets\.[A-Z0-9_]+ \}\}/g) ?? [];
      expect(references.length).toBe(wellFormed.length);
    }
    for (const step of allSteps) {
      expect(step.run ?? "").not.toMatch(/secrets\./);
      expect(JSON.stringify(step.with ?? {})).not.toMatch(/secrets\./);
      for (const value of Object.values(step.env ?? {})) {
        if (String(value).includes("secrets.")) expect(value).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
      }
    }
  });

  test("plans pull requests with the read-only Auth0 application", () => {
    const planEnv = reviewSteps[stepIndex(reviewSteps, /npm run --silent deploy -- plan /)].env!;
    expect(planEnv.AUTH0_CLIENT_ID).toBe("${{ secrets.AUTH0_READONLY_CLIENT_ID }}");
    expect(planEnv.AUTH0_CLIENT_SECRET).toBe("${{ secrets.AUTH0_READONLY_CLIENT_SECRET }}");
    expect(Object.keys(planEnv).filter((k) => k.startsWith("TF_VAR_"))).toEqual([]);
  });

  test("never pastes untrusted pull request text into a script", () => {
    for (const step of allSteps)
      expect(step.run ?? "").not.toMatch(/\$\{\{\s*github\.event\.pull_request\.(body|title|head\.ref)/);
  });
});

describe("plan-review.yml (pull requests)", () => {
  test("runs on pull requests, again when labels change", () => {
    expect(Object.keys(planReview.on)).toEqual(["pull_request"]);
    expect(planReview.on.pull_request?.types).toEqual(
      expect.arrayContaining(["opened", "synchronize", "reopened", "labeled", "unlabeled"]),
    );
  });

  test("has minimal permissions and one run per pull request at a time", () => {
    expect(planReview.permissions).toEqual({
      contents: "read",
      "pull-requests": "write",
      "id-token": "write",
      "security-events": "write",
    });
    expect(planReview.concurrency?.group).toContain("github.event.pull_request.number");
  });

  test("runs npm ci, npm test, synth, init, plan, show -json and the review, in that order", () => {
    const order = [
      /^npm ci$/,
      /^npm test$/,
      /^npx cdktf synth$/,
      /npm run --silent deploy -- plan .*--out "plans\/\$stack\.tfplan" --json-out "plans\/\$stack\.plan\.json"/s,
      /npm run --silent plan:review -- .*--out review\.md/,
    ];
    const indexes = order.map((pattern) => stepIndex(reviewSteps, pattern));
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
  });

  test("sets up Node 20 with the npm cache, and Terraform without its output wrapper", () => {
    const node = reviewSteps[stepIndex(reviewSteps, /^actions\/setup-node@/)];
    expect(node.with).toMatchObject({ "node-version": 20, cache: "npm" });
    const terraform = reviewSteps[stepIndex(reviewSteps, /^hashicorp\/setup-terraform@/)];
    expect(terraform.with).toMatchObject({ terraform_wrapper: false });
    expect(stepIndex(reviewSteps, /^hashicorp\/setup-terraform@/)).toBeLessThan(stepIndex(reviewSteps, /^npm test$/));
  });

  test("uploads the plan files as artifacts, even when a later step fails", () => {
    const upload = reviewSteps[stepIndex(reviewSteps, /^actions\/upload-artifact@/)];
    expect(upload.if).toBe("always()");
    expect(String(upload.with?.path)).toContain("plans/");
    expect(upload.with?.["retention-days"]).toBeLessThanOrEqual(7);
  });

  test("posts or updates one sticky comment, built from the review alone", () => {
    const comment = reviewSteps[stepIndex(reviewSteps, /^actions\/github-script@/)];
    const script = String(comment.with?.script);
    expect(script).toContain(`const marker = "${REVIEW_MARKER}"`);
    expect(script).toContain('fs.readFileSync("review.md", "utf8")');
    expect(script).toContain("updateComment");
    expect(script).toContain("createComment");
    // The plan JSON never goes into a comment.
    expect(script).not.toMatch(/plan\.json|plans\/|show -json|plan-review\.json/);
    for (const step of reviewSteps) {
      expect(step.run ?? "").not.toMatch(/gh (pr|issue) comment|\/comments/);
      expect(step.run ?? "").not.toMatch(/(cat|echo)[^\n]*plan\.json/);
    }
  });

  test("fails the check on danger unless the danger-approved label is there", () => {
    const review = reviewSteps[stepIndex(reviewSteps, /plan:review/)];
    expect(review.id).toBe("review");
    expect(review.env?.APPROVED).toBe("${{ contains(github.event.pull_request.labels.*.name, 'danger-approved') }}");
    expect(review.run).toContain('args+=(--allow-danger "${reason:-');
    const fail = reviewSteps[reviewSteps.length - 1];
    expect(fail.if).toBe("steps.review.outputs.status == '2'");
    expect(fail.run).toContain("exit 1");
    expect(stepIndex(reviewSteps, /^actions\/github-script@/)).toBeLessThan(reviewSteps.length - 1);
  });

  test("compares prevent_destroy against the base branch when it can be synthesized", () => {
    const base = reviewSteps.find((s) => s.id === "base")!;
    expect(base["continue-on-error"]).toBe(true);
    expect(base.run).toContain("npx cdktf synth");
    expect(reviewSteps[stepIndex(reviewSteps, /plan:review/)].run).toContain("--base-config");
  });
});

describe("plan-review.yml: policy findings in code scanning", () => {
  test("checks both policy packs after synth, writes SARIF, and stops only on a bad input", () => {
    const check =
      reviewSteps[stepIndex(reviewSteps, /npm run --silent policy -- --format sarif --out policy\.sarif cdktf\.out/)];
    expect(check.id).toBe("policy");
    expect(stepIndex(reviewSteps, /^npx cdktf synth$/)).toBeLessThan(reviewSteps.indexOf(check));
    expect(check.run).toContain('echo "status=$status" >> "$GITHUB_OUTPUT"');
    expect(check.run).toMatch(/if \[ "\$status" -eq 1 \]; then[\s\S]*exit 1/);
  });

  test("uploads the SARIF with github/codeql-action/upload-sarif, even when a later step fails", () => {
    const upload = reviewSteps[stepIndex(reviewSteps, /^github\/codeql-action\/upload-sarif@/)];
    expect(upload.with).toEqual({ sarif_file: "policy.sarif", category: "auth0-policy" });
    expect(upload.if).toBe("always() && hashFiles('policy.sarif') != ''");
    expect(reviewSteps.indexOf(upload)).toBeGreaterThan(stepIndex(reviewSteps, /--format sarif --out policy\.sarif/));
  });

  test("fails the check on policy errors, after the review comment is posted", () => {
    const fail = reviewSteps.find((s) => s.if === "steps.policy.outputs.status == '2'");
    expect(fail?.run).toContain("exit 1");
    expect(reviewSteps.indexOf(fail!)).toBeGreaterThan(stepIndex(reviewSteps, /^actions\/github-script@/));
  });

  test("its policy command, run as the workflow runs it, writes a SARIF file the schema accepts", () => {
    const command = /npm run --silent policy -- (--format sarif --out policy\.sarif cdktf\.out)/.exec(
      reviewSteps.find((s) => s.id === "policy")?.run ?? "",
    );
    expect(command).not.toBeNull();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-workflow-policy-"));
    try {
      const stack = new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment("prod"), loginCode });
      const stackDir = path.join(dir, "cdktf.out/stacks/ml-dashboard-auth-prod");
      fs.mkdirSync(stackDir, { recursive: true });
      fs.writeFileSync(path.join(stackDir, "cdk.tf.json"), JSON.stringify(terraformJson(stack)));
      const run = spawnSync(
        process.execPath,
        [
          path.join(PROJECT_ROOT, "scripts/run-ts.js"),
          path.join(PROJECT_ROOT, "tools/policy/cli.ts"),
          ...command![1].split(" "),
        ],
        { cwd: dir, encoding: "utf8", timeout: 60_000 },
      );
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
      expect(JSON.parse(fs.readFileSync(path.join(dir, "policy.sarif"), "utf8"))).toBeValidSarifLog();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("deploy.yml (main)", () => {
  test("runs on pushes to main (or by hand, with a reason for any danger), one deployment at a time", () => {
    expect(Object.keys(deploy.on)).toEqual(["push", "workflow_dispatch"]);
    expect(deploy.on.push).toEqual({ branches: ["main"] });
    expect(deploy.permissions).toEqual({ contents: "read" });
    expect(deploy.concurrency).toEqual({ group: "deploy-production", "cancel-in-progress": false });
  });

  test("tests and synthesizes before planning, and reviews before sealing the plans", () => {
    const steps = deploy.jobs.plan.steps;
    const order = [
      /^npm ci$/,
      /^npm test$/,
      /^npx cdktf synth$/,
      /deploy -- plan /,
      /plan:review/,
      /deploy -- seal /,
      /^actions\/upload-artifact@/,
    ].map((p) => stepIndex(steps, p));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
