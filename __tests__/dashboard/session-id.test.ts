import { sessionIdSigner } from "../../dashboard/session-id";

const SECRET = "0123456789abcdef0123456789abcdef";
const signer = sessionIdSigner(SECRET, "appSession");

// Known answers from express-openid-connect 3.4.0 itself (lib/crypto.js; jest cannot load it, as
// it imports jose, an ES module): signCookieSync("appSession", id, signing(SECRET)).
const SIGNED_BY_THE_LIBRARY = {
  abc: "abc.Os6I5bMTmi39fllkQh9Ycg8AZ8ELRC-ATo97scRbNR8",
  Zm9vYmFyYmF6cXV4MTIzNA: "Zm9vYmFyYmF6cXV4MTIzNA.ZHqkvjIwSgVj3cLMHr_acu8M0dauGrAvEyuy_G1UUB8",
};

test("signs ids exactly as express-openid-connect's signSessionStoreCookie does, and verifies its cookies", () => {
  for (const [id, signed] of Object.entries(SIGNED_BY_THE_LIBRARY)) {
    expect(signer.sign(id)).toBe(signed);
    expect(signer.verify(signed)).toBe(id);
  }
});

test("verifies its own signatures and returns the id", () => {
  expect(signer.verify(signer.sign("session-id-1"))).toBe("session-id-1");
});

test("refuses unsigned, tampered and foreign values", () => {
  const signed = signer.sign("session-id-1");
  const [id, signature] = signed.split(".");
  const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
  for (const value of [
    id,
    `${id}.`,
    `.${signature}`,
    `${id}.${flipped}`,
    `session-id-2.${signature}`,
    `${signed}.extra`,
    `${signed}=`,
    sessionIdSigner("another-secret-0123456789abcdef0123", "appSession").sign(id),
    sessionIdSigner(SECRET, "otherCookie").sign(id),
    "",
  ]) {
    expect(signer.verify(value)).toBeUndefined();
  }
});
