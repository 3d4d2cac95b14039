/** Shapes of credentials in strings: JWTs, PEM private keys, and long high-entropy tokens. */

const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const TOKEN = /[A-Za-z0-9+/_=.~-]{32,}/g;
/** Lowercase words joined by hyphens, with version parts (`microsoft-identity-platform-v2.0`): a name, not a secret. */
const WORD_SLUG = /^[a-z]+(?:-(?:[a-z]+|v\d+(?:\.\d+)*))+$/;
/** A DNS name (`1234-abc.apps.googleusercontent.com`, an OAuth client id): a name, not a secret. */
const DNS_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
/** Bits per character above which a 32+ character token is taken for a random secret. */
const MIN_TOKEN_ENTROPY = 4.0;

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const CERTIFICATE = /^\s*-----BEGIN CERTIFICATE-----[\s\S]*-----END CERTIFICATE-----\s*$/;

/**
 * A public certificate, as PEM or base64-encoded PEM (as Auth0 takes a SAML IdP's signing_cert):
 * long and random-looking, but public by design.
 */
function isPublicCertificate(value: string): boolean {
  if (CERTIFICATE.test(value)) return true;
  if (!/^[A-Za-z0-9+/]+=*$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  return CERTIFICATE.test(decoded) && !PRIVATE_KEY.test(decoded);
}

/** The shortest string any shape above can match (a JWT or a token takes 32 characters): most strings are shorter. */
export const SHORTEST_CREDENTIAL = "-----BEGIN PRIVATE KEY-----".length;

/** What kind of credential a string looks like, or undefined. */
export function credentialShape(value: string): string | undefined {
  if (value.length < SHORTEST_CREDENTIAL) return undefined;
  if (JWT.test(value)) return "a JSON Web Token";
  if (PRIVATE_KEY.test(value)) return "a private key block";
  if (isPublicCertificate(value)) return undefined;
  for (const match of value.matchAll(TOKEN)) {
    const token = match[0];
    // URLs and paths are long but not secret; a token mixes letters and digits.
    if (/^(https?:)?\/\//.test(token) || token.includes("/") || !/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) continue;
    if (WORD_SLUG.test(token) || DNS_NAME.test(token)) continue;
    if (entropy(token) >= MIN_TOKEN_ENTROPY) return "a long high-entropy token";
  }
  return undefined;
}

export const looksLikeCredential = (value: string): boolean => credentialShape(value) !== undefined;
