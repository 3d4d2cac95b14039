import * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { synthesizedStack } from "../../tools/stack-model";
import { checkStack } from "../../tools/policy/engine";
import { ALL_RULES, PACKS } from "../../tools/policy/packs";
import { README_RULES_END, README_RULES_START, rulesMarkdown } from "../../tools/policy/report/markdown";
import { Rule } from "../../tools/policy/rule";
import { credentialShape } from "../../tools/policy/rules/anywhere/credential-patterns";
import { PROJECT_ROOT } from "../support/paths";
import { at, goodStack, RULE_CASES } from "./fixtures/rule-cases";

const check = (json: Record<string, unknown>) =>
  checkStack(synthesizedStack(json, "fixture.tf.json", "fixture"), { packs: PACKS });

const RULES_DIR = path.join(PROJECT_ROOT, "tools/policy/rules");
const isRule = (value: unknown): value is Rule =>
  typeof value === "object" && value !== null && typeof (value as Rule).check === "function" && "target" in value;

describe("policy rules", () => {
  test("rule ids are unique across packs", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every rule has a compliant and a non-compliant case", () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  test("the compliant base stack passes every rule with no finding", () => {
    expect(check(goodStack()).findings).toEqual([]);
  });

  describe.each(ALL_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    test("passes its compliant case", () => {
      expect(check(RULE_CASES[id].compliant).findings.filter((f) => f.ruleId === id)).toEqual([]);
    });
    test(`fails its non-compliant case (${rule.level})`, () => {
      const findings = check(RULE_CASES[id].nonCompliant).findings.filter((f) => f.ruleId === id);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.level === rule.level && !f.unverifiable)).toBe(true);
    });
  });

  test("credential-strings names where in the resource the credential is, in lists and nested objects", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    const stack = goodStack();
    const alice = at(stack, "resource.auth0_user.alice");
    alice.nickname = jwt;
    alice.app_metadata = { keys: ["short", { inner: [jwt] }] };
    const findings = check(stack).findings.filter((f) => f.ruleId === "credential-strings");
    expect(findings.map((f) => [f.address, f.path])).toEqual([
      ["auth0_user.alice", "app_metadata.keys[1].inner[0]"],
      ["auth0_user.alice", "nickname"],
    ]);
    expect(findings.map((f) => f.message).join("\n")).not.toContain(jwt);
  });

  test("tools/policy holds one rule per file, named for it, in the folder of its family", () => {
    const files = fs
      .readdirSync(RULES_DIR, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(RULES_DIR, f));
    const seen: string[] = [];
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const rules = Object.values(require(file) as Record<string, unknown>).filter(isRule);
      expect({ file, count: rules.length <= 1 }).toEqual({ file, count: true });
      for (const rule of rules) {
        expect(path.basename(file, ".ts")).toBe(rule.name);
        expect(path.basename(path.dirname(file))).toBe(rule.family);
        seen.push(rule.name);
      }
    }
    // Every packed rule comes from such a file, and no rule file is left out of the packs.
    expect(seen.sort()).toEqual(ALL_RULES.map((r) => r.rule.name).sort());
    // Nothing else in tools/policy holds a check.
    // cli.ts is the entry point: importing it would run the command.
    const modules = fs.readdirSync(path.join(PROJECT_ROOT, "tools/policy")).filter((f) => f.endsWith(".ts"));
    for (const file of modules.filter((f) => f !== "cli.ts")) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(path.join(PROJECT_ROOT, "tools/policy", file)) as Record<string, unknown>);
      expect({ file, rules: exported.filter(isRule).length }).toEqual({ file, rules: 0 });
    }
  });

  test("no tool imports lib/constructs", () => {
    const toolsDir = path.join(PROJECT_ROOT, "tools");
    const offenders = fs
      .readdirSync(toolsDir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /from\s+["'][./]*lib\/constructs/.test(fs.readFileSync(path.join(toolsDir, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  test("nor does any tool that reads the contract reach lib/constructs or cdktf through other imports", () => {
    // npm run dev is left out: it synthesizes the app itself.
    const entries = ["gateway/server.ts", "gateway/config-cli.ts", "plan-review/cli.ts", "policy/cli.ts"]
      .concat(["local-tenant/cli.ts", "adopt/cli.ts", "deploy/cli.ts"])
      .map((entry) => `tools/${entry}`);
    const reached = entries.map((entry) => {
      // Packages stay external (only the project's own files are read): cdktf shows as an import.
      const { metafile } = esbuild.buildSync({
        entryPoints: [entry],
        absWorkingDir: PROJECT_ROOT,
        bundle: true,
        platform: "node",
        packages: "external",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const inputs = Object.entries(metafile.inputs);
      const constructs = inputs.filter(
        ([file, input]) => file.startsWith("lib/constructs/") || input.imports.some((i) => /^cdktf(\/|$)/.test(i.path)),
      );
      return { entry, constructs: constructs.map(([file]) => file) };
    });
    expect(reached).toEqual(entries.map((entry) => ({ entry, constructs: [] })));
  });
});

describe("the README's rule table", () => {
  test("is the one generated from the packs (npm run policy -- --list --format markdown)", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
    const start = readme.indexOf(README_RULES_START);
    const end = readme.indexOf(README_RULES_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end + README_RULES_END.length)).toBe(rulesMarkdown(PACKS));
  });
});

describe("credential shapes", () => {
  test("names of words and versions, and public certificates (PEM or base64 PEM), are not credentials", () => {
    expect(credentialShape("microsoft-identity-platform-v2.0")).toBeUndefined();
    expect(credentialShape("123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com")).toBeUndefined();
    const pem = `-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk3x9Zt2Yp8Vq1Lr7Hn4Ws0Jd5EwCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n`;
    expect(credentialShape(pem)).toBeUndefined();
    expect(credentialShape(Buffer.from(pem).toString("base64"))).toBeUndefined();
  });

  test("random tokens, and a private key hidden in base64 next to a certificate, still are", () => {
    expect(credentialShape("kD9x2Lq7Zp4Vw8Ns3Rt6Yb1Hc5Jm0Fg2")).toBe("a long high-entropy token");
    const mixed = `-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----\n`;
    expect(credentialShape(mixed)).toBe("a private key block");
    expect(credentialShape(Buffer.from(mixed).toString("base64"))).toBe("a long high-entropy token");
  });
});
