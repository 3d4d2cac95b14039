import { MarksTree } from "./plan-model";

/**
 * Flagged values shorter than this are hidden only where they are flagged: masking every
 * occurrence of a 3-character secret would blank out unrelated values that happen to match.
 */
export const MIN_CROSS_CHECKED_SECRET_LENGTH = 6;

export const SENSITIVE_TEXT = "(sensitive)";

/** The password in a URL's user information: scheme://user:<password>@host. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:([^\s/?#@]+)@/gi;

/**
 * Every string value that the plan flags as sensitive somewhere, so that the review can hide
 * it everywhere: Terraform flags a value only where the configuration marked it, and the same
 * text can reappear unflagged in a computed attribute (terraform_data's `output` echoes a
 * sensitive `input` without the flag) or inside a longer string such as Action code.
 *
 * Lookups are linear in the length of the text checked, whatever the number of secrets: at
 * each position, one map lookup of the next three characters, and only where a secret starts
 * with them, one set lookup per distinct length of such secrets. Secrets that share a long
 * prefix (every user's plan-only placeholder password) cost no more than one.
 */
export class SecretIndex {
  private readonly secrets = new Set<string>();
  /**
   * By a number made of their first three characters, the distinct lengths of the secrets
   * that start with them, longest first.
   */
  private readonly lengthsByPrefix = new Map<number, number[]>();
  private shortest = Infinity;

  /** Records the strings of `value` that `sensitive` flags. */
  addFlagged(value: unknown, sensitive: MarksTree): void {
    if (sensitive === true) {
      this.addAllStrings(value);
      return;
    }
    if (typeof sensitive !== "object" || sensitive === null || typeof value !== "object" || value === null) return;
    for (const key of Object.keys(sensitive)) {
      this.addFlagged((value as Record<string, unknown>)[key], (sensitive as Record<string, unknown>)[key]);
    }
  }

  /** Records every string in a value (a whole sensitive output, say). */
  addAllStrings(value: unknown): void {
    if (typeof value === "string") this.add(value);
    else if (Array.isArray(value)) for (const item of value as unknown[]) this.addAllStrings(item);
    else if (typeof value === "object" && value !== null)
      for (const key in value)
        if (Object.hasOwn(value, key)) this.addAllStrings((value as Record<string, unknown>)[key]);
  }

  /**
   * Records the password of every URL with credentials in a value (`https://user:pw@host`),
   * flagged or not: a URL's password is a secret wherever it was written.
   *
   * This reads every string of every change, unchanged resources included, so it must cost
   * little per string: two substring searches rule out almost all of them (an email has an
   * "@" but no "://", a callback URL the reverse) before the pattern runs.
   */
  addUrlPasswords(value: unknown): void {
    if (typeof value === "string") {
      if (value.includes("://") && value.includes("@")) this.addUrlPasswordsOf(value);
    } else if (Array.isArray(value)) for (const item of value as unknown[]) this.addUrlPasswords(item);
    else if (typeof value === "object" && value !== null)
      // for...in rather than Object.values: no array made for each of the plan's objects.
      for (const key in value)
        if (Object.hasOwn(value, key)) this.addUrlPasswords((value as Record<string, unknown>)[key]);
  }

  private addUrlPasswordsOf(text: string): void {
    for (const match of text.matchAll(URL_PASSWORD)) {
      this.add(match[1]);
      try {
        this.add(decodeURIComponent(match[1]));
      } catch {
        // not percent-encoded
      }
    }
  }

  get size(): number {
    return this.secrets.size;
  }

  /** True when the whole text is a flagged value. */
  isSecret(text: string): boolean {
    return this.secrets.has(text);
  }

  /** The text with every flagged value in it replaced by "(sensitive)". */
  scrub(text: string): string {
    if (text.length < this.shortest) return text;
    if (this.secrets.has(text)) return SENSITIVE_TEXT;
    let out = "";
    let copiedUpTo = 0;
    const last = text.length - this.shortest;
    for (let i = 0; i <= last;) {
      const length = this.longestSecretAt(text, i);
      if (length === 0) {
        i++;
        continue;
      }
      out += text.slice(copiedUpTo, i) + SENSITIVE_TEXT;
      i += length;
      copiedUpTo = i;
    }
    return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
  }

  /** The length of the longest secret that `text` holds at `at`, or 0. */
  private longestSecretAt(text: string, at: number): number {
    const lengths = this.lengthsByPrefix.get(prefixKey(text, at));
    if (lengths === undefined) return 0;
    for (const length of lengths) {
      if (at + length <= text.length && this.secrets.has(text.slice(at, at + length))) return length;
    }
    return 0;
  }

  private add(secret: string): void {
    if (secret.length < MIN_CROSS_CHECKED_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.shortest = Math.min(this.shortest, secret.length);
    const prefix = prefixKey(secret, 0);
    const lengths = this.lengthsByPrefix.get(prefix);
    if (lengths === undefined) this.lengthsByPrefix.set(prefix, [secret.length]);
    else if (!lengths.includes(secret.length)) {
      const before = lengths.findIndex((length) => length < secret.length);
      lengths.splice(before < 0 ? lengths.length : before, 0, secret.length);
    }
  }
}

/** The first three UTF-16 units at `at` as one number: a map key that allocates no string. */
function prefixKey(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}
