import { tempDir } from "../support/paths";
import { PASSWORDS, runTenantToExit, synthDevStack, tfVars, writeStack } from "./harness";
import { JsonObject, objectAt, parseJsonObject, stringAt } from "../json";

// A stack the local tenant cannot emulate faithfully makes the CLI refuse to start: exit 1,
// one line on stderr naming the resource or variable, nothing on stdout, no stack trace.
describe("local tenant: refuses to start on what it cannot emulate", () => {
  const dir = tempDir("local-tenant-refusals");
  let base: JsonObject;
  beforeAll(() => {
    base = synthDevStack(dir);
  });
  const variant = (name: string, change: (stack: JsonObject) => void) => {
    const stack = parseJsonObject(JSON.stringify(base));
    change(stack);
    return writeStack(dir, name, stack);
  };
  const expectRefusal = (result: { code: number | null; stdout: string; stderr: string }, ...parts: string[]) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^local-tenant: /);
    for (const part of parts) expect(lines[0]).toContain(part);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  };

  test("a client whose connection is not enabled for it (empty enabled_clients): names the client and auth0_connection_clients", async () => {
    const stack = variant("no-enabled-clients", (s) => {
      objectAt(s, "resource", "auth0_connection_clients", "database").enabled_clients = [];
    });
    expectRefusal(
      await runTenantToExit({ stack }),
      'auth0_client.mlflow ("ML Dashboard (dev)"): no connection is enabled for it, so nobody could log in',
      "auth0_connection_clients.database.enabled_clients",
    );
  });

  test("a resource type that matters for login and is not emulated", async () => {
    const stack = variant("unknown-type", (s) => {
      objectAt(s, "resource").auth0_organization = { team: { name: "ml-team", display_name: "ML team" } };
    });
    expectRefusal(
      await runTenantToExit({ stack }),
      'auth0_organization.team: resource type "auth0_organization" is unknown to the local tenant',
    );
  });

  test.each(["google-oauth2", "samlp", "waad"])("a connection of strategy %s (not emulated)", async (strategy) => {
    const stack = variant(strategy, (s) => {
      objectAt(s, "resource", "auth0_connection").idp = { name: "company-idp", strategy };
    });
    expectRefusal(
      await runTenantToExit({ stack }),
      `auth0_connection.idp: strategy "${strategy}" cannot be emulated; the local tenant supports strategy "auth0", and "oidc" and "okta" against a local upstream IdP (SAML, Entra ID, Google and other social or enterprise IdPs are not emulated)`,
    );
  });

  test("an oidc connection without a local upstream IdP names how to give it one", async () => {
    const stack = variant("oidc", (s) => {
      objectAt(s, "resource", "auth0_connection").corp = {
        name: "corp-sso",
        strategy: "oidc",
        options: { client_id: "c", client_secret: "s", issuer: "https://sso.example.com/", scopes: ["openid"] },
      };
    });
    expectRefusal(
      await runTenantToExit({ stack }),
      "auth0_connection.corp (oidc, IdP https://sso.example.com/) signs users in at an identity provider the local tenant cannot reach; give it a local upstream IdP",
    );
  });

  test("a password variable that is not set names TF_VAR_<name>", async () => {
    const stack = variant("dev", () => undefined);
    const { carol_password: _omitted, ...others } = PASSWORDS;
    expectRefusal(
      await runTenantToExit({ stack, env: tfVars(others) }),
      'variable "carol_password"',
      "auth0_user.carol.password",
      "set TF_VAR_carol_password",
    );
  });

  test("a password the connection's policy rejects is refused without showing it", async () => {
    const stack = variant("dev", () => undefined);
    const weak = "alice-password-1";
    const result = await runTenantToExit({ stack, env: tfVars({ ...PASSWORDS, alice_password: weak }) });
    expectRefusal(
      result,
      "auth0_user.alice.password (TF_VAR_alice_password) breaks the password rules of auth0_connection.database",
    );
    expect(result.stderr).not.toContain(weak);
  });

  test("a ${...} that is not a reference, and unescaped JavaScript template literals in Action code", async () => {
    const expression = variant("expression", (s) => {
      objectAt(s, "resource", "auth0_user", "alice").nickname = "${upper(var.alice_password)}";
    });
    expectRefusal(
      await runTenantToExit({ stack: expression }),
      'auth0_user.alice.nickname: cannot resolve "${upper(var.alice_password)}"',
    );

    const template = variant("template-literal", (s) => {
      objectAt(s, "resource", "auth0_action", "role_claim").code = stringAt(
        s,
        "resource",
        "auth0_action",
        "role_claim",
        "code",
      ).replace(/\$\$\{/g, "${");
    });
    expectRefusal(
      await runTenantToExit({ stack: template }),
      'auth0_action.role_claim.code: "${connectionName}" is read by Terraform as an interpolation',
      '"$${connectionName}"',
    );
  });

  test("a reference to a resource that is not in the stack", async () => {
    const stack = variant("dangling", (s) => {
      objectAt(s, "resource", "auth0_user_roles", "alice").roles = ["${auth0_role.ml-owner.id}"];
    });
    expectRefusal(
      await runTenantToExit({ stack }),
      "auth0_user_roles.alice.roles[0]: refers to auth0_role.ml-owner, which is not a resource of the stack",
    );
  });

  test("usage errors are one line too", async () => {
    expectRefusal(await runTenantToExit({ stack: `${dir}/missing.json` }), "missing.json: no such file", "cdktf synth");
    expectRefusal(
      await runTenantToExit({ stack: variant("dev", () => undefined), args: ["--port", "http"] }),
      "--port http is invalid",
    );
  });
});
