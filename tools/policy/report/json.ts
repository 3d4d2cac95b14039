import { StackReport } from "../engine";

/** `--format json`: one object per stack, with findings and suppressions (and the findings each accepted). */
export function jsonReport(reports: readonly StackReport[]): string {
  return JSON.stringify(
    {
      stacks: reports.map((r) => ({
        stack: r.stack.name,
        file: r.stack.file,
        source: r.stack.source,
        findings: r.findings,
        suppressions: r.suppressions.map((s) => ({
          rule: s.rule,
          address: s.address,
          subject: s.subject,
          reason: s.reason,
          source: s.source,
          suppressed: s.findings.map((f) => ({ message: f.message, path: f.path })),
        })),
      })),
      summary: {
        errors: reports.flatMap((r) => r.findings).filter((f) => f.level === "error").length,
        warnings: reports.flatMap((r) => r.findings).filter((f) => f.level === "warning").length,
        suppressed: reports.flatMap((r) => r.suppressions).reduce((n, s) => n + s.findings.length, 0),
      },
    },
    null,
    2,
  );
}
