/** A problem the user can fix: printed as one line, `deploy: <message>`, never with a stack trace. */
export class DeployError extends Error {
  constructor(
    message: string,
    /** Process exit code: 1 bad input or a refused plan, 3 a stale plan. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
