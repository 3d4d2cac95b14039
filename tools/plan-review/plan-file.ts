import * as fs from "node:fs";
import { PlanReviewError } from "./errors";
import { parsePlan, TerraformPlan } from "./plan-model";

/** Reads a JSON file the user named, with one-line errors that say what to do. */
export function readJsonFile(file: string, what: string, hint: string): unknown {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
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
  // A binary plan (`terraform plan -out`) is a zip archive: say how to convert it.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    throw new PlanReviewError(
      `${file} is a binary plan file, not JSON; convert it with "terraform show -json ${file} > ${file}.json"`,
    );
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
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
