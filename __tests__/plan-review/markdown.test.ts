import { buildReview, renderJson, renderMarkdown, REVIEW_MARKER, TerraformPlan } from "../../tools/plan-review";
import { escapeText, fencedBlock, inlineCode } from "../../tools/plan-review/markdown-text";
import { reviewFixtures } from "./helpers";
import { parseJsonObject, at, arrayAt } from "../json";

const DEV = "ml-dashboard-auth-dev.plan.json";
const STAGING = "ml-dashboard-auth-staging.plan.json";
const PROD = "ml-dashboard-auth-prod.plan.json";
const QA = "ml-dashboard-auth-qa.plan.json";
const FOREIGN = "foreign.plan.json";

describe("Markdown review snapshots", () => {
  test.each([
    ["updates, sensitive values, nested blocks, a read and drift", [DEV]],
    ["replacements both ways and deletes", [STAGING]],
    ["a plan with zero changes", [PROD]],
    ["a first apply with unknown values", [QA]],
    ["a plan this project did not produce: modules, import, moved, forget, deposed", [FOREIGN]],
    ["a multi-stack review", [DEV, PROD]],
  ])("%s", (_name, files) => {
    expect(renderMarkdown(reviewFixtures(files))).toMatchSnapshot();
  });

  test("an approved review prints the reason instead of failing", () => {
    const markdown = renderMarkdown(
      reviewFixtures([STAGING], { allowDanger: "retiring the *staging* tenant | ticket <OPS-12>" }),
    );
    expect(markdown).toContain("**Danger approved:** retiring the \\*staging\\* tenant \\| ticket &lt;OPS-12\\>");
    expect(markdown).not.toContain("Not approved");
  });
});

describe("Markdown structure", () => {
  const markdown = renderMarkdown(reviewFixtures([DEV, PROD]));

  test("starts with the marker the workflow finds its comment by", () => {
    expect(markdown.startsWith(`${REVIEW_MARKER}\n`)).toBe(true);
  });

  test("has a header line per stack with the counts", () => {
    expect(markdown).toContain(
      "- **`ml-dashboard-auth-dev`**: 1 to add, 8 to change, 0 to replace, 0 to destroy, 3 no-op, 1 to read",
    );
    expect(markdown).toContain("- **`ml-dashboard-auth-prod`**: no changes (3 no-op)");
  });

  test("puts the Danger section before any resource", () => {
    expect(markdown.indexOf("### Danger (7)")).toBeGreaterThan(0);
    expect(markdown.indexOf("### Danger (7)")).toBeLessThan(markdown.indexOf("### Changes in"));
  });

  test("says so when there is no danger", () => {
    expect(renderMarkdown(reviewFixtures([PROD]))).toContain("### Danger\n\nNo danger found.");
  });

  test("escapes pipes and backticks from values inside tables", () => {
    const foreign = renderMarkdown(reviewFixtures([FOREIGN]));
    expect(foreign).not.toMatch(/\| `[^`|]*[^\\]\|[^`]*` \|/); // no unescaped pipe inside a code cell
    const plan: TerraformPlan = {
      format_version: "1.2",
      resource_changes: [
        {
          address: "auth0_client.c",
          mode: "managed",
          type: "auth0_client",
          name: "c",
          provider_name: "p",
          change: {
            actions: ["update"],
            before: { description: "a | `b`" },
            after: { description: "c ``` d" },
            after_unknown: {},
            before_sensitive: {},
            after_sensitive: {},
          },
        },
      ],
    };
    const text = renderMarkdown(buildReview([{ stack: "s", file: "s.json", plan }]));
    expect(text).toContain('| `description` | ``"a \\| `b`"`` | ````"c ``` d"```` |');
  });

  test("is deterministic", () => {
    expect(renderMarkdown(reviewFixtures([DEV, PROD]))).toBe(markdown);
  });
});

