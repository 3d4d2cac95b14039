import { writeReviewFile } from "./review-file";
import { buildReview } from "./build-review";
import { parseCliArgs, USAGE } from "./cli-args";
import { PlanReviewError } from "./errors";
import { renderJson } from "./json-format";
import { loadInputs } from "./load-inputs";
import { renderMarkdown } from "./markdown";

/**
 * The command line, `npm run plan:review -- [options] <plan.json>...`: writes the review and
 * returns the exit code (0 no danger or approved, 2 danger, 1 bad usage or input). Output goes
 * through the given writers so that tests and the benchmark can run it in-process.
 */
export function runCli(
  argv: readonly string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): number {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const review = buildReview(
      loadInputs(options),
      options.allowDanger !== undefined ? { allowDanger: options.allowDanger } : {},
    );
    const text =
      options.format === "json" ? renderJson(review) : renderMarkdown(review, { maxChars: options.maxChars });
    if (options.out !== undefined) writeReviewFile(options.out, text);
    else io.stdout(text);
    return review.exitCode;
  } catch (err) {
    // Input and usage problems have a message written for the user; anything else is a bug,
    // reported in one line as well (a stack trace could quote plan content).
    const message =
      err instanceof PlanReviewError
        ? err.message
        : `internal error: ${String((err as Error)?.message ?? err).split("\n")[0]}; please report it with the command you ran`;
    io.stderr(`plan-review: ${message}\n`);
    return 1;
  }
}
