import { writeFileAtomic } from "../../lib/write-file-atomic";
import { PlanReviewError } from "./errors";

/** Writes the review to --out atomically; a failure becomes one line saying why and what to do. */
export function writeReviewFile(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a directory"
            : code;
    throw new PlanReviewError(`cannot write --out ${file}: ${why}; choose a writable file path`);
  }
}
