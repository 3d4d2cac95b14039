/**
 * A problem adopt explains to the user in one line (what, where, and the fix) and exits 1;
 * it never quotes a secret.
 */
export class AdoptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AdoptError";
  }
}
