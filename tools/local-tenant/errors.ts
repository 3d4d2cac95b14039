/**
 * A stack the local tenant refuses to emulate, or cannot read: it does not start. The message
 * is one line that names the file, resource, attribute or variable, what is wrong and what to
 * do; it never quotes a password or a secret.
 */
export class LocalTenantConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalTenantConfigError";
  }
}

/**
 * A call an Action or Rule made that the local tenant does not emulate (for example
 * api.multifactor.enable). The login ends at the client's callback with error=server_error and
 * this message as error_description.
 */
export class NotEmulatedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotEmulatedError";
  }
}
