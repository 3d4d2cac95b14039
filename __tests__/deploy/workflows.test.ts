import * as fs from "node:fs";
import * as path from "node:path";
import { Script } from "node:vm";
import { parse } from "yaml";
import { USAGE as ADOPT_USAGE } from "../../tools/adopt/cli-args";
import { REQUIRED_SCOPES } from "../../tools/adopt/scopes";
import { planArguments } from "../../tools/deploy/plan-stack";
import { PLAN_READ_SCOPES } from "../../tools/deploy/read-only-scopes";
import { readDeployStack } from "../../tools/deploy/stack-variables";
import { PROJECT_ROOT, synthEnvironment, tempDir } from "../helpers";
import { loadEnvironment } from "../../lib/config/load-environment";
import { loadWorkflow, WorkflowJob as Job, WORKFLOWS_DIR, workflowText } from "../support/workflow";

/**
 * What the workflows promise about credentials and reviewed plans (issue: deploy exactly what
 * was reviewed, with least privilege at every step), checked on the parsed YAML.
 */

const workflowFiles = fs.readdirSync(WORKFLOWS_DIR).filter((f) => f.endsWith(".yml"));
const text = workflowText;
const load = loadWorkflow;
const deploy = load("deploy.yml");
const planReview = load("plan-review.yml");

/** Every `secrets.NAME` a job references. */
const secretsOf = (job: Job) =>
  new Set(
    JSON.stringify(job)
      .match(/secrets\.[A-Z0-9_]+/g)
      ?.map((s) => s.slice(8)) ?? [],
  );
const scripts = (job: Job) => job.steps.map((s) => s.run ?? "").join("\n");

/** The credentials only an apply may hold. */
const WRITE_CAPABLE = [...secretsOf(deploy.jobs.apply)].filter((s) => s !== "PLAN_SEAL_KEY");
const READ_ONLY = ["AUTH0_READONLY_CLIENT_ID", "AUTH0_READONLY_CLIENT_SECRET"];

describe("the apply step applies the reviewed plan", () => {
  test("apply runs after the plan job, in the production environment, on the saved plan files", () => {
    const apply = deploy.jobs.apply;
    expect(apply.needs).toBe("plan");
    expect(apply.environment).toBe("production");
    expect(deploy.jobs.plan.environment).toBe("deploy-plan");
    expect(scripts(apply)).toContain(
      'npm run --silent deploy -- apply --stack-dir "cdktf.out/stacks/$stack" --plan "plans/$stack.tfplan"',
    );
    // The plans arrive as the plan job sealed them, from this run's artifact.
    expect(
      apply.steps.some((s) => s.uses?.startsWith("actions/download-artifact@") && s.with?.name === "reviewed-plans"),
    ).toBe(true);
    expect(scripts(apply)).toContain("deploy -- unseal --key-from-env PLAN_SEAL_KEY");
  });

  test("no workflow plans again at apply time or applies without a plan file", () => {
    for (const file of workflowFiles) {
      for (const job of Object.values(load(file).jobs)) {
        expect(scripts(job)).not.toMatch(/cdktf deploy|auto-approve/);
        expect(scripts(job)).not.toMatch(/terraform\s+(-chdir=\S+\s+)?apply/);
      }
    }
  });

  test("the plan job reviews into the job summary, fails on unapproved danger, and seals before uploading", () => {
    const plan = deploy.jobs.plan;
    const review = plan.steps.find((s) => /plan:review/.test(s.run ?? ""))!;
    expect(review.run).toContain('cat review.md >> "$GITHUB_STEP_SUMMARY"');
    expect(review.run).toContain('exit "$status"');
    expect(review.run).toContain('if [ -n "$REASON" ]; then args+=(--allow-danger "$REASON"); fi');
    expect(review.env?.REASON).toBe("${{ steps.approval.outputs.reason }}");
    const seal = plan.steps.find((s) => /deploy -- seal/.test(s.run ?? ""))!;
    expect(seal.run).toContain("rm -f plans/*.plan.json");
    const upload = plan.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.path).toBe("stacks.tgz");
    expect(plan.steps.indexOf(seal)).toBeLessThan(plan.steps.indexOf(upload));
  });

  test("a merged pull request's danger-approved label or a manual run's reason approves", () => {
    const approval = deploy.jobs.plan.steps.find((s) => s.uses?.startsWith("actions/github-script@"))!;
    const script = String(approval.with?.script);
    expect(script).toContain("listPullRequestsAssociatedWithCommit");
    expect(script).toContain('l.name === "danger-approved"');
    expect(approval.env?.DISPATCH_REASON).toBe("${{ github.event.inputs.danger_reason }}");
    // Parsed as the body of an async function, as actions/github-script runs it.
    expect(() => new Script(`(async (github, context, core, process) => {\n${script}\n})`)).not.toThrow();
  });
});

