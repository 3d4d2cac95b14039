import { AttributeChange, ShownValue } from "./attribute-diff";
import { Danger } from "./danger-model";
import { escapeText, fencedBlock, inlineCode, truncate } from "./markdown-text";
import { ChangeKind } from "./plan-model";
import { OutputReview, ResourceReview, Review, StackReview } from "./review-model";

/** Marks the review's pull request comment, so the workflow updates it instead of adding one. */
export const REVIEW_MARKER = "<!-- ml-dashboard-auth-plan-review -->";

/** GitHub rejects comments over 65,536 characters; this leaves room for the workflow's footer. */
export const DEFAULT_MAX_CHARS = 60_000;

/** Longest value shown in a table cell; longer strings get a unified diff instead. */
const MAX_CELL_CHARS = 100;
/** Longest unified diff shown for one attribute. */
const MAX_DIFF_LINES = 200;

export interface MarkdownOptions {
  /** Cap on the review's length; 0 for none. The Danger section is always kept whole if it fits. */
  readonly maxChars?: number;
}

/**
 * Renders a review as GitHub-flavoured Markdown: counts per stack, the Danger section, then
 * each stack's changed resources grouped by type. Deterministic, for snapshots and for a
 * sticky comment that changes only when the plan does.
 */
export function renderMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const head = [REVIEW_MARKER, "## Terraform plan review", "", ...review.stacks.map(stackLine), ""];
  head.push(...dangerSection(review, maxChars > 0 ? maxChars - head.join("\n").length - 500 : Infinity));
  const out = new Budget(maxChars, head.join("\n"));

  const total = review.stacks.reduce((sum, s) => sum + s.resources.length, 0);
  let shown = 0;
  for (const stack of review.stacks) {
    if (!out.add(stackHeading(stack))) break;
    const perType = new Map<string, number>();
    for (const r of stack.resources) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
    let type: string | undefined;
    for (const resource of stack.resources) {
      const typeHeading =
        resource.type === type ? "" : `#### ${inlineCode(resource.type)} (${perType.get(resource.type)})\n\n`;
      if (!out.add(typeHeading + resourceBlock(resource))) break;
      type = resource.type;
      shown++;
    }
    if (out.full) break;
    if (stack.outputs.length > 0 && !out.add(outputsBlock(stack.outputs))) break;
    if (stack.drift.length > 0 && !out.add(driftBlock(stack))) break;
  }
  if (out.full) {
    out.force(
      `> **Review truncated** to fit a pull request comment: ${total - shown} of ${total} changed resources are not shown. ` +
        "Run `npm run plan:review -- --max-chars 0 <plan.json>` locally, or read the `plan-review.json` artifact, for the rest.\n",
    );
  }
  return out.text;
}

/** Accumulates blocks up to the character cap, refusing the first one that does not fit. */
class Budget {
  full = false;
  /** Room kept for the truncation note. */
  private static readonly RESERVE = 400;
  constructor(
    private readonly max: number,
    public text: string,
  ) {}
  add(block: string): boolean {
    if (this.full) return false;
    if (this.max > 0 && this.text.length + block.length + 1 > this.max - Budget.RESERVE) {
      this.full = true;
      return false;
    }
    this.text += `\n${block}`;
    return true;
  }
  force(block: string): void {
    this.text += `\n${block}`;
  }
}

function stackLine(stack: StackReview): string {
  const c = stack.counts;
  const changed = c.add + c.change + c.replace + c.destroy + c.read + c.forget + c.import;
  let line = `- **${inlineCode(stack.name)}**: `;
  if (changed === 0 && stack.resources.length === 0) line += `no changes (${c.noOp} no-op)`;
  else {
    line += `${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.destroy} to destroy, ${c.noOp} no-op`;
    if (c.read > 0) line += `, ${c.read} to read`;
    if (c.import > 0) line += `, ${c.import} to import`;
    if (c.forget > 0) line += `, ${c.forget} to forget`;
  }
  if (stack.errored)
    line += ". **Terraform reported errors while planning: this plan is incomplete and cannot be applied.**";
  else if (!stack.complete) line += ". The plan is incomplete: Terraform deferred some changes to a later plan.";
  return line;
}

