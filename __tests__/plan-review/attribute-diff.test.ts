import { AttributeDiffInput, diffAttributes } from "../../tools/plan-review/attribute-diff";
import { formatPath } from "../../tools/plan-review/attribute-path";
import { unifiedDiff } from "../../tools/plan-review/diff-render";
import { SecretIndex } from "../../tools/plan-review/secret-index";

function diff(input: Partial<AttributeDiffInput>, secrets = new SecretIndex()) {
  return diffAttributes(
    {
      before: undefined,
      after: undefined,
      beforeSensitive: false,
      afterSensitive: false,
      afterUnknown: false,
      replacePaths: [],
      ...input,
    },
    secrets,
  );
}

describe("attribute paths", () => {
  test("nested blocks, list indexes and map keys read like Terraform's", () => {
    expect(formatPath(["refresh_token", 0, "rotation_type"])).toBe("refresh_token[0].rotation_type");
    expect(formatPath(["client_metadata", "cost.center"])).toBe('client_metadata["cost.center"]');
    expect(formatPath(["tags", "a\nb"])).toBe('tags["a\\nb"]');
    expect(formatPath([])).toBe("(whole value)");
  });
});

describe("attribute diffs", () => {
  test("an update lists only changed leaves, flattening nested blocks", () => {
    const rows = diff({
      before: { name: "a", refresh_token: [{ rotation_type: "non-rotating", leeway: 0 }] },
      after: { name: "a", refresh_token: [{ rotation_type: "rotating", leeway: 0 }] },
    });
    expect(rows).toEqual([
      {
        path: "refresh_token[0].rotation_type",
        before: { kind: "value", value: "non-rotating" },
        after: { kind: "value", value: "rotating" },
        forcesReplacement: false,
      },
    ]);
  });

  test("a list of plain values is one attribute", () => {
    const rows = diff({ before: { callbacks: ["https://a"] }, after: { callbacks: ["https://a", "https://b"] } });
    expect(rows.map((r) => r.path)).toEqual(["callbacks"]);
    expect(rows[0].after).toEqual({ kind: "value", value: ["https://a", "https://b"] });
  });

  test("a long list is shown as a diff of its elements", () => {
    const urls = Array.from({ length: 6 }, (_, i) => `https://dashboard-${i}.example.com/callback`);
    const rows = diff({
      before: { callbacks: urls },
      after: { callbacks: [...urls.slice(0, 3), "https://new.example.com/callback", ...urls.slice(3)] },
    });
    expect(rows[0].diff).toContain('+"https://new.example.com/callback"');
    expect(rows[0].diff).not.toMatch(/^-"https/m);
  });

  test("null and absent are the same: no change", () => {
    expect(diff({ before: { a: null, b: 1 }, after: { b: 1 } })).toEqual([]);
  });

  test("a block added against an empty list is listed element by element", () => {
    const rows = diff({ before: { jwt: [] }, after: { jwt: [{ alg: "RS256" }] } });
    expect(rows).toEqual([
      {
        path: "jwt[0].alg",
        before: { kind: "absent" },
        after: { kind: "value", value: "RS256" },
        forcesReplacement: false,
      },
    ]);
  });

  test("unknown values are '(known after apply)', including keys missing from after", () => {
    const rows = diff({
      before: { id: "x", output: "o" },
      after: { id: "x" },
      afterUnknown: { output: true, extra: true },
    });
    expect(rows.map((r) => [r.path, r.after.kind])).toEqual([
      ["extra", "unknown"],
      ["output", "unknown"],
    ]);
  });

  test("an unknown list element stays unknown while its neighbours are shown", () => {
    const rows = diff({
      before: { roles: ["r1"] },
      after: { roles: ["r1", null] },
      afterUnknown: { roles: [false, true] },
    });
    expect(rows).toEqual([
      { path: "roles[1]", before: { kind: "absent" }, after: { kind: "unknown" }, forcesReplacement: false },
    ]);
  });

  test("sensitive values are hidden, and shown as changed only when they changed", () => {
    const sensitive = { secrets: [{ value: true }] };
    const same = diff({
      before: { secrets: [{ name: "K", value: "canary-1" }] },
      after: { secrets: [{ name: "K", value: "canary-1" }] },
      beforeSensitive: sensitive,
      afterSensitive: sensitive,
    });
    expect(same).toEqual([]);
    const changed = diff({
      before: { secrets: [{ name: "K", value: "canary-1" }] },
      after: { secrets: [{ name: "K", value: "canary-2" }] },
      beforeSensitive: sensitive,
      afterSensitive: sensitive,
    });
    expect(changed).toEqual([
      {
        path: "secrets[0].value",
        before: { kind: "sensitive" },
        after: { kind: "sensitive" },
        forcesReplacement: false,
      },
    ]);
  });

  test("a whole sensitive subtree is one hidden attribute, its structure not revealed", () => {
    const rows = diff({
      before: { cfg: { a: "canary-a", b: "canary-b" } },
      after: { cfg: { a: "canary-c", b: "canary-b" } },
      beforeSensitive: { cfg: true },
      afterSensitive: { cfg: true },
    });
    expect(rows).toEqual([
      { path: "cfg", before: { kind: "sensitive" }, after: { kind: "sensitive" }, forcesReplacement: false },
    ]);
  });

  test("a value flagged elsewhere in the plan is hidden where it appears unflagged", () => {
    const secrets = new SecretIndex();
    secrets.addFlagged({ input: "canary-echoed" }, { input: true });
    const rows = diff(
      { before: { output: "canary-echoed", note: "uses canary-echoed inside" }, after: { output: "x", note: "y" } },
      secrets,
    );
    expect(rows.map((r) => [r.path, r.before])).toEqual([
      ["note", { kind: "value", value: "uses (sensitive) inside" }],
      ["output", { kind: "sensitive" }],
    ]);
  });

  test("replace_paths mark the attributes that force replacement", () => {
    const rows = diff({
      before: { strategy: "auth0", name: "a" },
      after: { strategy: "google", name: "b" },
      replacePaths: [["strategy"]],
    });
    expect(rows.map((r) => [r.path, r.forcesReplacement])).toEqual([
      ["name", false],
      ["strategy", true],
    ]);
  });

  test("multi-line strings get a unified diff", () => {
    const rows = diff({ before: { code: "a\nb\nc\n" }, after: { code: "a\nB\nc\n" } });
    expect(rows[0].diff).toBe(
      ["--- code (before)", "+++ code (after)", "@@ -1,3 +1,3 @@", " a", "-b", "+B", " c"].join("\n"),
    );
  });

  test("a created resource lists every set attribute", () => {
    const rows = diff({
      after: { name: "n", unset: null, block: [{ x: 1 }] },
      afterUnknown: { id: true, block: [{}] },
    });
    expect(rows.map((r) => r.path)).toEqual(["block[0].x", "id", "name"]);
  });
});

describe("unified diffs", () => {
  test("JSON documents are pretty-printed so the changed key shows", () => {
    const text = unifiedDiff("app_metadata", '{"roles":["ml-viewer"]}', '{"roles":["ml-viewer","ml-admin"]}');
    expect(text).toContain('-    "ml-viewer"');
    expect(text).toContain('+    "ml-viewer",');
    expect(text).toContain('+    "ml-admin"');
  });

  test("a string created from nothing starts at line 0", () => {
    expect(unifiedDiff("code", "", "x\ny\n")).toContain("@@ -0,0 +1,2 @@");
  });
});
