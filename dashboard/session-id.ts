/**
 * Signed session ids: the session cookie carries `<id>.<signature>`, so that an id that was not
 * issued here (guessed, or read from the store's table) is refused before the store is asked.
 *
 * The format is express-openid-connect's `signSessionStoreCookie` (its lib/crypto.js): an HS256
 * JWS with an unencoded payload (RFC 7797, `b64: false`) over `<cookie name>=<id>`, keyed with
 * HKDF-SHA256(secret, no salt, "JWS Cookie Signing", 32 bytes). Cookies signed by the library
 * verify here and the other way round. The library verifies through jose's WebCrypto API, which
 * imports the key again and runs an asynchronous job on every request (the largest single cost
 * in a CPU profile of the gateway); here the key is derived once per process and the HMAC is one
 * synchronous node:crypto call.
 */
import { createHmac, createSecretKey, hkdfSync, timingSafeEqual } from "node:crypto";

const SIGNING_INFO = "JWS Cookie Signing";
const KEY_BYTES = 32;
// The JWS protected header, base64url-encoded: its bytes are part of the signing input (RFC 7797).
const PROTECTED_HEADER = Buffer.from(JSON.stringify({ alg: "HS256", b64: false, crit: ["b64"] })).toString("base64url");

export interface SessionIdSigner {
  /** `<id>.<signature>`, the session cookie's value. */
  sign(id: string): string;
  /** The id of a cookie value signed with this secret and cookie name, or undefined. */
  verify(value: string): string | undefined;
}

export function sessionIdSigner(secret: string, cookieName: string): SessionIdSigner {
  const key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), SIGNING_INFO, KEY_BYTES)));
  const signature = (id: string) =>
    createHmac("sha256", key).update(`${PROTECTED_HEADER}.${cookieName}=${id}`).digest("base64url");
  return {
    sign: (id) => `${id}.${signature(id)}`,
    verify: (value) => {
      const dot = value.indexOf(".");
      if (dot <= 0 || value.indexOf(".", dot + 1) !== -1) return undefined;
      const id = value.slice(0, dot);
      // Compared as text, so that no other spelling of the same bytes passes.
      const given = Buffer.from(value.slice(dot + 1));
      const expected = Buffer.from(signature(id));
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
    },
  };
}
