import * as fs from "node:fs";
import { PlanReviewError } from "./errors";
import { parsePlan, TerraformPlan } from "./plan-model";

/** The first bytes of a zip archive (a local file header), as text. */
const ZIP_SIGNATURE = "PK\u0003\u0004";

/** Reads a JSON file the user named, with one-line errors that say what to do. */
export function readJsonFile(file: string, what: string, hint: string): unknown {
  let text: string;
  try {
    // Read straight to a string: a Buffer first, then decoded, would copy a big plan twice.
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "file not found"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (code ?? "unreadable");
    throw new PlanReviewError(`cannot read ${what} ${file}: ${reason}; ${hint}`);
  }
  // A binary plan (`terraform plan -out`) is a zip archive, whose signature is ASCII: say how to convert it.
  if (text.startsWith(ZIP_SIGNATURE)) {
    throw new PlanReviewError(
      `${file} is a binary plan file, not JSON; convert it with "terraform show -json ${file} > ${file}.json"`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    // V8's message may quote a piece of the file, which could be a secret: keep the position only.
    const where = /(line \d+ column \d+)|(position \d+)/.exec((err as Error).message);
    const detail = where ? `syntax error at ${where[0]}` : "syntax error or truncated file";
    throw new PlanReviewError(`${file} is not valid JSON (${detail}); ${hint}`);
  }
}

/** Reads and checks one `terraform show -json` plan. */
export function readPlanFile(file: string): TerraformPlan {
  return parsePlan(readJsonFile(file, "plan", 'pass the output of "terraform show -json <planfile>"'), file);
}
