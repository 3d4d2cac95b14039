import { TrainingRun, TrainingRunSet } from "../../dashboard/data/training-runs";
import { adminPanel, promotionCandidate } from "../../dashboard/views/admin-panel";
import { loginDeniedPage, loginFailedPage, noAccessPage, serverErrorPage } from "../../dashboard/views/error-pages";
import { duration, percent, utcTimestamp } from "../../dashboard/views/format";
import { escapeHtml, html } from "../../dashboard/views/html";
import { accuracyAxisFloor, metricsChart } from "../../dashboard/views/metrics-chart";
import { metricsPage } from "../../dashboard/views/metrics-page";
import { metricsTable } from "../../dashboard/views/metrics-table";

const XSS = `<script>alert("x")</script>&'`;
const ESCAPED_XSS = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;";

function run(overrides: Partial<TrainingRun> = {}): TrainingRun {
  return {
    runId: "run-1",
    model: "roberta-base",
    dataset: "tickets-v4",
    epochs: 4,
    accuracy: 0.912,
    loss: 0.304,
    f1: 0.905,
    durationSeconds: 16125,
    startedAt: "2024-09-12T05:58:09Z",
    status: "completed",
    ...overrides,
  };
}

const runs = [
  run({ runId: "a", accuracy: 0.64, status: "failed" }),
  run({ runId: "b", accuracy: 0.93 }),
  run({ runId: "c", accuracy: 0.89, status: "running" }),
];
const runSet: TrainingRunSet = { project: "support-ticket-classifier", description: "Validation metrics.", runs };
const policy = { viewerRoles: ["ml-viewer"], adminRoles: ["ml-admin"] };
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("html templates", () => {
  test("escape every interpolated value, in text and in attributes", () => {
    expect(html`<p title="${XSS}">${XSS}</p>`.toString()).toBe(`<p title="${ESCAPED_XSS}">${ESCAPED_XSS}</p>`);
  });

  test("nest without double escaping, join lists, and skip null, undefined and false", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`${inner}${["<", html`<br>`]}${null}${undefined}${false}${0}`.toString()).toBe(
      "<b>&lt;i&gt;</b>&lt;<br>0",
    );
  });

  test("escapeHtml covers the five characters that matter", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

describe("formatting", () => {
  test("percent, duration and UTC timestamps", () => {
    expect(percent(0.9123)).toBe("91.2%");
    expect(duration(16125)).toBe("4h 28m");
    expect(duration(312)).toBe("5m 12s");
    expect(utcTimestamp("2024-09-02T08:14:05Z")).toBe("2024-09-02 08:14 UTC");
  });
});

describe("metrics chart", () => {
  test("draws one bar per run, numbered and labelled like the table", () => {
    const svg = metricsChart(runs).toString();
    expect(svg).toContain('data-testid="metrics-chart"');
    expect(count(svg, 'data-testid="chart-bar"')).toBe(3);
    expect(count(svg, "<rect ")).toBe(3);
    expect(svg).toContain('class="bar-failed"');
    expect(svg).toContain('class="bar-running"');
    expect(svg).toContain(">#3</text>");
    expect(svg).not.toContain("<script");
  });

  test("taller bars for better runs", () => {
    const svg = metricsChart(runs).toString();
    const heights = [...svg.matchAll(/height="([\d.]+)"><title>/g)].map((m) => Number(m[1]));
    expect(heights[1]).toBeGreaterThan(heights[2]);
    expect(heights[2]).toBeGreaterThan(heights[0]);
  });

  test("the axis starts a tenth below the worst run, so that small differences stay visible", () => {
    expect(accuracyAxisFloor(runs)).toBe(0.6);
    expect(accuracyAxisFloor([run({ accuracy: 0.9 })])).toBe(0.8);
    expect(accuracyAxisFloor([run({ accuracy: 0.05 })])).toBe(0);
    expect(accuracyAxisFloor([run({ accuracy: 1 })])).toBe(0.9);
  });

  test("escapes run ids and models in labels and attributes", () => {
    const svg = metricsChart([run({ runId: XSS, model: XSS })]).toString();
    expect(svg).not.toContain("<script>");
    expect(svg).toContain(`data-run-id="${ESCAPED_XSS}"`);
  });
});

describe("metrics table", () => {
  test("one row per run with its metrics", () => {
    const table = metricsTable(runs).toString();
    expect(table).toContain('data-testid="metrics-table"');
    expect(count(table, "<tr data-run-id=")).toBe(3);
    expect(table).toContain("<td>2024-09-12 05:58 UTC</td>");
    expect(table).toContain('<span class="status status-failed">failed</span>');
  });

  test("escapes an XSS-ish run name, model and dataset", () => {
    const table = metricsTable([run({ runId: XSS, model: XSS, dataset: XSS })]).toString();
    expect(table).not.toContain("<script>");
    expect(count(table, ESCAPED_XSS)).toBe(4);
  });
});

describe("metrics page", () => {
  const user = { email: "bob@example.com", roles: ["ml-viewer"] };

  test("a viewer gets the chart, the table, their email and roles, a logout link, and no admin panel", () => {
    const page = metricsPage({ user, runSet }).toString();
    expect(page).toMatch(/^<!doctype html>/);
    for (const testId of ["metrics-chart", "metrics-table", "user-email", "logout"])
      expect(page).toContain(`data-testid="${testId}"`);
    expect(page).toContain('<span data-testid="user-email">bob@example.com</span>');
    expect(page).toContain('<a href="/logout" data-testid="logout">Log out</a>');
    expect(page).not.toContain("admin-panel");
    expect(page).not.toContain("Admin panel");
  });

  test("an admin also gets the admin panel", () => {
    const page = metricsPage({
      user: { ...user, roles: ["ml-admin"] },
      runSet,
      admin: { policy, rolesClaim: "https://ml.example.com/roles" },
    }).toString();
    expect(page).toContain('data-testid="admin-panel"');
    expect(page).toContain('<h2 id="admin-panel-heading">Admin panel</h2>');
  });

  test("loads nothing from other origins and runs no script", () => {
    const page = metricsPage({ user, runSet, admin: { policy, rolesClaim: "x" } }).toString();
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|https?:\/\/(?!www\.w3\.org)/);
  });

  test("escapes the user's email and roles, and the data set's texts", () => {
    const page = metricsPage({
      user: { email: XSS, roles: [XSS] },
      runSet: { ...runSet, project: XSS, description: XSS },
    }).toString();
    expect(page).not.toContain("<script>");
    expect(count(page, ESCAPED_XSS)).toBeGreaterThanOrEqual(4);
  });
});

