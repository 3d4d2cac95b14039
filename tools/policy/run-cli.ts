import * as fs from "node:fs";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { readJson, readStackModels, StackInputError } from "../stack-model";
import { parsePolicyArgs, PolicyArgs, USAGE, UsageError } from "./cli-args";
import { checkStack, StackReport, unmatchedAcrossStacks, unmatchedFinding } from "./engine";
import { jsonReport } from "./report/json";
import { rulesMarkdown } from "./report/markdown";
import { sarifReport } from "./report/sarif";
import { listRules, textReport } from "./report/text";
import { parseSuppressionList, Suppression } from "./suppressions";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** npm run policy: returns the exit code (0 clean or warnings, 2 errors, 1 bad input). */
export function runPolicyCli(argv: readonly string[], io: CliIo): number {
  let args: PolicyArgs;
  try {
    args = parsePolicyArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`policy: ${err.message}\n${USAGE}`);
      return 1;
    }
    throw err;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.list) {
    io.out(args.format === "markdown" ? rulesMarkdown(args.packs) : listRules(args.packs));
    return 0;
  }
  let reports: StackReport[];
  try {
    const suppressions = args.suppressionFiles.flatMap(readSuppressionFile);
    const stacks = readStackModels(args.targets.length > 0 ? args.targets : [io.env.CDKTF_OUTDIR ?? "cdktf.out"]);
    reports = stacks.map((stack) =>
      checkStack(stack, { packs: args.packs, suppressions, reportUnmatchedOutside: stacks.length === 1 }),
    );
    if (stacks.length > 1) {
      const stale = unmatchedAcrossStacks(reports, suppressions).map(unmatchedFinding);
      if (stale.length > 0) reports[0] = { ...reports[0], findings: [...reports[0].findings, ...stale] };
    }
  } catch (err) {
    if (err instanceof StackInputError) {
      io.err(`policy: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const text =
    args.format === "json"
      ? jsonReport(reports)
      : args.format === "sarif"
        ? JSON.stringify(sarifReport(reports, args.packs), null, 2)
        : textReport(reports);
  if (args.out) writeFileAtomic(args.out, `${text}\n`);
  else io.out(text);
  return reports.some((r) => r.findings.some((f) => f.level === "error")) ? 2 : 0;
}

function readSuppressionFile(file: string): Suppression[] {
  if (!fs.existsSync(file)) throw new StackInputError(`--suppressions ${file}: no such file`);
  const parsed = parseSuppressionList(readJson(file), file);
  if (typeof parsed === "string") throw new StackInputError(parsed);
  return parsed;
}
