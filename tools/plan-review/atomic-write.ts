import * as fs from "node:fs";
import * as path from "node:path";
import { PlanReviewError } from "./errors";

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which is then renamed over it. On failure the
 * temporary file is removed and the target is left as it was.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    const why = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code;
    throw new PlanReviewError(`cannot write --out ${file}: ${why}; choose a writable file path`);
  }
}
