import { html, HtmlValue, SafeHtml } from "./html";

/** The signed-in user, as the header shows them. */
export interface HeaderUser {
  readonly email: string;
  readonly roles: readonly string[];
}

export interface PageOptions {
  readonly title: string;
  /** Shown in the header with a logout link; omitted on pages for users who are not signed in. */
  readonly user?: HeaderUser;
  readonly body: HtmlValue;
}

// Inline so that the page needs no second request and no external host (CSP: style-src 'self' 'unsafe-inline').
const STYLES = html`<style>
  :root { color-scheme: light; --ink: #1d2433; --muted: #5b6578; --line: #dde2ea; --accent: #2f5fd0;
          --ok: #2f8f5b; --warn: #c27c0e; --bad: #c23b3b; --panel: #f6f8fb; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
  header { display: flex; align-items: center; gap: 1rem; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); }
  header .brand { font-weight: 600; margin-right: auto; }
  header .roles { color: var(--muted); font-size: .85rem; }
  main { max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
  a { color: var(--accent); }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; }
  .lead { color: var(--muted); margin: 0 0 1rem; }
  .table-scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
  th, td { padding: .4rem .5rem; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
  td.num, th.num { text-align: right; }
  .status { font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
  .status-completed { color: var(--ok); } .status-running { color: var(--warn); } .status-failed { color: var(--bad); }
  figure { margin: 0; } figcaption { color: var(--muted); font-size: .85rem; }
  svg.chart { width: 100%; height: auto; max-width: 60rem; }
  svg.chart text { font: 11px system-ui, sans-serif; fill: var(--muted); }
  svg.chart .grid { stroke: var(--line); }
  svg.chart .bar-completed { fill: var(--accent); } svg.chart .bar-running { fill: var(--warn); } svg.chart .bar-failed { fill: var(--bad); }
  .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin-top: 2rem; }
  .panel h2 { margin-top: 0; }
  .message { max-width: 40rem; margin: 3rem auto; }
  .message .detail { background: var(--panel); border-left: 3px solid var(--bad); padding: .5rem .75rem; }
  code { font-size: .9em; }
</style>`;

/** A complete HTML document. */
export function page(options: PageOptions): SafeHtml {
  const { title, user, body } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ML dashboard</title>
<link rel="icon" href="data:,">
${STYLES}
</head>
<body>
<header>
  <span class="brand">ML dashboard</span>
  ${user && userBadge(user)}
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function userBadge(user: HeaderUser): SafeHtml {
  return html`<span data-testid="user-email">${user.email}</span>
  <span class="roles" data-testid="user-roles">${user.roles.length > 0 ? user.roles.join(", ") : "no roles"}</span>
  <a href="/logout" data-testid="logout">Log out</a>`;
}
