/**
 * A problem with what the user gave plan-review (arguments, files): the CLI prints its
 * message as one line, `plan-review: <message>`, and exits 1. The message names the file,
 * the field, what is wrong and what to do, and never quotes a value that could be a secret.
 */
export class PlanReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanReviewError";
  }
}
