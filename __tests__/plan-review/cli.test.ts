import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../tools/plan-review";
import { parseCliArgs } from "../../tools/plan-review/cli-args";
import { stackNameFromFile } from "../../tools/plan-review/stack-name";
import { fixture, runCliProcess, tempDir } from "./helpers";
import { parseJsonObject, at, arrayAt } from "../json";

const DEV = fixture("ml-dashboard-auth-dev.plan.json");
const PROD = fixture("ml-dashboard-auth-prod.plan.json");
const dir = tempDir("cli");

/** Runs the CLI in-process: same code path as the binary, without a process per case. */
function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe("the plan-review command (child process, as `npm run plan:review` runs it)", () => {
  test("exits 2 and prints the review when danger is found", () => {
    const result = runCliProcess([DEV]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("### Danger (7)");
    expect(result.stderr).toBe("");
  });

  test("exits 0 when there is no danger", () => {
    const result = runCliProcess([PROD]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No danger found.");
  });

  test("exits 0 with --allow-danger and prints the reason", () => {
    const result = runCliProcess([DEV, "--allow-danger", "preview URLs for the demo, approved by @ml-lead"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("**Danger approved:** preview URLs for the demo, approved by @ml-lead");
  });

  test("exits 1 with one clear line for bad input, and no stack trace", () => {
    const result = runCliProcess([path.join(dir, "missing.plan.json")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^plan-review: cannot read plan .*missing\.plan\.json: file not found; pass the output of "terraform show -json <planfile>"\n$/,
    );
  });

  test("--format json writes the review for machines", () => {
    const result = runCliProcess(["--format", "json", DEV, PROD]);
    expect(result.status).toBe(2);
    const review = parseJsonObject(result.stdout);
    expect(at(review, "exitCode")).toBe(2);
    expect(arrayAt(review, "stacks").map((s) => at(s, "name"))).toEqual([
      "ml-dashboard-auth-dev",
      "ml-dashboard-auth-prod",
    ]);
  });
});

describe("command line handling", () => {
  test("--out writes the file and nothing to stdout", () => {
    const out = path.join(dir, "review.md");
    const result = run("--out", out, PROD);
    expect(result).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(fs.readFileSync(out, "utf8")).toContain("No danger found.");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("--out still exits 2 on danger, after writing", () => {
    const out = path.join(dir, "danger.md");
    expect(run("--out", out, DEV).status).toBe(2);
    expect(fs.readFileSync(out, "utf8")).toContain("### Danger (7)");
  });

  test("a failed --out leaves no file behind, and an existing file untouched", () => {
    const missingFolder = path.join(dir, "no-such-folder", "review.md");
    const result = run("--out", missingFolder, PROD);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `plan-review: cannot write --out ${missingFolder}: its folder does not exist; choose a writable file path\n`,
    );
    expect(fs.existsSync(path.dirname(missingFolder))).toBe(false);

    const existing = path.join(dir, "existing.md");
    fs.writeFileSync(existing, "previous review");
    const badInput = run("--out", existing, path.join(dir, "missing.json"));
    expect(badInput.status).toBe(1);
    expect(fs.readFileSync(existing, "utf8")).toBe("previous review");
  });

  test.each([
    [
      "empty reason",
      ["--allow-danger", "", DEV],
      '--allow-danger needs a reason, e.g. --allow-danger "rotating the mlflow client, approved by @lead"',
    ],
    ["blank reason", ["--allow-danger", "  ", DEV], "--allow-danger needs a reason"],
    [
      "unknown format",
      ["--format", "yaml", DEV],
      '--format "yaml" is not supported; use --format markdown or --format json',
    ],
    ["no plan", [], "no plan file given"],
    ["unknown option", ["--frobnicate", DEV], "Unknown option '--frobnicate'"],
    ["config alone", ["--config", "a.json", DEV], "--config and --base-config go together"],
    ["bad cap", ["--max-chars", "lots", DEV], '--max-chars "lots" must be a whole number'],
    ["bad stack name", ["--stack-name", "nonsense", DEV], '--stack-name "nonsense" must be FILE=NAME'],
    [
      "same stack twice",
      [DEV, DEV],
      "both get stack name ml-dashboard-auth-dev; name them with --stack-name FILE=NAME",
    ],
  ])("usage error (%s): exit 1, one line", (_label, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith("plan-review: ")).toBe(true);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("--help prints usage and exits 0", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("usage: plan-review [options] <plan.json>...");
    expect(result.stdout).toContain("exit codes: 0 no danger (or approved), 2 danger found, 1 bad usage or input");
  });

  test("--stack-name renames a plan's stack", () => {
    const result = run("--stack-name", `${PROD}=production`, PROD);
    expect(result.stdout).toContain("- **`production`**: no changes");
  });

  test("--first-apply reviews a synthesized stack; configs pair with stacks by folder", () => {
    const head = fixture("stacks/ml-dashboard-auth-dev/cdk.tf.json");
    const base = fixture("base/ml-dashboard-auth-dev/cdk.tf.json");
    const plain = run("--first-apply", head);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("- **`ml-dashboard-auth-dev`**: 12 to add");
    const compared = run("--first-apply", head, "--config", head, "--base-config", base);
    expect(compared.status).toBe(2);
    expect(compared.stdout).toContain("**prevent_destroy removed**: `auth0_connection_clients.database`");
    const named = run(
      "--first-apply",
      head,
      "--config",
      `ml-dashboard-auth-dev=${head}`,
      "--base-config",
      `other=${base}`,
    );
    expect(named.stderr).toContain("cannot tell which stack it belongs to");
  });

  test("options parse into a typed structure", () => {
    expect(
      parseCliArgs([
        "--format",
        "json",
        "--out",
        "r.json",
        "--config",
        "dev=a.json",
        "--base-config",
        "b/cdk.tf.json",
        "p.json",
      ]),
    ).toMatchObject({
      files: ["p.json"],
      format: "json",
      out: "r.json",
      configs: [{ stack: "dev", file: "a.json" }],
      baseConfigs: [{ file: "b/cdk.tf.json" }],
    });
  });
});

describe("stack names from file names", () => {
  test.each([
    ["plans/ml-dashboard-auth-dev.plan.json", "ml-dashboard-auth-dev"],
    ["ml-dashboard-auth-prod.json", "ml-dashboard-auth-prod"],
    ["x/dev.tfplan.json", "dev"],
    ["cdktf.out/stacks/ml-dashboard-auth-dev/plan.json", "ml-dashboard-auth-dev"],
    ["cdktf.out/stacks/ml-dashboard-auth-qa/cdk.tf.json", "ml-dashboard-auth-qa"],
  ])("%s → %s", (file, name) => {
    expect(stackNameFromFile(file)).toBe(name);
  });
});
