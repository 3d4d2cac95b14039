import * as fs from "node:fs";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { readStackModel, synthesizedStack } from "../../tools/stack-model";
import { at } from "./fixtures/rule-cases";
import { checkStack } from "../../tools/policy/engine";
import { PACKS } from "../../tools/policy/packs";
import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { ACCEPTED_LINES_PER_REASON, acceptedLines, suppressPolicy } from "../../tools/policy/synth";
import { exampleEnvironment, loginCode, minimalConfig, PROJECT_ROOT, tempDir, terraformJson } from "../helpers";

/** The auth0-security pack inside synth (lib/app.ts runApp, as main.ts runs it under cdktf synth). */
describe("the security pack inside synth", () => {
  const root = tempDir("synth-policy");
  let n = 0;

  /** A project folder with one environment; returns its folder, the exit code and what synth printed. */
  function synth(config: Record<string, unknown>) {
    const project = path.join(root, `p${++n}`);
    fs.mkdirSync(path.join(project, "config"), { recursive: true });
    fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(project, "rules"), { recursive: true });
    fs.writeFileSync(path.join(project, "config", "lab.json"), JSON.stringify(config, null, 2));
    const lines: string[] = [];
    const status = runApp(project, { CDKTF_OUTDIR: path.join(project, "cdktf.out") }, (line) => lines.push(line));
    return {
      project,
      status,
      output: lines.join("\n"),
      stackFile: path.join(project, "cdktf.out/stacks/ml-dashboard-auth-lab/cdk.tf.json"),
    };
  }

  const signupOn = () => {
    const config = minimalConfig();
    config.connection = { name: "ml-users", disableSignup: false };
    return config;
  };
  const suppression = {
    rule: "connection-signup-disabled",
    address: "auth0_connection.database",
    reason: "Lab tenant: students sign themselves up; no dashboard holds real data.",
  };

  test("a config with an unsafe setting and no suppression fails synth and writes nothing", () => {
    const result = synth(signupOn());
    expect(result.status).toBe(1);
    expect(result.output).toContain("policy auth0-security/connection-signup-disabled: sign-up is enabled");
    // Findings carry the Terraform address, the construct path and the config path.
    expect(result.output).toContain(
      "[address auth0_connection.database (options.disable_signup); construct ml-dashboard-auth-lab/MlDashboardAuth/Connection/Connection; config config/lab.json: connection]",
    );
    expect(result.output).toContain("Nothing was synthesized.");
    expect(fs.existsSync(path.join(result.project, "cdktf.out"))).toBe(false);
  });

  test("the same config with a reasoned suppression passes, and records and lists it", () => {
    const result = synth({ ...signupOn(), policy: { suppressions: [suppression] } });
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(fs.readFileSync(result.stackFile, "utf8")) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.resource.auth0_connection.database["//"]).toMatchObject({
      policy_suppressions: [
        { rule: suppression.rule, reason: suppression.reason, source: "config/lab.json: policy.suppressions[0]" },
      ],
    });
    // The synth manifest lists it among the stack's annotations (cdktf synth prints them).
    const manifest = fs.readFileSync(path.join(result.project, "cdktf.out/manifest.json"), "utf8");
    expect(manifest).toContain(
      `policy: accepted connection-signup-disabled on auth0_connection.database: ${suppression.reason}`,
    );
    // The policy CLI reads the same record: the finding is suppressed and listed.
    const report = checkStack(readStackModel(result.stackFile), { packs: PACKS });
    expect(report.findings.filter((f) => f.level === "error")).toEqual([]);
    expect(report.suppressions.find((s) => s.rule === suppression.rule)?.findings).toHaveLength(1);
  });

  describe("connections", () => {
    const withCorp = (corp: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const { connection: _legacy, ...config } = minimalConfig();
      return {
        ...config,
        connections: {
          users: { type: "database", name: "ml-users" },
          corp: {
            type: "oidc",
            name: "corp-sso",
            issuer: "https://sso.example.com/",
            clientId: "ml-dashboards",
            clientSecretVariable: "corp_client_secret",
            ...corp,
          },
        },
        ...extra,
      };
    };
    const restrictionSuppression = {
      rule: "connection-access-restricted",
      address: "auth0_connection.corp",
      reason: "Pilot: only the IdP's own app assignment limits who can sign in; roles still gate every dashboard.",
    };

    test("a federated connection with neither allowed domains nor group mappings fails synth, at its config path", () => {
      const result = synth(withCorp({}));
      expect(result.status).toBe(1);
      expect(result.output).toContain(
        "policy auth0-security/connection-access-restricted: neither allowed email domains nor group mappings restrict who signs in through this federated connection",
      );
      expect(result.output).toContain("config config/lab.json: connections.corp]");
      expect(fs.existsSync(path.join(result.project, "cdktf.out"))).toBe(false);
    });

    test("allowed email domains, or group mappings, each satisfy it", () => {
      expect(synth(withCorp({ allowedEmailDomains: ["example.com"] }))).toMatchObject({ status: 0, output: "" });
      expect(synth(withCorp({ groupRoles: { "ml-team": ["ml-viewer"] } }))).toMatchObject({ status: 0, output: "" });
    });

    test("a reasoned suppression accepts an unrestricted federated connection, and is recorded on it", () => {
      const result = synth(withCorp({}, { policy: { suppressions: [restrictionSuppression] } }));
      expect(result.output).toBe("");
      expect(result.status).toBe(0);
      const report = checkStack(readStackModel(result.stackFile), { packs: PACKS });
      expect(report.findings.filter((f) => f.level === "error")).toEqual([]);
      expect(report.suppressions.find((s) => s.rule === restrictionSuppression.rule)?.findings).toHaveLength(1);
    });

    test("sign-up on the database connection of a connections map fails synth too (connection-signup-disabled)", () => {
      const config = withCorp({ allowedEmailDomains: ["example.com"] });
      const result = synth({
        ...config,
        connections: { ...config.connections, users: { type: "database", name: "ml-users", disableSignup: false } },
      });
      expect(result.status).toBe(1);
      expect(result.output).toContain("policy auth0-security/connection-signup-disabled: sign-up is enabled");
      expect(result.output).toContain("config config/lab.json: connections.users]");
    });

    test("the example environment config/dev-sso.json passes the pack inside synth with no suppression", () => {
      const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "config", "dev-sso.json"), "utf8")) as Record<
        string,
        unknown
      >;
      expect(config.policy).toBeUndefined();
      const result = synth({ ...config, $schema: undefined });
      expect(result).toMatchObject({ status: 0, output: "" });
      const report = checkStack(readStackModel(result.stackFile), { packs: PACKS });
      expect(report.findings.filter((f) => f.ruleId === "connection-access-restricted")).toEqual([]);
    });
  });

  test("a suppression that matches nothing, or names no resource, fails synth with its config path", () => {
    const stale = synth({ ...minimalConfig(), policy: { suppressions: [suppression] } });
    expect(stale.status).toBe(1);
    expect(stale.output).toContain(
      "suppression config/lab.json: policy.suppressions[0] of connection-signup-disabled on auth0_connection.database matches no finding",
    );
    const nowhere = synth({
      ...signupOn(),
      policy: { suppressions: [{ ...suppression, address: "auth0_connection.nope" }] },
    });
    expect(nowhere.status).toBe(1);
    expect(nowhere.output).toContain(
      'config/lab.json: policy.suppressions[0].address: "auth0_connection.nope" is no resource of stack ml-dashboard-auth-lab',
    );
  });

  test("a short reason is a config error with its JSON path", () => {
    const result = synth({ ...signupOn(), policy: { suppressions: [{ ...suppression, reason: "because" }] } });
    expect(result.status).toBe(1);
    expect(result.output).toContain("policy.suppressions[0].reason");
  });
});

