import { Finding, StackReport } from "../engine";
import { Pack } from "../packs";

const where = (f: Finding) => `${f.address}${f.path ? ` (${f.path})` : ""}`;

/** The text report: per stack, findings then suppressions, then a summary line. */
export function textReport(reports: readonly StackReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const { findings, suppressions } = report;
    lines.push(
      `${report.stack.name} (${report.stack.source === "plan" ? "plan" : "stack"} ${report.stack.file}): ${findings.length === 0 ? "ok" : `${findings.length} finding${findings.length === 1 ? "" : "s"}`}`,
    );
    for (const f of findings) {
      const label = f.unverifiable ? `${f.level.toUpperCase()}?` : f.level.toUpperCase();
      lines.push(`  ${label.padEnd(8)} ${where(f)}: ${f.message} [${f.ruleId}]`);
      if (f.config) lines.push(`           from ${f.config.file}: ${f.config.path}`);
    }
    for (const s of suppressions.filter((s) => s.findings.length > 0)) {
      lines.push(
        `  SUPPRESSED ${s.address}: ${s.findings.length} finding${s.findings.length === 1 ? "" : "s"} of ${s.rule}${s.subject ? ` (${s.subject})` : ""}; reason: ${s.reason.trim()} (${s.source})`,
      );
    }
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.level === "error").length;
  const warnings = all.length - errors;
  const suppressed = reports.flatMap((r) => r.suppressions).filter((s) => s.findings.length > 0).length;
  lines.push(
    `${reports.length} stack(s) checked: ${errors} error(s), ${warnings} warning(s), ${suppressed} suppression(s)`,
  );
  if (all.some((f) => f.unverifiable))
    lines.push('("ERROR?": a value hidden in an interpolation that cannot be evaluated before apply: cannot verify)');
  return lines.join("\n");
}

/** `--list`: every rule of every pack, with what the README documents. */
export function listRules(packs: readonly Pack[]): string {
  const lines: string[] = [];
  for (const pack of packs) {
    lines.push(`${pack.name}: ${pack.description}`);
    for (const r of pack.rules) {
      lines.push(`  ${r.id} (${r.level}, ${r.rule.family}): ${r.title}`);
      lines.push(`      why: ${r.why}`);
      lines.push(`      fix: ${r.fix}`);
      lines.push(`      suppress: {"rule": "${r.id}", "address": "<type>.<name>", "reason": "..."}`);
    }
  }
  return lines.join("\n");
}
