import { randomBytes, scrypt, scryptSync, timingSafeEqual } from "node:crypto";

/**
 * A user's password as the local tenant keeps it: a salted scrypt hash, never the password,
 * so that it cannot end up in a log, a message or a heap dump of the model by accident.
 */
export class StoredPassword {
  private readonly salt = randomBytes(16);
  private readonly hash: Buffer;

  constructor(password: string) {
    this.hash = scryptSync(password.normalize("NFC"), this.salt, 32);
  }

  /** Whether `candidate` is the password, in constant time. */
  verify(candidate: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      scrypt(candidate.normalize("NFC"), this.salt, 32, (err, derived) => {
        if (err) reject(err);
        else resolve(timingSafeEqual(derived, this.hash));
      });
    });
  }

  toJSON(): string {
    return "[password]";
  }
}
