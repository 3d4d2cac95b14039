import * as fs from "node:fs";
import { timingSafeEqual } from "node:crypto";

/**
 * The upstream IdP's user directory: a JSON file read at every login, so that a test (or a
 * person) can take a user out of a group and see the next login change, as with a real IdP.
 *
 * ```json
 * { "users": [ { "sub": "ada", "email": "ada@example.com", "name": "Ada", "password": "...",
 *                "groups": ["ml-team"], "claims": { "department": "research" } } ] }
 * ```
 */
export interface UpstreamUser {
  readonly sub: string;
  readonly email: string;
  /** @default true */
  readonly emailVerified?: boolean;
  readonly name: string;
  readonly password: string;
  readonly groups: readonly string[];
  /** Further ID token claims (e.g. department). */
  readonly claims?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export class DirectoryError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads and checks the directory; a broken file names the entry and field, never a password. */
export function readDirectory(file: string): UpstreamUser[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new DirectoryError(
      `${file}: not a readable JSON directory (${(err as NodeJS.ErrnoException).code ?? "invalid JSON"})`,
    );
  }
  if (!isObject(raw) || !Array.isArray(raw.users)) throw new DirectoryError(`${file}: expected { "users": [ ... ] }`);
  const seen = new Set<string>();
  return raw.users.map((u: unknown, i) => {
    const where = `${file}: users[${i}]`;
    if (!isObject(u)) throw new DirectoryError(`${where}: expected an object`);
    for (const field of ["sub", "email", "name", "password"]) {
      if (typeof u[field] !== "string" || u[field] === "")
        throw new DirectoryError(`${where}.${field}: expected a non-empty string`);
    }
    if (!Array.isArray(u.groups) || !u.groups.every((g) => typeof g === "string"))
      throw new DirectoryError(`${where}.groups: expected a list of group names`);
    if (u.claims !== undefined && !isObject(u.claims)) throw new DirectoryError(`${where}.claims: expected an object`);
    const sub = u.sub as string;
    if (seen.has(sub)) throw new DirectoryError(`${where}.sub: "${sub}" is used twice`);
    seen.add(sub);
    return {
      sub,
      email: (u.email as string).toLowerCase(),
      emailVerified: u.emailVerified !== false,
      name: u.name as string,
      password: u.password as string,
      groups: u.groups,
      claims: u.claims as UpstreamUser["claims"],
    };
  });
}

/** Constant-time comparison of a typed password with the directory's. */
export function passwordMatches(user: UpstreamUser, typed: string): boolean {
  const a = Buffer.from(user.password, "utf8");
  const b = Buffer.from(typed, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Writes a directory file readable only by its owner (it holds this run's passwords). */
export function writeDirectory(file: string, users: readonly UpstreamUser[]): void {
  fs.writeFileSync(file, JSON.stringify({ users }, null, 2), { mode: 0o600 });
}