describe("least privilege", () => {
  test("pull-request plans hold only the read-only credentials, and plan with placeholders", () => {
    for (const job of Object.values(planReview.jobs)) {
      expect([...secretsOf(job)].sort()).toEqual(READ_ONLY);
      expect(scripts(job)).toContain("--placeholder-passwords");
      expect(scripts(job)).not.toContain("--secrets-from-env");
    }
  });

  test("no plan step anywhere holds a write-capable secret", () => {
    expect(WRITE_CAPABLE.sort()).toEqual(["AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"]);
    const planJobs = [
      ...workflowFiles.filter((f) => f !== "deploy.yml").flatMap((f) => Object.values(load(f).jobs)),
      deploy.jobs.plan,
    ];
    for (const job of planJobs) for (const name of WRITE_CAPABLE) expect(secretsOf(job).has(name)).toBe(false);
    expect(secretsOf(deploy.jobs.plan)).toEqual(new Set([...READ_ONLY, "TF_SECRET_VARIABLES", "PLAN_SEAL_KEY"]));
  });

  test("passwords reach only the deploy plan job: never the apply job, never a pull request", () => {
    expect(secretsOf(deploy.jobs.apply).has("TF_SECRET_VARIABLES")).toBe(false);
    for (const file of workflowFiles.filter((f) => f !== "deploy.yml"))
      expect(text(file)).not.toContain("TF_SECRET_VARIABLES");
    // Placeholders only where nothing is applied.
    expect(text("deploy.yml")).not.toContain("--placeholder-passwords");
  });

  test("every plan takes non-secret variables from the repository variable, never from a secret", () => {
    let planStepCount = 0;
    for (const file of workflowFiles) {
      const planSteps = Object.values(load(file).jobs)
        .flatMap((j) => j.steps)
        .filter((s) => s.run?.includes("deploy -- plan"));
      for (const step of planSteps) {
        expect(step.run).toContain("--public-variables-from-env TF_PUBLIC_VARIABLES");
        expect(step.env?.TF_PUBLIC_VARIABLES).toBe("${{ vars.TF_PUBLIC_VARIABLES }}");
        planStepCount++;
      }
    }
    expect(planStepCount).toBe(3); // pull request, deploy, drift
    expect(text("deploy.yml") + text("plan-review.yml") + text("drift.yml")).not.toContain(
      "secrets.TF_PUBLIC_VARIABLES",
    );
  });

  test("state access is read-only for plans and assumed per job through OIDC", () => {
    const roleOf = (job: Job) =>
      job.steps.find((s) => s.uses?.startsWith("aws-actions/configure-aws-credentials@"))?.with?.["role-to-assume"];
    expect(roleOf(deploy.jobs.plan)).toBe("${{ vars.AWS_READONLY_ROLE_ARN }}");
    for (const job of Object.values(planReview.jobs)) expect(roleOf(job)).toBe("${{ vars.AWS_READONLY_ROLE_ARN }}");
    expect(roleOf(deploy.jobs.apply)).toBe("${{ vars.AWS_DEPLOY_ROLE_ARN }}");
    for (const job of [deploy.jobs.plan, deploy.jobs.apply]) expect(job.permissions?.["id-token"]).toBe("write");
    expect((parse(text("plan-review.yml")) as { permissions: Record<string, string> }).permissions["id-token"]).toBe(
      "write",
    );
  });

  test("plans never take the state lock; deployments run one at a time", () => {
    expect(planArguments("p.tfplan")).toEqual(["plan", "-input=false", "-no-color", "-lock=false", "-out=p.tfplan"]);
    expect(text("deploy.yml")).toMatch(/concurrency:\n {2}group: deploy-production\n {2}cancel-in-progress: false/);
  });
});

describe("secret variables come from config, not from a hand-written list", () => {
  const configs = fs.readdirSync(path.join(PROJECT_ROOT, "config")).filter((f) => f.endsWith(".json"));
  const root = tempDir("deploy-vars");

  test.each(configs)("%s: the deploy step requires exactly its password and upstream-secret variables", (file) => {
    const environment = loadEnvironment(path.join(PROJECT_ROOT, "config", file));
    const dir = path.join(root, file);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), synthEnvironment(environment));
    const raw = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "config", file), "utf8")) as {
      users?: Record<string, { passwordVariable?: string }>;
      connections?: Record<string, { clientSecretVariable?: string }>;
    };
    const fromConfig = [
      ...Object.values(raw.users ?? {}).flatMap((u) => (u.passwordVariable ? [u.passwordVariable] : [])),
      ...Object.values(raw.connections ?? {}).flatMap((c) => (c.clientSecretVariable ? [c.clientSecretVariable] : [])),
    ];
    const required = readDeployStack(dir).requiredVariables;
    expect(required.map((v) => v.name).sort()).toEqual(fromConfig.sort());
    expect(required.every((v) => v.sensitive)).toBe(true);
  });

  test("no workflow lists a TF_VAR_ by hand", () => {
    for (const file of workflowFiles) expect(text(file)).not.toContain("TF_VAR_");
  });
});

describe("the read-only application's scopes", () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const setup = readme.slice(
    readme.indexOf("1. **The read-only application.**"),
    readme.indexOf("2. **The write-capable application**"),
  );

  test("the README lists exactly the scopes plans need, all read-only", () => {
    const listed = (setup.match(/`(read:[a-z_]+)`/g) ?? []).map((s) => s.slice(1, -1));
    expect([...new Set(listed)].sort()).toEqual(Object.keys(PLAN_READ_SCOPES).sort());
    expect(Object.keys(PLAN_READ_SCOPES).every((s) => s.startsWith("read:"))).toBe(true);
  });

  test("npm run adopt -- --help lists them, and adopt needs no scope beyond them", () => {
    for (const scope of Object.keys(PLAN_READ_SCOPES)) expect(ADOPT_USAGE).toContain(scope);
    for (const scope of Object.keys(REQUIRED_SCOPES)) expect(Object.keys(PLAN_READ_SCOPES)).toContain(scope);
  });
});
