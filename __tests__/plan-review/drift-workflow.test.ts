import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { loadWorkflow, workflowText } from "../support/workflow";

/** .github/workflows/drift.yml, parsed and checked for what it promises; its issue script is run against a fake GitHub. */

const text = workflowText("drift.yml");
const drift = loadWorkflow("drift.yml");
const steps = drift.jobs.drift.steps;
const allSteps = Object.values(drift.jobs).flatMap((j) => j.steps);
const step = (pattern: RegExp) => {
  const found = steps.filter(
    (s) => pattern.test(s.run ?? "") || pattern.test(s.uses ?? "") || pattern.test(s.name ?? ""),
  );
  expect(found).toHaveLength(1);
  return found[0];
};

describe("drift.yml", () => {
  test("runs on a schedule (and by hand), read-only, one run at a time", () => {
    expect(drift.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) as string }]);
    expect("workflow_dispatch" in drift.on).toBe(true);
    expect(drift.permissions).toEqual({ contents: "read", issues: "write", "id-token": "write" });
    expect(drift.concurrency).toEqual({ group: "drift", "cancel-in-progress": false });
    expect(text).not.toMatch(/terraform[^\n]* apply|deploy -- apply/);
  });

  test("plans every environment from config/, each in its own job", () => {
    const list = drift.jobs.environments.steps.find((s) => s.id === "list")!;
    expect(list.run).toContain("find config -maxdepth 1 -name '*.json'");
    expect(drift.jobs.drift.needs).toBe("environments");
    expect(drift.jobs.drift.strategy).toMatchObject({
      "fail-fast": false,
      matrix: { environment: "${{ fromJSON(needs.environments.outputs.names) }}" },
    });
    expect(step(/npx cdktf synth/).run).toBe('ML_DASHBOARD_ENV="$ENVIRONMENT" npx cdktf synth');
  });

  test("plans with the deploy tool (placeholder passwords, -lock=false) and the read-only credentials", () => {
    const plan = step(/deploy -- plan /);
    expect(plan.run).toContain(
      'npm run --silent deploy -- plan --stack-dir "cdktf.out/stacks/$STACK" --placeholder-passwords',
    );
    expect(plan.run).toContain("--detailed-exitcode");
    // Terraform's own answer: 0 and 2 are results, anything else fails the job; a 2 made only of
    // placeholder updates is not drift.
    expect(plan.run).toContain('case "$status" in 0 | 2) ;; *) exit "$status" ;; esac');
    expect(plan.run).toContain(
      'status="$(node scripts/run-ts.js tools/plan-review/drift-status-cli.ts "plans/$STACK.plan.json")"',
    );
    expect(plan.env).toEqual({
      AUTH0_CLIENT_ID: "${{ secrets.AUTH0_READONLY_CLIENT_ID }}",
      AUTH0_CLIENT_SECRET: "${{ secrets.AUTH0_READONLY_CLIENT_SECRET }}",
      // Non-secret variables' values: a repository variable, not a secret.
      TF_PUBLIC_VARIABLES: "${{ vars.TF_PUBLIC_VARIABLES }}",
    });
    expect(plan.run).toContain("--public-variables-from-env TF_PUBLIC_VARIABLES");
    expect(drift.jobs.drift.environment).toBe("pull-request-plan");
    expect(step(/^aws-actions\/configure-aws-credentials@/).with?.["role-to-assume"]).toBe(
      "${{ vars.AWS_READONLY_ROLE_ARN }}",
    );
    expect(new Set(text.match(/secrets\.[A-Z0-9_]+/g))).toEqual(
      new Set(["secrets.AUTH0_READONLY_CLIENT_ID", "secrets.AUTH0_READONLY_CLIENT_SECRET"]),
    );
    expect(text).toContain("# PLACEHOLDER PASSWORDS (plan only)");
    expect(text).not.toContain("TF_VAR_");
  });

  test("renders the issue body with the pull requests' review renderer, and never keeps the plan files", () => {
    expect(step(/plan:review/).run).toContain(
      'npm run --silent plan:review -- --out review.md "plans/$STACK.plan.json"',
    );
    const cleanup = steps[steps.length - 1];
    expect(cleanup).toMatchObject({ if: "always()", run: "rm -rf plans review.md" });
    expect(text).not.toMatch(/upload-artifact/);
  });

  test("every shell script is valid bash, and every action is pinned", () => {
    for (const s of allSteps.filter((x) => x.run)) {
      const check = spawnSync("bash", ["-n"], { input: s.run, encoding: "utf8" });
      expect({ step: s.name, stderr: check.stderr }).toEqual({ step: s.name, stderr: "" });
    }
    for (const s of allSteps.filter((x) => x.uses))
      expect(s.uses).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
  });
});

