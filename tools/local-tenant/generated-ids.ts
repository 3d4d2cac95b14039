import { createHash, randomBytes } from "node:crypto";

/**
 * Stand-ins for the values Auth0 computes at apply time. Ids are derived from the resource
 * address, so they are the same on every start (a dashboard that stores data by user id keeps
 * working across restarts) and look like Auth0's; secrets are random on every start.
 */
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function derived(address: string, length: number, alphabet: string): string {
  let out = "";
  let counter = 0;
  while (out.length < length) {
    const digest = createHash("sha256").update(`local-tenant:${address}:${counter++}`).digest();
    for (const byte of digest) {
      // Rejection sampling keeps every character equally likely.
      if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** e.g. "Wv3kY7...": 32 characters, like an Auth0 client id. */
export const clientIdFor = (address: string): string => derived(address, 32, ALPHANUMERIC);
/** e.g. "con_AbC...". */
export const connectionIdFor = (address: string): string => `con_${derived(address, 16, ALPHANUMERIC)}`;
/** e.g. "rol_AbC...". */
export const roleIdFor = (address: string): string => `rol_${derived(address, 16, ALPHANUMERIC)}`;
/** The part after "auth0|": 24 hex digits, like an Auth0 database user id. */
export const userIdFor = (address: string): string => derived(address, 24, "0123456789abcdef");
/** A UUID-shaped Action id. */
export function actionIdFor(address: string): string {
  const hex = derived(address, 32, "0123456789abcdef");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Any other resource id. */
export const resourceIdFor = (address: string): string => derived(address, 20, ALPHANUMERIC);

/** A fresh client secret: 64 URL-safe characters, like Auth0's. */
export const newClientSecret = (): string => randomBytes(48).toString("base64url");