describe("suppressions on constructs (stacks built in code)", () => {
  test("suppressPolicy on a construct accepts the findings of its resources, recorded as construct metadata", () => {
    const environment = exampleEnvironment("prod");
    const current = environment.connections.database;
    if (current.type !== "database")
      throw new Error("the prod example's database connection is expected under connections.database");
    const database = { ...current, disableSignup: false };
    const unsafe = { ...environment, connections: { ...environment.connections, database } };
    const failing = new DashboardAuthStack(Testing.app(), { environment: unsafe, loginCode });
    expect(() => Testing.synth(failing, true)).toThrow(/connection-signup-disabled/);

    const stack = new DashboardAuthStack(Testing.app(), { environment: unsafe, loginCode });
    suppressPolicy(
      stack.auth.connections.get("database")!,
      "connection-signup-disabled",
      "Self-service sign-up for a public workshop tenant.",
    );
    expect(() => Testing.synth(stack, true)).not.toThrow();
    const json = terraformJson(stack) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    expect(json.resource.auth0_connection.database["//"]).toMatchObject({
      policy_suppressions: [
        {
          rule: "connection-signup-disabled",
          source: "construct metadata on ml-dashboard-auth-prod/MlDashboardAuth/Connection",
        },
      ],
    });
  });
});

describe("suppressions on the users (written as resolved JSON, not one construct each)", () => {
  test("suppressPolicy on the user directory, and a config suppression by address, reach each user's // block", () => {
    const environment = exampleEnvironment("dev");
    const reason = "Example users of a throwaway dev tenant.";
    const configured = {
      ...environment,
      policy: { suppressions: [{ rule: "user-prevent-destroy", address: "auth0_user.bob", reason }] },
    };
    const stack = new DashboardAuthStack(Testing.app(), { environment: configured, loginCode });
    suppressPolicy(stack.auth.userDirectory!, "user-prevent-destroy", reason);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    const json = terraformJson(stack) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const fromConstruct = {
      rule: "user-prevent-destroy",
      reason,
      source: "construct metadata on ml-dashboard-auth-dev/MlDashboardAuth/Users",
    };
    expect(json.resource.auth0_user.alice["//"]).toMatchObject({ policy_suppressions: [fromConstruct] });
    expect(json.resource.auth0_user_roles.alice["//"]).toMatchObject({ policy_suppressions: [fromConstruct] });
    expect(json.resource.auth0_user.bob["//"]).toMatchObject({
      policy_suppressions: [
        fromConstruct,
        { rule: "user-prevent-destroy", reason, source: "config/dev.json: policy.suppressions[0]" },
      ],
    });
  });
});

