import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildReview, ResourceChange, TerraformPlan } from "../../tools/plan-review";
import { driftStatus } from "../../tools/plan-review/drift-status";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { renderJson } from "../../tools/plan-review/json-format";
import { renderMarkdown } from "../../tools/plan-review/markdown";
import { placeholderOnlyPaths } from "../../tools/plan-review/placeholder-changes";
import { placeholderPassword } from "../../tools/deploy/placeholder-passwords";

/**
 * A pull-request or drift plan is made with plan-only placeholders for every secret variable. A
 * federated connection's upstream client secret is one, and its real value is in the state, so
 * such a plan shows an update of options.client_secret that the deploy plan never shows. The
 * review says so instead of hiding it (ignore_changes would stop the secret from ever rotating).
 */

const REAL_SECRET = "real-upstream-secret-in-state-0123456789";

function connection(secret: string, extra: Record<string, unknown> = {}) {
  return {
    id: "con_corp0001",
    name: "corp-sso",
    strategy: "oidc",
    options: [{ client_id: "ml-dashboards", client_secret: secret, issuer: "https://sso.example.com/", ...extra }],
  };
}

function update(before: unknown, after: unknown): ResourceChange {
  return {
    address: "auth0_connection.corp",
    mode: "managed",
    type: "auth0_connection",
    name: "corp",
    provider_name: "registry.terraform.io/auth0/auth0",
    change: {
      actions: ["update"],
      before,
      after,
      after_unknown: {},
      before_sensitive: { options: [{ client_secret: true }] },
      after_sensitive: { options: [{ client_secret: true }] },
    },
  };
}

const plan = (...changes: ResourceChange[]): TerraformPlan => ({ format_version: "1.2", resource_changes: changes });
const review = (change: ResourceChange) =>
  buildReview([{ stack: "dev-sso", file: "dev-sso.json", plan: plan(change) }]);

describe("placeholder secrets in pull-request and drift plans", () => {
  test("an update that only swaps the real client secret for a placeholder is marked, with its path", () => {
    const placeholder = placeholderPassword();
    const resource = review(update(connection(REAL_SECRET), connection(placeholder))).stacks[0].resources[0];
    expect(resource.placeholderOnly).toEqual(["options[0].client_secret"]);
  });

  test("the Markdown and JSON reviews say it is not a real change, and show neither value", () => {
    const placeholder = placeholderPassword();
    const built = review(update(connection(REAL_SECRET), connection(placeholder)));
    const markdown = renderMarkdown(built);
    expect(markdown).toContain("placeholder secret, not a real change");
    expect(markdown).toContain("`options[0].client_secret`");
    const json = renderJson(built);
    expect(json).toContain('"placeholderOnly": [\n            "options[0].client_secret"');
    for (const text of [markdown, json]) {
      expect(text).not.toContain(REAL_SECRET);
      expect(text).not.toContain(placeholder);
    }
  });

  test("a real change next to the placeholder is not marked", () => {
    const changed = review(
      update(connection(REAL_SECRET), connection(placeholderPassword(), { issuer: "https://sso2.example.com/" })),
    );
    expect(changed.stacks[0].resources[0].placeholderOnly).toBeUndefined();
    expect(renderMarkdown(changed)).not.toContain("not a real change");
  });

  test("the detection: only changed leaves count, every one must be a placeholder", () => {
    const p = placeholderPassword();
    expect(placeholderOnlyPaths({ a: [{ s: "x", k: 1 }] }, { a: [{ s: p, k: 1 }] })).toEqual(["a[0].s"]);
    expect(placeholderOnlyPaths({ a: "x" }, { a: "x" })).toBeUndefined();
    expect(placeholderOnlyPaths({ a: "x", b: 1 }, { a: p, b: 2 })).toBeUndefined();
    expect(placeholderOnlyPaths({ a: "x" }, { a: "plan-only-but-not-the-prefix" })).toBeUndefined();
  });
});

describe("drift status (drift.yml)", () => {
  const dir = tempDir("drift-status");
  /** Runs the command drift.yml runs on a plan JSON file. */
  function run(p: TerraformPlan) {
    const file = path.join(dir, `p${Math.random().toString(36).slice(2)}.plan.json`);
    fs.writeFileSync(file, JSON.stringify(p));
    return spawnSync(process.execPath, ["scripts/run-ts.js", "tools/plan-review/drift-status-cli.ts", file], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
  }

  test("an update made only of a placeholder secret is not drift; a real change or an import is", () => {
    const placeholderOnly = update(connection(REAL_SECRET), connection(placeholderPassword()));
    expect(driftStatus(plan(placeholderOnly))).toBe(0);
    expect(
      driftStatus(plan(update(connection(REAL_SECRET), connection(REAL_SECRET, { issuer: "https://x.example.com/" })))),
    ).toBe(2);
    const imported = update(connection(REAL_SECRET), connection(REAL_SECRET));
    expect(
      driftStatus(
        plan({ ...imported, change: { ...imported.change, actions: ["no-op"], importing: { id: "con_corp0001" } } }),
      ),
    ).toBe(2);
    expect(driftStatus(plan())).toBe(0);
  });

  test("the workflow's command prints 0 or 2, and refuses a file that is not a plan without a stack trace", () => {
    expect(run(plan(update(connection(REAL_SECRET), connection(placeholderPassword()))))).toMatchObject({
      status: 0,
      stdout: "0\n",
    });
    expect(run(plan(update(connection("a"), connection("b"))))).toMatchObject({ status: 0, stdout: "2\n" });
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, "[]");
    const refused = spawnSync(process.execPath, ["scripts/run-ts.js", "tools/plan-review/drift-status-cli.ts", bad], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^drift-status: /);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
  });
});
