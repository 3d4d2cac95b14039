import { Review } from "./review-model";

/** Names the JSON layout; it changes only when a field is removed or changes meaning. */
export const JSON_SCHEMA_ID = "ml-dashboard-auth/plan-review/v1";

/**
 * Renders a review as JSON for machines: the same content as the Markdown, never truncated.
 * Keys appear in a fixed order, so the output is stable for a given plan.
 */
export function renderJson(review: Review): string {
  const document = {
    schema: JSON_SCHEMA_ID,
    exitCode: review.exitCode,
    danger: {
      found: review.dangers.length > 0,
      approved: review.dangers.length > 0 && review.approval !== undefined,
      approvalReason: review.approval ?? null,
      items: review.dangers.map((d) => ({
        stack: d.stack,
        address: d.address,
        rule: d.rule,
        category: d.category,
        title: d.title,
        why: d.why,
        values: d.values ?? [],
        valuesLabel: d.valuesLabel ?? null,
        note: d.note ?? null,
      })),
    },
    stacks: review.stacks.map((s) => ({
      name: s.name,
      file: s.file,
      formatVersion: s.formatVersion,
      terraformVersion: s.terraformVersion ?? null,
      errored: s.errored,
      complete: s.complete,
      counts: s.counts,
      resources: s.resources.map((r) => ({
        address: r.address,
        type: r.type,
        mode: r.mode,
        kind: r.kind,
        actions: r.actions,
        actionReason: r.actionReason ?? null,
        replacePaths: r.replacePaths,
        previousAddress: r.previousAddress ?? null,
        importing: r.importing,
        deposed: r.deposed ?? null,
        placeholderOnly: r.placeholderOnly ?? null,
        attributes: r.attributes,
      })),
      outputs: s.outputs,
      drift: s.drift,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
