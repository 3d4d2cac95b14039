/**
 * Markdown escaping for values that come from a plan or a user: they must show as written and
 * never turn into markup (a `|` breaking a table, a `<details>` or link injected by a value).
 */

/**
 * Plain text within a line: characters that could start markup are backslash-escaped (an
 * underscore only where it could start emphasis, not inside a word like `disable_signup`),
 * HTML is neutralized, and line breaks become spaces.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*[\]|~>]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
}

/**
 * An inline code span holding `text` exactly. In a table cell (`inTable`) pipes are escaped,
 * as GitHub requires even inside code. Line breaks must be gone before (values are JSON-quoted).
 */
export function inlineCode(text: string, inTable = false): string {
  const oneLine = text.replace(/\r?\n|\r/g, " ");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") || oneLine === "" ? " " : "";
  const body = inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/** A fenced code block that `content` cannot close early, whatever backticks it holds. */
export function fencedBlock(content: string, language: string): string {
  const longestRun = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

/** A value cut to `max` characters, saying how long it was. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}… (${text.length} chars)`;
}
