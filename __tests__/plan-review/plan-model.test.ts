import * as fs from "node:fs";
import * as path from "node:path";
import { changeKind, parsePlan } from "../../tools/plan-review/plan-model";
import { PlanReviewError, readPlanFile } from "../../tools/plan-review";
import { fixture, tempDir } from "./helpers";

const dir = tempDir("model");

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function errorOf(fn: () => unknown): PlanReviewError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PlanReviewError);
    return err as PlanReviewError;
  }
  throw new Error("expected a PlanReviewError");
}

describe("reading plan files", () => {
  test("reads every fixture plan", () => {
    for (const name of [
      "ml-dashboard-auth-dev",
      "ml-dashboard-auth-staging",
      "ml-dashboard-auth-prod",
      "ml-dashboard-auth-qa",
      "foreign",
    ]) {
      expect(readPlanFile(fixture(`${name}.plan.json`)).format_version).toMatch(/^1\./);
    }
  });

  test("a missing file names the file and what to pass", () => {
    const message = errorOf(() => readPlanFile(path.join(dir, "nope.json"))).message;
    expect(message).toContain("nope.json: file not found");
    expect(message).toContain("terraform show -json");
  });

  test("invalid JSON names the file and never quotes its content", () => {
    const file = write("broken.json", '{"format_version": "1.2", "secret": canary-in-broken-json');
    const message = errorOf(() => readPlanFile(file)).message;
    expect(message).toMatch(/broken\.json is not valid JSON \(syntax error/);
    expect(message).not.toContain("canary");
  });

  test("a binary plan file says how to convert it", () => {
    const file = write("dev.tfplan", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(errorOf(() => readPlanFile(file)).message).toContain(
      'is a binary plan file, not JSON; convert it with "terraform show -json',
    );
  });

  test("a state file is recognised as state, not a plan", () => {
    const file = write(
      "state.json",
      JSON.stringify({ format_version: "1.0", terraform_version: "1.11.4", values: { root_module: {} } }),
    );
    expect(errorOf(() => readPlanFile(file)).message).toContain("this is Terraform state, not a plan");
  });

  test.each([["0.2"], ["2.0"], ["1"]])("format_version %s is rejected with the file and version", (version) => {
    const file = write(`v${version}.json`, JSON.stringify({ format_version: version, resource_changes: [] }));
    const message = errorOf(() => readPlanFile(file)).message;
    expect(message).toContain(`v${version}.json: plan format_version "${version}" is not supported`);
    expect(message).toContain("format 1.x");
  });

  test("any 1.x format version is accepted", () => {
    expect(parsePlan({ format_version: "1.9", resource_changes: [] }, "x.json").format_version).toBe("1.9");
  });

  test("JSON that is not a plan is rejected", () => {
    expect(errorOf(() => parsePlan([1, 2], "list.json")).message).toBe(
      'list.json: expected a JSON object, found a list; pass the output of "terraform show -json <planfile>"',
    );
    expect(errorOf(() => parsePlan({ hello: 1 }, "obj.json")).message).toContain(
      'obj.json: not a Terraform JSON plan (no "format_version")',
    );
    expect(errorOf(() => parsePlan({ format_version: "1.2" }, "empty.json")).message).toContain(
      'no "planned_values" or "resource_changes"',
    );
  });

  test("a malformed resource change names its index, field and address", () => {
    const rc = {
      address: "auth0_user.alice",
      mode: "managed",
      type: "auth0_user",
      name: "alice",
      provider_name: "p",
      change: { actions: ["explode"] },
    };
    const message = errorOf(() => parsePlan({ format_version: "1.2", resource_changes: [rc] }, "bad.json")).message;
    expect(message).toContain('bad.json: resource_changes[0].change (auth0_user.alice).actions is ["explode"]');
    const noType = { ...rc, type: 7, change: { actions: ["create"] } };
    expect(
      errorOf(() => parsePlan({ format_version: "1.2", resource_changes: [noType] }, "bad.json")).message,
    ).toContain("resource_changes[0].type is a number, expected a non-empty string");
    const badPaths = { ...rc, change: { actions: ["update"], replace_paths: ["strategy"] } };
    expect(
      errorOf(() => parsePlan({ format_version: "1.2", resource_changes: [badPaths] }, "bad.json")).message,
    ).toContain("replace_paths must be a list of paths");
  });

  test("a type error never quotes the offending value", () => {
    const rc = {
      address: "canary-address-secret",
      mode: "managed",
      type: "t",
      name: { secret: "canary-x" },
      provider_name: "p",
      change: { actions: ["create"] },
    };
    const message = errorOf(() => parsePlan({ format_version: "1.2", resource_changes: [rc] }, "bad.json")).message;
    expect(message).toContain("resource_changes[0].name is an object");
    expect(message).not.toContain("canary-x");
  });
});

describe("change kinds", () => {
  test.each([
    [["no-op"], "no-op"],
    [["create"], "create"],
    [["read"], "read"],
    [["update"], "update"],
    [["delete"], "delete"],
    [["delete", "create"], "replace"],
    [["create", "delete"], "replace"],
    [["forget"], "forget"],
  ] as const)("%j is %s", (actions, kind) => {
    expect(changeKind(actions)).toBe(kind);
  });
});