describe("legacy Rules under the legacy option", () => {
  test("legacy-rules is an error on a new stack and a warning where the config opts in", () => {
    const environment = exampleEnvironment("prod");
    const legacy = { ...environment, loginFlow: { ...environment.loginFlow, legacyRule: true } };
    const stack = new DashboardAuthStack(Testing.app(), { environment: legacy, loginCode });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    const json = terraformJson(stack) as Record<string, unknown>;
    const findings = checkStack(synthesizedStack(json, "legacy.tf.json", "legacy"), { packs: PACKS }).findings;
    expect(findings.filter((f) => f.ruleId === "legacy-rules").map((f) => [f.address, f.level])).toEqual([
      ["auth0_rule.role_claim", "warning"],
    ]);
    // Without the opt-in recorded, the same Rule is an error.
    delete (at(json, "resource.auth0_rule.role_claim")["//"] as Record<string, unknown>).legacy_rule_opt_in;
    const strict = checkStack(synthesizedStack(json, "legacy.tf.json", "legacy"), { packs: PACKS }).findings;
    expect(strict.filter((f) => f.ruleId === "legacy-rules").map((f) => f.level)).toEqual(["error"]);
  });
});

describe("accepted findings as synth lists them", () => {
  const applied = (address: string, reason = "The dev tenant is rebuilt from this file every night.") => ({
    rule: "user-prevent-destroy",
    address,
    reason,
    source: "config dataSafety.reason",
    findings: [],
  });

  test("a few resources accepted for one reason get a line each", () => {
    const lines = acceptedLines([applied("auth0_user.a"), applied("auth0_user.b"), applied("auth0_user.c")]);
    expect(lines).toEqual([
      "policy: accepted user-prevent-destroy on auth0_user.a: The dev tenant is rebuilt from this file every night. (config dataSafety.reason)",
      "policy: accepted user-prevent-destroy on auth0_user.b: The dev tenant is rebuilt from this file every night. (config dataSafety.reason)",
      "policy: accepted user-prevent-destroy on auth0_user.c: The dev tenant is rebuilt from this file every night. (config dataSafety.reason)",
    ]);
  });

  test("thousands accepted for one reason share one line; another reason keeps its own", () => {
    const many = Array.from({ length: 5000 }, (_, i) => applied(`auth0_user.u${i}`));
    const lines = acceptedLines([...many, applied("auth0_user.special", "Kept by hand while the migration runs.")]);
    expect(lines).toEqual([
      `policy: accepted user-prevent-destroy on 5000 resources (auth0_user.u0, auth0_user.u1, auth0_user.u2 and ${5000 - ACCEPTED_LINES_PER_REASON} more): The dev tenant is rebuilt from this file every night. (config dataSafety.reason)`,
      "policy: accepted user-prevent-destroy on auth0_user.special: Kept by hand while the migration runs. (config dataSafety.reason)",
    ]);
  });
});