function dangerSection(review: Review, budget: number): string[] {
  if (review.dangers.length === 0) return ["### Danger", "", "No danger found.", ""];
  const lines = [`### Danger (${review.dangers.length})`, ""];
  let used = 0;
  for (let i = 0; i < review.dangers.length; i++) {
    const line = dangerLine(review.dangers[i], review.stacks.length > 1);
    if (used + line.length > budget) {
      lines.push(
        `- … and ${review.dangers.length - i} more dangers, not shown to fit a pull request comment: run the review locally to see them all.`,
      );
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  lines.push("");
  if (review.approval !== undefined) lines.push(`**Danger approved:** ${escapeText(review.approval)}`, "");
  else {
    lines.push(
      '**Not approved:** the review fails until a maintainer approves these changes: the `danger-approved` label on the pull request, or `--allow-danger "<reason>"` when run by hand.',
      "",
    );
  }
  return lines;
}

function dangerLine(danger: Danger, nameStack: boolean): string {
  let line = `- **${escapeText(danger.title)}**: ${inlineCode(danger.address)}`;
  if (nameStack) line += ` in ${inlineCode(danger.stack)}`;
  line += `. ${danger.why}`;
  if (danger.values !== undefined && danger.values.length > 0) {
    line += ` ${capitalize(danger.valuesLabel ?? "values")}: ${danger.values.map((v) => inlineCode(truncate(v, MAX_CELL_CHARS))).join(", ")}.`;
  }
  if (danger.note !== undefined) line += ` ${danger.note}`;
  return line;
}

function stackHeading(stack: StackReview): string {
  const heading = `### Changes in ${inlineCode(stack.name)}\n`;
  return stack.resources.length === 0 ? `${heading}\nNo resource changes.\n` : heading;
}

const KIND_TEXT: Record<ChangeKind, string> = {
  create: "will be created",
  update: "will be updated in place",
  replace: "must be replaced",
  delete: "will be destroyed",
  read: "will be read during apply",
  forget: "will be removed from the state without being destroyed",
  "no-op": "is unchanged",
};

/** The same, for a change that imports an existing object first (Terraform's `importing`). */
const IMPORT_KIND_TEXT: Record<ChangeKind, string> = {
  create: "will be imported, then created",
  update: "will be imported, then updated in place",
  replace: "will be imported, then must be replaced",
  delete: "will be imported, then destroyed",
  read: "will be imported, then read during apply",
  forget: "will be imported, then removed from the state",
  "no-op": "will be imported (no change to the existing object)",
};

/** Terraform's action reasons, as a reviewer would say them. */
const REASON_TEXT: Record<string, string> = {
  replace_because_cannot_update: "an attribute cannot be updated in place",
  replace_because_tainted: "the object is tainted",
  replace_by_request: "replacement was requested with -replace",
  replace_by_triggers: "replace_triggered_by fired",
  delete_because_no_resource_config: "its resource block was removed",
  delete_because_no_module: "its module was removed",
  delete_because_wrong_repetition: "count or for_each was added or removed",
  delete_because_count_index: "count no longer includes this index",
  delete_because_each_key: "for_each no longer includes this key",
  delete_because_no_move_target: "the target of its moved block is gone",
  read_because_config_unknown: "its configuration is known only after apply",
  read_because_dependency_pending: "it depends on changes not yet applied",
  read_because_check_nested: "a check block reads it",
};

function resourceBlock(resource: ResourceReview): string {
  let line = `**${inlineCode(resource.address)}**`;
  if (resource.deposed !== undefined) line += ` (deposed object ${inlineCode(resource.deposed)})`;
  line += ` ${resource.importing ? IMPORT_KIND_TEXT[resource.kind] : KIND_TEXT[resource.kind]}`;
  if (resource.kind === "replace")
    line += resource.actions[0] === "create" ? " (create, then delete)" : " (delete, then create)";
  if (resource.replacePaths.length > 0)
    line += `, forced by ${resource.replacePaths.map((p) => inlineCode(p)).join(", ")}`;
  if (resource.actionReason !== undefined) {
    const reason = REASON_TEXT[resource.actionReason];
    line += reason !== undefined ? ` (${reason})` : ` (${inlineCode(resource.actionReason)})`;
  }
  if (resource.previousAddress !== undefined) line += `; moved from ${inlineCode(resource.previousAddress)}`;
  if (resource.placeholderOnly !== undefined)
    line += ` — placeholder secret, not a real change: this plan was made with plan-only placeholders, and ${resource.placeholderOnly.map((p) => inlineCode(p)).join(", ")} holds one; the deploy plan uses the real value`;
  const parts = [`${line}\n`];
  if (resource.attributes.length > 0) {
    parts.push(
      resource.kind === "create" ? createdTable(resource.attributes) : changeTable(resource.attributes, "Attribute"),
    );
  }
  return parts.join("\n");
}

function changeTable(attributes: readonly AttributeChange[], firstColumn: string): string {
  const rows = attributes.map((a) => {
    const path = inlineCode(a.path, true) + (a.forcesReplacement ? " **(forces replacement)**" : "");
    return `| ${path} | ${cell(a.before, a.diff !== undefined)} | ${cell(a.after, a.diff !== undefined)} |`;
  });
  return [`| ${firstColumn} | Before | After |`, "| --- | --- | --- |", ...rows, "", ...diffs(attributes)].join("\n");
}

/** A create lists every set attribute: folded, since the new values matter less than changes. */
function createdTable(attributes: readonly AttributeChange[]): string {
  const rows = attributes.map((a) => `| ${inlineCode(a.path, true)} | ${cell(a.after, a.diff !== undefined)} |`);
  const noun = attributes.length === 1 ? "attribute" : "attributes";
  return [
    `<details><summary>${attributes.length} ${noun}</summary>`,
    "",
    "| Attribute | Value |",
    "| --- | --- |",
    ...rows,
    "",
    ...diffs(attributes),
    "</details>",
    "",
  ].join("\n");
}

function diffs(attributes: readonly AttributeChange[]): string[] {
  const blocks: string[] = [];
  for (const a of attributes) {
    if (a.diff === undefined) continue;
    const lines = a.diff.split("\n");
    const shown =
      lines.length > MAX_DIFF_LINES
        ? [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more lines`]
        : lines;
    blocks.push(`${inlineCode(a.path)}:`, "", fencedBlock(shown.join("\n"), "diff"), "");
  }
  return blocks;
}

function cell(value: ShownValue, hasDiff: boolean): string {
  switch (value.kind) {
    case "absent":
      return "(none)";
    case "sensitive":
      return "(sensitive)";
    case "unknown":
      return "(known after apply)";
    case "value":
      if (hasDiff && typeof value.value === "string") {
        const lines = value.value === "" ? 0 : value.value.replace(/\n$/, "").split("\n").length;
        return lines > 1 ? `${lines} lines, see diff` : `${value.value.length} chars, see diff`;
      }
      if (hasDiff && Array.isArray(value.value)) return `${value.value.length} items, see diff`;
      return inlineCode(truncate(JSON.stringify(value.value) ?? "null", MAX_CELL_CHARS), true);
  }
}

function outputsBlock(outputs: readonly OutputReview[]): string {
  const rows: AttributeChange[] = outputs.flatMap((o) => o.attributes);
  return `#### Outputs (${outputs.length})\n\n${changeTable(rows, "Output")}`;
}

function driftBlock(stack: StackReview): string {
  const lines = stack.drift.map(
    (d) => `- ${inlineCode(d.address)}: ${d.kind === "delete" ? "deleted" : d.kind === "update" ? "changed" : d.kind}`,
  );
  return `#### Changed outside Terraform (${stack.drift.length})\n\nThese objects changed since the last apply; this plan was made against their current state.\n\n${lines.join("\n")}\n`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
