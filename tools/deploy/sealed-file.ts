import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import * as fs from "node:fs";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { DeployError } from "./errors";

/**
 * Saved plans hold every value Terraform will write, users' initial passwords included, in plain
 * text. Between the plan job and the apply job they travel as a workflow artifact, which anyone
 * who can read the repository can download, so they travel sealed: AES-256-GCM (authenticated,
 * so a changed file is refused, not applied) under a key derived with scrypt from a secret that
 * only the deploy environments hold.
 */
const MAGIC = Buffer.from("MLDAPLN1");
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SEALED_SUFFIX = ".sealed";
/** Shorter keys are refused: the secret is the only thing between a reader and the passwords. */
export const MIN_KEY_LENGTH = 32;

function keyFrom(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, 32);
}

export function checkSealKey(name: string, secret: string | undefined): string {
  if (!secret || secret.length < MIN_KEY_LENGTH) {
    throw new DeployError(
      `${name} must hold a random key of at least ${MIN_KEY_LENGTH} characters (e.g. openssl rand -base64 48)`,
    );
  }
  return secret;
}

export function seal(plain: Buffer, secret: string): Buffer {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret, salt), iv);
  cipher.setAAD(MAGIC);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]);
}

export function unseal(sealed: Buffer, secret: string, what: string): Buffer {
  const header = MAGIC.length + SALT_BYTES + IV_BYTES + TAG_BYTES;
  if (sealed.length < header || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new DeployError(`${what}: not a sealed plan file`);
  }
  let offset = MAGIC.length;
  const salt = sealed.subarray(offset, (offset += SALT_BYTES));
  const iv = sealed.subarray(offset, (offset += IV_BYTES));
  const tag = sealed.subarray(offset, (offset += TAG_BYTES));
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret, salt), iv);
  decipher.setAAD(MAGIC);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(offset)), decipher.final()]);
  } catch {
    throw new DeployError(`${what}: cannot be unsealed: the key differs from the plan job's, or the file was changed`);
  }
}

/** Seals `file` into `file.sealed` and removes the plain file. */
export function sealFile(file: string, secret: string): string {
  const target = file + SEALED_SUFFIX;
  writeFileAtomic(target, seal(fs.readFileSync(file), secret).toString("base64"), 0o600);
  fs.rmSync(file);
  return target;
}

/** Unseals `file.sealed` into `file` (mode 0600). */
export function unsealFile(sealedFile: string, secret: string): string {
  if (!sealedFile.endsWith(SEALED_SUFFIX)) throw new DeployError(`${sealedFile}: expected a ${SEALED_SUFFIX} file`);
  const target = sealedFile.slice(0, -SEALED_SUFFIX.length);
  const sealed = Buffer.from(fs.readFileSync(sealedFile, "utf8"), "base64");
  writeFileAtomic(target, unseal(sealed, secret, sealedFile), 0o600);
  return target;
}
