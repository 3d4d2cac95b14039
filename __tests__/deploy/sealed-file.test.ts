import { seal, unseal, checkSealKey, MIN_KEY_LENGTH } from "../../tools/deploy/sealed-file";
import { DeployError } from "../../tools/deploy/errors";

const KEY = "k".repeat(MIN_KEY_LENGTH);
const plan = Buffer.from("PK\u0003\u0004 a saved plan holding alice_password=canary-sealed-secret");

describe("sealed plan files", () => {
  test("round-trip, and the sealed bytes never contain the plain text", () => {
    const sealed = seal(plan, KEY);
    expect(sealed.includes(Buffer.from("canary-sealed-secret"))).toBe(false);
    expect(unseal(sealed, KEY, "p")).toEqual(plan);
    expect(seal(plan, KEY).equals(sealed)).toBe(false); // fresh salt and IV each time
  });

  test("a changed byte or another key is refused, never unsealed into something else", () => {
    const sealed = seal(plan, KEY);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => unseal(tampered, KEY, "p.sealed")).toThrow(
      /p\.sealed: cannot be unsealed: the key differs .* or the file was changed/,
    );
    expect(() => unseal(sealed, "x".repeat(MIN_KEY_LENGTH), "p.sealed")).toThrow(DeployError);
    expect(() => unseal(Buffer.from("not sealed"), KEY, "p.sealed")).toThrow(/not a sealed plan file/);
  });

  test("a short or missing key is refused", () => {
    expect(() => checkSealKey("PLAN_SEAL_KEY", undefined)).toThrow(
      /PLAN_SEAL_KEY must hold a random key of at least 32 characters/,
    );
    expect(() => checkSealKey("PLAN_SEAL_KEY", "short")).toThrow(DeployError);
    expect(checkSealKey("PLAN_SEAL_KEY", KEY)).toBe(KEY);
  });
});
