import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { at, objectAt, parseJsonObject } from "../json";
import { describeUnless } from "../support/tools-available";

/**
 * Why cdktf-cli cannot start on this Node, if it cannot: 0.21 is final, and its node-pty ships
 * binaries only up to Node 22 (ABI 127). On Node 24 the CLI is CDK Terrain's, which
 * scripts/cdktn-check.sh runs for real (.ci/run, under Node 24).
 */
function cdktfCliUnavailable(): string | undefined {
  // Where node-pty's loader looks (its lib/prebuild-file-path.js), then a local build.
  const pty = path.dirname(require.resolve("@cdktf/node-pty-prebuilt-multiarch/package.json"));
  const binaries = [
    path.join(pty, "prebuilds", `${process.platform}-${process.arch}`, `node.abi${process.versions.modules}.node`),
    path.join(pty, "build", "Release", "pty.node"),
  ];
  if (binaries.some((file) => fs.existsSync(file))) return undefined;
  return (
    `cdktf-cli 0.21 cannot start on Node ${process.versions.node}: its node-pty has no build for ABI ` +
    `${process.versions.modules}; on this Node, scripts/cdktn-check.sh runs \`npx cdktn synth\` instead`
  );
}

// The README's promise, run for real: `npx cdktf synth` through cdktf-cli 0.21.0, in a copy of
// the project so that the working tree is never touched.
describeUnless(cdktfCliUnavailable(), "npx cdktf synth", () => {
  const project = tempDir("cli");
  const canaries = {
    AUTH0_CLIENT_SECRET: "cli-canary-secret-3e1d",
    AUTH0_API_TOKEN: "cli-canary-token-8a2f",
    TF_VAR_bob_password: "cli-canary-Password-9",
  };

  beforeAll(() => {
    for (const entry of [
      "cdktf.json",
      "main.ts",
      "package.json",
      "tsconfig.json",
      "lib",
      // lib imports the stack model's key names and the synth-time policy pack.
      "tools/stack-model",
      "tools/policy",
      "rules",
      "config",
      "scripts",
    ]) {
      fs.cpSync(path.join(PROJECT_ROOT, entry), path.join(project, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(PROJECT_ROOT, ".gen"), path.join(project, ".gen"));
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(project, "node_modules"));
  });

  const synth = () =>
    spawnSync("npx", ["cdktf", "synth"], {
      cwd: project,
      encoding: "utf8",
      timeout: 120_000,
      env: {
        ...process.env,
        ...canaries,
        CHECKPOINT_DISABLE: "1",
        CI: "1",
        FORCE_COLOR: "0",
        // The app's bundle cache goes with the copy. The linked node_modules' cache is keyed by where the
        // entry point is, and each run's copy is somewhere new: it kept a 4 MB bundle there per run.
        ML_DASHBOARD_RUN_TS_CACHE: path.join(project, ".run-ts-cache"),
      },
    });

  test("a first synth with a bad config fails, prints each problem once, and writes no stack", () => {
    const configFile = path.join(project, "config", "prod.json");
    const good = fs.readFileSync(configFile, "utf8");
    const config = parseJsonObject(good);
    objectAt(config, "users", "researcher").password = "cli-canary-first-Password";
    fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
    try {
      const result = synth();
      expect(result.status).not.toBe(0);
      const output = result.stdout + result.stderr;
      expect(output.split("$.users.researcher.password: no literal secrets in config").length - 1).toBe(1);
      expect(output).not.toContain("Command output on");
      expect(output).not.toContain("cli-canary-first-Password");
      expect(fs.existsSync(path.join(project, "cdktf.out", "stacks"))).toBe(false);
    } finally {
      fs.writeFileSync(configFile, good);
    }
  });

  test("writes one cdk.tf.json per environment, with no credential or password from the environment", () => {
    const result = synth();
    expect({ status: result.status, stderr: result.status === 0 ? "" : result.stderr }).toEqual({
      status: 0,
      stderr: "",
    });
    for (const env of ["dev", "prod"]) {
      const file = path.join(project, "cdktf.out", "stacks", `ml-dashboard-auth-${env}`, "cdk.tf.json");
      const content = fs.readFileSync(file, "utf8");
      expect(at(parseJsonObject(content), "provider", "auth0")).toHaveLength(1);
      for (const value of Object.values(canaries)) expect(content).not.toContain(value);
    }
    expect(result.stdout + result.stderr).toContain("prevent_destroy is off");
  });

  test("a bad config fails the command, names the problem, and leaves the last good output as it was", () => {
    const stackFile = path.join(project, "cdktf.out", "stacks", "ml-dashboard-auth-prod", "cdk.tf.json");
    const before = fs.readFileSync(stackFile, "utf8");
    const configFile = path.join(project, "config", "prod.json");
    const config = parseJsonObject(fs.readFileSync(configFile, "utf8"));
    objectAt(config, "users", "researcher").password = "cli-canary-literal-Password";
    fs.writeFileSync(configFile, JSON.stringify(config, null, 2));

    const result = synth();
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain("$.users.researcher.password: no literal secrets in config");
    // cdktf repeats whatever the app prints; the problems reach it as manifest annotations instead.
    expect(output.split("$.users.researcher.password").length - 1).toBe(1);
    expect(output).not.toContain("Command output on");
    expect(output).not.toContain("cli-canary-literal-Password");
    expect(fs.readFileSync(stackFile, "utf8")).toBe(before);
  });
});
