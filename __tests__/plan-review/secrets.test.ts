import * as fs from "node:fs";
import fc from "fast-check";
import {
  buildReview,
  firstApplyPlan,
  renderJson,
  renderMarkdown,
  ResourceChange,
  TerraformPlan,
} from "../../tools/plan-review";
import { SecretIndex } from "../../tools/plan-review/secret-index";
import { fixture, plantedCanaries, reviewFixtures } from "./helpers";
import { parseJsonObject } from "../json";

const ALL_FIXTURES = [
  "ml-dashboard-auth-dev.plan.json",
  "ml-dashboard-auth-staging.plan.json",
  "ml-dashboard-auth-prod.plan.json",
  "ml-dashboard-auth-qa.plan.json",
  "foreign.plan.json",
];

describe("secrets are never printed", () => {
  const canaries = plantedCanaries();

  test("the fixtures plant canaries in every kind of sensitive field", () => {
    // Passwords, client secrets, Action secrets (nested set), multi-line rule config,
    // whole-object sensitivity, sensitive outputs, and Terraform's plain-text `variables`.
    expect(canaries.length).toBeGreaterThanOrEqual(15);
  });

  test.each([["markdown"], ["json"]])("no canary appears in the %s review of any fixture", (format) => {
    const review = reviewFixtures(ALL_FIXTURES);
    const text = format === "json" ? renderJson(review) : renderMarkdown(review, { maxChars: 0 });
    expect(text).toContain(format === "json" ? '"kind": "sensitive"' : "(sensitive)");
    for (const canary of canaries) expect(text).not.toContain(canary);
  });

  test("no canary appears in the first-apply review of the example stack", () => {
    const stack = parseJsonObject(fs.readFileSync(fixture("stacks/ml-dashboard-auth-dev/cdk.tf.json"), "utf8"));
    const review = buildReview([{ stack: "dev", file: "cdk.tf.json", plan: firstApplyPlan(stack, "dev") }]);
    for (const text of [renderMarkdown(review, { maxChars: 0 }), renderJson(review)]) {
      for (const canary of canaries) expect(text).not.toContain(canary);
    }
  });

  test("a sensitive multi-line string gets no unified diff", () => {
    const review = reviewFixtures(["ml-dashboard-auth-dev.plan.json"]);
    const ruleConfig = review.stacks[0].resources.find((r) => r.address === "auth0_rule_config.claim_namespace")!;
    expect(ruleConfig.attributes).toEqual([
      { path: "value", before: { kind: "sensitive" }, after: { kind: "sensitive" }, forcesReplacement: false },
    ]);
  });

  test("a secret echoed inside Action code is cut out of the unified diff", () => {
    const secret = "canary-echo-in-code-123";
    const action = (code: string, value: string): ResourceChange["change"]["after"] => ({
      code,
      secrets: [{ name: "K", value }],
    });
    const plan: TerraformPlan = {
      format_version: "1.2",
      resource_changes: [
        {
          address: "auth0_action.a",
          mode: "managed",
          type: "auth0_action",
          name: "a",
          provider_name: "p",
          change: {
            actions: ["update"],
            before: action(`const key = "${secret}";\nline2\n`, secret),
            after: action(`const key = "${secret}";\nline2 changed\n`, secret),
            after_unknown: {},
            before_sensitive: { secrets: [{ value: true }] },
            after_sensitive: { secrets: [{ value: true }] },
          },
        },
      ],
    };
    const review = buildReview([{ stack: "s", file: "s.json", plan }]);
    const markdown = renderMarkdown(review);
    expect(markdown).toContain('const key = "(sensitive)";');
    expect(markdown).toContain("+line2 changed");
    expect(markdown + renderJson(review)).not.toContain(secret);
  });
});

describe("secret index", () => {
  test("finds flagged values anywhere in a longer text, however many there are", () => {
    const index = new SecretIndex();
    for (let i = 0; i < 5000; i++) index.addFlagged({ p: `canary-${i}-pw` }, { p: true });
    expect(index.scrub("a canary-42-pw and canary-4999-pw")).toBe("a (sensitive) and (sensitive)");
    expect(index.scrub("canary-7-p")).toBe("canary-7-p");
  });

  test("prefers the longest secret when one starts another", () => {
    const index = new SecretIndex();
    index.addAllStrings(["abcdef", "abcdefgh"]);
    expect(index.scrub("xabcdefghx")).toBe("x(sensitive)x");
  });

  test("values shorter than 6 characters are hidden only where flagged", () => {
    const index = new SecretIndex();
    index.addAllStrings("abc");
    expect(index.size).toBe(0);
  });

  test("hides exactly what a plain scan for the longest secret at each position hides", () => {
    // Few letters, so that secrets share prefixes, overlap and nest, and texts hold them often.
    const word = (min: number, max: number) =>
      fc.array(fc.constantFrom("a", "b", "c"), { minLength: min, maxLength: max }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(word(6, 12), { maxLength: 8 }), word(0, 60), (secrets, text) => {
        const index = new SecretIndex();
        index.addAllStrings(secrets);
        expect(index.scrub(text)).toBe(plainScrub(secrets, text));
      }),
      { numRuns: 500 },
    );
  });
});