describe("size cap for pull request comments", () => {
  /** A plan with many changed users and one deleted connection. */
  function bigPlan(users: number): TerraformPlan {
    const resource_changes: NonNullable<TerraformPlan["resource_changes"]>[number][] = [
      {
        address: "auth0_connection.database",
        mode: "managed",
        type: "auth0_connection",
        name: "database",
        provider_name: "p",
        change: {
          actions: ["delete"],
          before: { id: "con" },
          after: null,
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: false,
        },
      },
    ];
    for (let i = 0; i < users; i++) {
      resource_changes.push({
        address: `auth0_user.u${String(i).padStart(5, "0")}`,
        mode: "managed",
        type: "auth0_user",
        name: `u${i}`,
        provider_name: "p",
        change: {
          actions: ["update"],
          before: { nickname: `old-${i}`, email: `u${i}@example.com` },
          after: { nickname: `new-${i}`, email: `u${i}@example.com` },
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      });
    }
    return { format_version: "1.2", resource_changes };
  }

  test("truncates the resource section with a note, keeping the Danger section whole", () => {
    const review = buildReview([{ stack: "big", file: "big.json", plan: bigPlan(3000) }]);
    const text = renderMarkdown(review, { maxChars: 20_000 });
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain("### Danger (1)");
    expect(text).toContain("`auth0_connection.database`. Deleting a connection deletes every user stored in it.");
    expect(text).toMatch(
      /\*\*Review truncated\*\* to fit a pull request comment: \d+ of 3001 changed resources are not shown/,
    );
  });

  test("the default cap fits GitHub's 65,536-character comment limit", () => {
    const text = renderMarkdown(buildReview([{ stack: "big", file: "big.json", plan: bigPlan(5000) }]));
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain("Review truncated");
  });

  test("with no cap everything is shown", () => {
    const text = renderMarkdown(buildReview([{ stack: "big", file: "big.json", plan: bigPlan(500) }]), { maxChars: 0 });
    expect(text).not.toContain("Review truncated");
    expect(text).toContain("`auth0_user.u00499`");
  });

  test("a Danger section too long for a comment is cut with a note, never silently", () => {
    const plan = bigPlan(0);
    const deletes = Array.from({ length: 2000 }, (_, i) => ({
      ...plan.resource_changes![0],
      address: `auth0_user.gone${i}`,
      type: "auth0_user",
      name: `gone${i}`,
    }));
    const text = renderMarkdown(
      buildReview([{ stack: "big", file: "big.json", plan: { format_version: "1.2", resource_changes: deletes } }]),
    );
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toMatch(/- … and \d+ more dangers, not shown/);
  });
});

describe("JSON review", () => {
  test("has the same content in a stable schema", () => {
    expect(renderJson(reviewFixtures([STAGING]))).toMatchSnapshot();
  });

  test("is never truncated", () => {
    const review = reviewFixtures([DEV, PROD]);
    const json = parseJsonObject(renderJson(review));
    expect(at(json, "schema")).toBe("ml-dashboard-auth/plan-review/v1");
    expect(at(json, "danger")).toMatchObject({ found: true, approved: false, approvalReason: null });
    expect(at(json, "danger", "items")).toHaveLength(review.dangers.length);
    expect(arrayAt(json, "stacks").map((s) => [at(s, "name"), arrayAt(s, "resources").length])).toEqual([
      ["ml-dashboard-auth-dev", 10],
      ["ml-dashboard-auth-prod", 0],
    ]);
  });
});

describe("Markdown escaping helpers", () => {
  test("inline code survives any backticks", () => {
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`x`")).toBe("`` `x` ``");
    expect(inlineCode("a|b", true)).toBe("`a\\|b`");
  });

  test("fenced blocks cannot be closed by their content", () => {
    expect(fencedBlock("```\nx", "diff")).toBe("````diff\n```\nx\n````");
  });

  test("text cannot inject markup", () => {
    expect(escapeText("<details> [x](y) *a* disable_signup _b_\nnext")).toBe(
      "&lt;details\\> \\[x\\](y) \\*a\\* disable_signup \\_b\\_ next",
    );
  });
});