describe("the drift issue script", () => {
  const script = String(step(/^actions\/github-script@/).with?.script);
  // github-script runs the script as the body of an async function with these parameters.
  type ScriptFunction = new (...args: string[]) => (...args: unknown[]) => Promise<void>;
  const AsyncFunction = (
    Object.getPrototypeOf(async function () {
      await Promise.resolve();
    }) as { constructor: ScriptFunction }
  ).constructor;
  const REVIEW = "<!-- ml-dashboard-auth-plan-review -->\n## Terraform plan review\n";

  interface Issue {
    number: number;
    body: string;
    title: string;
    state: string;
    pull_request?: unknown;
  }

  /** Runs the script as github-script would, against issues kept in memory. */
  async function runScript(issues: Issue[], environment: string, drifted: boolean): Promise<string[]> {
    const calls: string[] = [];
    const github = {
      paginate: (_fn: unknown, params: { state: string; labels: string }) => {
        expect(params).toMatchObject({ state: "open", labels: "drift" });
        return Promise.resolve(issues.filter((i) => i.state === "open"));
      },
      rest: {
        issues: {
          listForRepo: () => undefined,
          create: (p: { title: string; body: string; labels: string[] }) => {
            calls.push(`create ${p.title} [${p.labels.join(",")}]`);
            issues.push({ number: issues.length + 1, body: p.body, title: p.title, state: "open" });
            return Promise.resolve();
          },
          update: (p: { issue_number: number; body?: string; state?: string }) => {
            calls.push(`update #${p.issue_number}${p.state ? ` ${p.state}` : ""}`);
            const issue = issues.find((i) => i.number === p.issue_number)!;
            if (p.body) issue.body = p.body;
            if (p.state) issue.state = p.state;
            return Promise.resolve();
          },
          createComment: (p: { issue_number: number }) => {
            calls.push(`comment #${p.issue_number}`);
            return Promise.resolve();
          },
        },
      },
    };
    const context = { repo: { owner: "o", repo: "r" }, serverUrl: "https://github.com", runId: 7 };
    const fakeRequire = (name: string) => {
      expect(name).toBe("node:fs");
      return { readFileSync: (file: string) => (file === "review.md" ? REVIEW : fs.readFileSync(file, "utf8")) };
    };
    const saved = { ...process.env };
    process.env.ENVIRONMENT = environment;
    process.env.DRIFTED = String(drifted);
    try {
      await new AsyncFunction("require", "github", "context", script)(fakeRequire, github, context);
    } finally {
      process.env = saved;
    }
    return calls;
  }

  test("opens one issue per environment on drift, updates it on the next drift, closes it when the tenant matches", async () => {
    const issues: Issue[] = [];
    expect(await runScript(issues, "prod", true)).toEqual([
      "create Drift: the prod tenant no longer matches main [drift]",
    ]);
    expect(issues[0].body).toContain("<!-- ml-dashboard-auth-drift: prod -->");
    expect(issues[0].body).toContain(REVIEW);
    expect(await runScript(issues, "prod", true)).toEqual(["update #1"]);
    // Another environment gets its own issue; prod's is left alone.
    expect(await runScript(issues, "dev", true)).toEqual([
      "create Drift: the dev tenant no longer matches main [drift]",
    ]);
    expect(await runScript(issues, "prod", false)).toEqual(["comment #1", "update #1 closed"]);
    expect(issues.map((i) => i.state)).toEqual(["closed", "open"]);
    // No drift and no open issue: nothing to do.
    expect(await runScript(issues, "prod", false)).toEqual([]);
  });
});