describe("admin panel", () => {
  test("names the best completed run as the promotion candidate and lists failed runs", () => {
    expect(promotionCandidate(runs)?.runId).toBe("b");
    const panel = adminPanel({ runs, policy, rolesClaim: "https://ml.example.com/roles" }).toString();
    expect(panel).toContain('data-testid="promotion-candidate"');
    expect(panel).toContain("<code>a</code> (roberta-base) failed after 4 epochs");
    expect(panel).toContain("<code>https://ml.example.com/roles</code>");
  });

  test("copes with no completed runs", () => {
    expect(promotionCandidate([run({ status: "running" })])).toBeUndefined();
    expect(adminPanel({ runs: [run({ status: "running" })], policy, rolesClaim: "x" }).toString()).toContain(
      "No completed run yet.",
    );
  });
});

describe("error pages", () => {
  test("a denied login is an 'Access denied' page with the escaped reason and a way to switch user", () => {
    const page = loginDeniedPage(`You need one of the roles ml-viewer to use <img src=x onerror=alert(1)>.`).toString();
    expect(page).toContain('data-testid="access-denied"');
    expect(page).toContain("<h1>Access denied</h1>");
    expect(page).toContain("You need one of the roles ml-viewer to use &lt;img src=x onerror=alert(1)&gt;.");
    expect(page).not.toContain("<img");
    expect(page).toContain('<a href="/logout" data-testid="switch-user">Log in as someone else</a>');
  });

  test("a denied login without a reason still explains itself", () => {
    const page = loginDeniedPage(undefined).toString();
    expect(page).toContain("Your sign-in was refused");
    expect(page).not.toContain("denial-reason");
  });

  test("a signed-in user without a role learns which roles would do, and why their roles were not read", () => {
    const page = noAccessPage({
      user: { email: "carol@example.com", roles: [] },
      acceptedRoles: ["ml-viewer", "ml-admin"],
      claimProblem: `The ID token has no ${XSS} claim.`,
    }).toString();
    expect(page).toContain('data-testid="access-denied"');
    expect(page).toContain("You don't have access to this dashboard");
    expect(page).toContain("<code>ml-viewer, ml-admin</code>. Your roles: none.");
    expect(page).toContain(ESCAPED_XSS);
    expect(page).toContain('data-testid="user-email">carol@example.com');
  });

  test("a failed login shows the escaped error and a retry link", () => {
    const page = loginFailedPage("invalid_request", XSS).toString();
    expect(page).toContain("<code>invalid_request</code>");
    expect(page).toContain(ESCAPED_XSS);
    expect(page).toContain('<a href="/login" data-testid="retry-login">Try again</a>');
  });

  test("the server error page reveals nothing", () => {
    const page = serverErrorPage().toString();
    expect(page).toContain("Something went wrong");
    expect(page).not.toMatch(/Error:|at .*\(|node_modules/);
  });
});