/** The specification of SecretIndex.scrub: at each position, the longest secret there is replaced. */
function plainScrub(secrets: readonly string[], text: string): string {
  if (secrets.includes(text)) return "(sensitive)";
  const longestFirst = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  let out = "";
  for (let i = 0; i < text.length;) {
    const match = longestFirst.find((secret) => text.startsWith(secret, i));
    if (match === undefined) out += text[i++];
    else {
      out += "(sensitive)";
      i += match.length;
    }
  }
  return out;
}

/**
 * Random plans: values are random trees; some leaves are secrets, flagged sensitive where they
 * are planted and echoed unflagged (whole or inside longer text) elsewhere. No review may
 * contain a secret, whatever the shape.
 */
describe("property: no secret is ever printed", () => {
  // Simple arbitraries on purpose: regex-based ones make generation, not the review, the cost.
  const secretArb = fc.integer({ min: 0, max: 2 ** 40 }).map((n) => `zqxsecret-${n.toString(36)}`);
  type Marked = { value: unknown; marks: unknown };

  function treeArb(pool: readonly string[]): fc.Arbitrary<Marked> {
    const secret = fc.constantFrom(...pool);
    const plainLeaf = fc
      .oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null))
      .map((value) => ({ value, marks: false }));
    const secretLeaf = fc.oneof(
      secret.map((s) => ({ value: s, marks: true })),
      secret.map((s) => ({ value: `line 1\n${s}\nline 3`, marks: true })),
    );
    const echoLeaf = fc.oneof(
      secret.map((s) => ({ value: s, marks: false })),
      secret.map((s) => ({ value: `uses ${s} here`, marks: false })),
      secret.map((s) => ({ value: `${"x".repeat(130)}\n${s}\n`, marks: false })),
    );
    const { node } = fc.letrec<{ node: Marked }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        plainLeaf,
        secretLeaf,
        echoLeaf,
        fc
          .array(tie("node"), { maxLength: 4 })
          .map((items) => ({ value: items.map((i) => i.value), marks: items.map((i) => i.marks) })),
        fc
          .dictionary(fc.constantFrom("name", "value", "secrets", "options", "a_b", "x"), tie("node"), { maxKeys: 4 })
          .map((entries) => ({
            value: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.value])),
            marks: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.marks])),
          })),
        secretLeaf.map((leaf) => ({ value: { whole: leaf.value, other: "x" }, marks: true })),
      ),
    }));
    return node;
  }

  const actionsArb = fc.constantFrom<ResourceChange["change"]["actions"]>(
    ["update"],
    ["create"],
    ["delete"],
    ["delete", "create"],
    ["create", "delete"],
    ["no-op"],
  );

  const planArb = fc.uniqueArray(secretArb, { minLength: 1, maxLength: 4 }).chain((pool) =>
    fc
      .array(
        fc.record({
          before: treeArb(pool),
          after: treeArb(pool),
          actions: actionsArb,
          type: fc.constantFrom("auth0_client", "auth0_user", "auth0_action", "x_thing"),
        }),
        {
          minLength: 1,
          maxLength: 5,
        },
      )
      .map((resources) => ({ pool, resources })),
  );

  test("for random plan trees, neither Markdown nor JSON contains a flagged value", () => {
    fc.assert(
      fc.property(planArb, ({ pool, resources }) => {
        const changes: ResourceChange[] = resources.map((r, i) => ({
          address: `${r.type}.r${i}`,
          mode: "managed",
          type: r.type,
          name: `r${i}`,
          provider_name: "p",
          change: {
            actions: r.actions,
            before: r.actions[0] === "create" && r.actions.length === 1 ? null : { attr: r.before.value },
            after: r.actions[0] === "delete" && r.actions.length === 1 ? null : { attr: r.after.value },
            after_unknown: {},
            before_sensitive: { attr: r.before.marks },
            after_sensitive: { attr: r.after.marks },
          },
        }));
        // Every secret is flagged at least once, as Terraform would flag a sensitive variable.
        changes.push({
          address: "auth0_user.holder",
          mode: "managed",
          type: "auth0_user",
          name: "holder",
          provider_name: "p",
          change: {
            actions: ["no-op"],
            before: { password: pool },
            after: { password: pool },
            after_unknown: {},
            before_sensitive: { password: true },
            after_sensitive: { password: true },
          },
        });
        const review = buildReview([
          { stack: "prop", file: "prop.json", plan: { format_version: "1.2", resource_changes: changes } },
        ]);
        const text = renderMarkdown(review, { maxChars: 0 }) + renderJson(review);
        for (const secret of pool) {
          if (text.includes(secret)) throw new Error(`secret ${secret} was printed`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
