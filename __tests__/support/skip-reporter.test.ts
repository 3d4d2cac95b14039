import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "./paths";
import { skippedName, skipReasonOf } from "./skipped";

/**
 * The skip reporter, run by a real jest over several small test files (so jest runs them as a
 * suite, as npm test does, not one file alone).
 */

const dir = tempDir("skip-reporter");
const SKIPPED = require.resolve("./skipped.js");

function project(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, "package.json"), "{}");
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
  return root;
}

function jest(root: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_ROOT, "node_modules", "jest", "bin", "jest.js"),
      "--config",
      JSON.stringify({
        rootDir: root,
        reporters: ["default", path.join(PROJECT_ROOT, "__tests__", "support", "skip-reporter.js")],
      }),
      ...args,
    ],
    { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const withReason = `
const { skippedName } = require(${JSON.stringify(SKIPPED)});
describe.skip(skippedName("real Terraform", "terraform not on PATH (install it to run this check)"), () => {
  test("validates", () => {});
  test("plans", () => {});
});
test("runs", () => expect(1).toBe(1));
`;

test("names round-trip through the title", () => {
  expect(skipReasonOf(skippedName("a [b] c", "no tool [x]"))).toBe("no tool [x]");
  expect(skipReasonOf("plain name")).toBeUndefined();
});

test("a suite run ends with each skipped block, its file, its test count and its reason", () => {
  const root = project("explained", { "a.test.js": withReason, "b.test.js": `test("b", () => {});` });
  const run = jest(root);
  expect(run.status).toBe(0);
  expect(run.output).toContain("Skipped checks (1), and why:");
  expect(run.output).toContain(
    "  a.test.js: real Terraform (2 tests): terraform not on PATH (install it to run this check)",
  );
  // In the run's closing summary, after every file's own report.
  expect(run.output.indexOf("Skipped checks")).toBeGreaterThan(run.output.lastIndexOf("PASS "));
});

test("a skip without a reason is listed and fails the run, unless tests were filtered by name", () => {
  const root = project("unexplained", {
    "a.test.js": withReason,
    "c.test.js": `test.skip("flaky one", () => {}); test("c", () => {});`,
  });
  const run = jest(root);
  expect(run.status).toBe(1);
  expect(run.output).toContain("Skipped without a reason (1):\n  c.test.js: flaky one");
  const filtered = jest(root, "-t", "runs");
  expect(filtered.status).toBe(0);
  expect(filtered.output).not.toContain("Skipped without a reason");
  expect(filtered.output).toContain("a.test.js: real Terraform (2 tests): terraform not on PATH");
});
