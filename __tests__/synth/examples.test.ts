import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { stackNameOf } from "../../lib/stack-name";
import { EXAMPLE_ENVIRONMENTS, PROJECT_ROOT, tempDir } from "../helpers";
import { at, objectAt, parseJsonObject, stringAt } from "../json";

const CANARIES = {
  AUTH0_DOMAIN: "canary-domain-7f3a.eu.auth0.com",
  AUTH0_CLIENT_ID: "canary-client-id-91c2",
  AUTH0_CLIENT_SECRET: "canary-client-secret-55d0",
  AUTH0_API_TOKEN: "canary-api-token-0b8e",
  TF_VAR_alice_password: "canary-Password-for-alice-1",
  TF_VAR_ml_lead_password: "canary-Password-for-lead-2",
};

/** Every file under a folder, with its content. */
function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full, "utf8"));
    }
  }
  return files;
}

describe("synthesizing the example environments", () => {
  const outdir = tempDir("synth");
  const logs: string[] = [];
  let exitCode: number;
  let files: Map<string, string>;
  const saved = { ...process.env };

  beforeAll(() => {
    // Credentials and passwords in the environment must never reach the output.
    Object.assign(process.env, CANARIES);
    try {
      exitCode = runApp(PROJECT_ROOT, { ...process.env, CDKTF_OUTDIR: outdir }, (line) => logs.push(line));
    } finally {
      process.env = saved;
    }
    files = filesUnder(outdir);
  });

  test("writes cdk.tf.json for every example environment, and nothing half-written", () => {
    expect(logs).toEqual([]);
    expect(exitCode).toBe(0);
    expect([...files.keys()].sort()).toEqual(
      ["manifest.json", ...EXAMPLE_ENVIRONMENTS.map((env) => `stacks/${stackNameOf(env)}/cdk.tf.json`)].sort(),
    );
    expect(
      fs.readdirSync(path.dirname(outdir)).filter((f) => f.startsWith(`${path.basename(outdir)}.staging-`)),
    ).toEqual([]);
  });

  test.each(EXAMPLE_ENVIRONMENTS)("the %s stack matches its snapshot", (env) => {
    expect(parseJsonObject(files.get(`stacks/${stackNameOf(env)}/cdk.tf.json`)!)).toMatchSnapshot();
  });

  test("no value of AUTH0_* or TF_VAR_* appears anywhere in the output", () => {
    for (const [file, content] of files) {
      for (const [name, value] of Object.entries(CANARIES)) {
        expect({ file, name, leaked: content.includes(value) }).toEqual({ file, name, leaked: false });
      }
    }
  });

  test("the output holds no machine-specific path", () => {
    for (const [file, content] of files) {
      for (const machinePath of [PROJECT_ROOT, os.tmpdir(), os.homedir()]) {
        expect({ file, machinePath, found: content.includes(machinePath) }).toEqual({
          file,
          machinePath,
          found: false,
        });
      }
    }
  });

  test("passwords only ever appear as variable references", () => {
    for (const env of EXAMPLE_ENVIRONMENTS) {
      const json = parseJsonObject(files.get(`stacks/${stackNameOf(env)}/cdk.tf.json`)!);
      // An environment whose users all come from an IdP (dev-sso) has none.
      const users = at(json, "resource", "auth0_user") === undefined ? {} : objectAt(json, "resource", "auth0_user");
      for (const [key, user] of Object.entries(users)) {
        expect(at(user, "password")).toMatch(/^\$\{var\.[a-z_][a-z0-9_]*\}$/);
        expect(at(json, "variable", stringAt(user, "password").slice(6, -1))).toEqual(
          expect.objectContaining({ sensitive: true }),
        );
        expect(key).toMatch(/^[a-z]/);
      }
    }
  });
});

describe("a failing synth writes nothing", () => {
  const badConfigProject = tempDir("project");
  const badRulesProject = tempDir("project-rules");

  test("a bad config exits 1 with the file and field, and leaves the previous output untouched", () => {
    const project = badConfigProject;
    fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(project, "rules"), { recursive: true });
    fs.cpSync(path.join(PROJECT_ROOT, "config"), path.join(project, "config"), { recursive: true });
    const outdir = path.join(project, "cdktf.out");
    fs.mkdirSync(path.join(outdir, "stacks", "previous"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", "previous", "cdk.tf.json"), "{}");
    const before = filesUnder(outdir);

    const prodFile = path.join(project, "config", "prod.json");
    const prod = parseJsonObject(fs.readFileSync(prodFile, "utf8"));
    objectAt(prod, "dashboards", "grafana").url = "http://grafana.ml.example.com";
    fs.writeFileSync(prodFile, JSON.stringify(prod));

    const logs: string[] = [];
    expect(runApp(project, { CDKTF_OUTDIR: outdir }, (line) => logs.push(line))).toBe(1);
    // Files are named relative to the working folder, as a user would type them.
    expect(logs.join("\n")).toContain(
      `${path.relative(process.cwd(), prodFile)}: invalid configuration (1 problem)\n  $.dashboards.grafana.url: expected an https:// URL`,
    );
    expect(logs.join("\n")).toContain("Nothing was synthesized.");
    expect(logs.join("\n")).not.toMatch(/\n\s+at /); // no stack trace
    expect(filesUnder(outdir)).toEqual(before);
  });

  test("a construct error (here: login code without its handler) also writes nothing", () => {
    const project = badRulesProject;
    fs.cpSync(path.join(PROJECT_ROOT, "config"), path.join(project, "config"), { recursive: true });
    fs.mkdirSync(path.join(project, "rules"));
    // The Action file is present but does not export the handler Auth0 calls.
    fs.writeFileSync(path.join(project, "rules", "post-login-role-claim.js"), "module.exports = {};\n");
    fs.writeFileSync(
      path.join(project, "rules", "legacy-role-claim-rule.js"),
      "function (user, context, callback) { callback(null, user, context); }\n",
    );
    const outdir = path.join(project, "cdktf.out");
    const logs: string[] = [];
    expect(runApp(project, { CDKTF_OUTDIR: outdir }, (line) => logs.push(line))).toBe(1);
    expect(logs[0]).toBe(
      "ml-dashboard-auth: RoleClaimAction ml-dashboard-auth-dev/MlDashboardAuth/RoleClaimAction: the code does not define exports.onExecutePostLogin, so Auth0 would never run it",
    );
    expect(fs.existsSync(outdir)).toBe(false);
  });
});
