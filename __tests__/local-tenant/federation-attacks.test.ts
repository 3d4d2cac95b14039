import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { PROJECT_ROOT } from "../support/paths";

/**
 * The local tenant's side of a federated login, attacked with a hostile upstream IdP
 * (federation-attack-run.ts): ID tokens with the wrong issuer, audience or nonce, a signature by
 * another key, a replayed callback, and an IdP that dies between the redirect and the token
 * exchange. openid-client (code flow, PKCE, state, nonce) must refuse each with a
 * FederationError, which the login page shows: never a crash, never a login.
 */
function run(scenario: string): Record<string, unknown> {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "scripts", "run-ts.js"), path.join(__dirname, "federation-attack-run.ts"), scenario],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe("a federated sign-in refuses a hostile or dead upstream IdP", () => {
  test("an honest ID token signs the user in, with the IdP's groups", () => {
    expect(run("honest")).toEqual({ signedIn: "oidc|corp-sso|mallory", groups: "ml-platform-admins" });
  });

  test.each(["wrong-issuer", "wrong-audience", "wrong-nonce", "other-key"])(
    "an ID token with %s is refused",
    (scenario) => {
      expect(run(scenario)).toEqual({
        refused: "FederationError",
        message: expect.stringMatching(/^the identity provider's response was refused: /) as string,
      });
    },
  );

  test("an IdP that dies between the redirect and the token exchange fails the sign-in, not the tenant", () => {
    expect(run("idp-dies")).toMatchObject({ refused: "FederationError" });
  });

  test("a callback is good for one use: a replayed state is unknown", () => {
    expect(run("replay")).toEqual({
      refused: "FederationError",
      message: "this sign-in is unknown or expired; go back to the application and log in again",
    });
  });
});
