import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { ConfigError } from "../../lib/config/config-error";
import { loadEnvironment } from "../../lib/config/load-environment";
import { ConfigErrors, loadEnvironments } from "../../lib/config/load-environments";
import { minimalConfig, tempDir, writeConfig } from "../helpers";
import { JsonObject, objectAt } from "../json";

const dir = tempDir("config");

/** Loads a config and returns the error message it fails with. */
function errorOf(config: unknown, env = "test"): string {
  const file = writeConfig(dir, env, config);
  try {
    loadEnvironment(file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message.replace(dir, "<dir>");
  }
  throw new Error("expected the config to be rejected");
}

function withChange(change: (c: JsonObject) => void) {
  const config = minimalConfig();
  change(config);
  return config;
}

describe("config errors name the file, the JSON path, what was expected and what was found", () => {
  test("a literal password is refused with what to do instead, and is never echoed", () => {
    const message = errorOf(withChange((c) => (objectAt(c, "users", "alice").password = "hunter2-Secret!")));
    expect(message).toBe(
      "<dir>/test.json: invalid configuration (1 problem)\n" +
        '  $.users.alice.password: no literal secrets in config: delete this key. For a user\'s password set "passwordVariable": "<name>" and export TF_VAR_<name> when you run terraform plan/apply; found a value (not shown: it may be a secret)',
    );
    expect(message).not.toContain("hunter2");
  });

  test("an unknown key is an error, not silently ignored", () => {
    expect(errorOf(withChange((c) => (objectAt(c, "connection").disableSignUp = false)))).toContain(
      "$.connection.disableSignUp: no such key (check its spelling against the README's config reference); found an unknown key",
    );
  });

  test("a missing required field", () => {
    expect(errorOf(withChange((c) => delete c.tenant))).toContain(
      "$.tenant: expected an object (this field is required); found nothing (the field is missing)",
    );
  });

  test("an http URL outside localhost", () => {
    expect(
      errorOf(withChange((c) => (objectAt(c, "dashboards", "mlflow").url = "http://mlflow.example.com"))),
    ).toContain(
      '$.dashboards.mlflow.url: expected an https:// URL (http:// is allowed only for localhost in development environments); found "http://mlflow.example.com"',
    );
  });

  test("http://localhost needs allowInsecureLocalhost", () => {
    expect(
      errorOf(
        withChange((c) => (objectAt(c, "dashboards", "mlflow").callbackUrls = ["http://localhost:3000/callback"])),
      ),
    ).toContain(
      '$.dashboards.mlflow.callbackUrls[0]: http:// is allowed only for localhost, and only when the environment sets "allowInsecureLocalhost": true; found "http://localhost:3000/callback"',
    );
  });

  test("a wildcard callback", () => {
    expect(
      errorOf(
        withChange((c) => (objectAt(c, "dashboards", "mlflow").callbackUrls = ["https://*.example.com/callback"])),
      ),
    ).toContain(
      '$.dashboards.mlflow.callbackUrls[0]: wildcards are not allowed: list each URL explicitly; found "https://*.example.com/callback"',
    );
  });

  test("a role that is not defined", () => {
    expect(errorOf(withChange((c) => (objectAt(c, "users", "alice").roles = ["ml-viewer", "ml-adnim"])))).toContain(
      '$.users.alice.roles[1]: expected a role defined under "roles" ("ml-viewer"); found "ml-adnim"',
    );
  });

  test("a password policy weaker than good", () => {
    expect(errorOf(withChange((c) => (objectAt(c, "connection").passwordPolicy = "fair")))).toContain(
      '$.connection.passwordPolicy: expected "good" or "excellent": weaker policies are refused; found "fair"',
    );
  });

  test("an extra grant type without a reason, and one that is not allowed at all", () => {
    const message = errorOf(
      withChange(
        (c) =>
          (objectAt(c, "dashboards", "mlflow").extraGrantTypes = [
            { grantType: "password" },
            { grantType: "authorization_code", reason: "it is the default anyway" },
          ]),
      ),
    );
    expect(message).toContain(
      "$.dashboards.mlflow.extraGrantTypes[0].reason: expected text (this field is required); found nothing (the field is missing)",
    );
    expect(message).toContain(
      '$.dashboards.mlflow.extraGrantTypes[1].grantType: expected one of "client_credentials", "implicit", "password"',
    );
  });

  test("prevent_destroy off without a reason", () => {
    expect(errorOf(withChange((c) => (c.dataSafety = { preventDestroy: false })))).toContain(
      "$.dataSafety.reason: expected text (this field is required); found nothing (the field is missing)",
    );
  });

  test("an absolute state path", () => {
    expect(errorOf(withChange((c) => (c.backend = { type: "local", path: "/home/me/state.tfstate" })))).toContain(
      '$.backend.path: expected a path relative to the project folder, not an absolute machine path; found "/home/me/state.tfstate"',
    );
  });

  test("an unknown backend type", () => {
    expect(errorOf(withChange((c) => (c.backend = { type: "consul" })))).toContain(
      '$.backend.type: expected "type" to be one of "local", "s3", "cloud", "gcs", "azurerm", "pg"; found "consul"',
    );
  });

  test("backend credentials have no place in config", () => {
    const message = errorOf(
      withChange(
        (c) => (c.backend = { type: "s3", bucket: "state", region: "eu-west-1", secretKey: "AKIA-not-shown" }),
      ),
    );
    expect(message).toContain("$.backend.secretKey: no literal secrets in config");
    expect(message).not.toContain("AKIA-not-shown");
  });

  test("duplicate emails and password variables", () => {
    const message = errorOf(
      withChange(
        (c) => (objectAt(c, "users").bob = { email: "Alice@example.com", passwordVariable: "alice_password" }),
      ),
    );
    expect(message).toContain(
      '$.users.bob.email: expected a unique email: user "alice" already uses it; found "Alice@example.com"',
    );
    expect(message).toContain(
      '$.users.bob.passwordVariable: expected a unique password variable: user "alice" already uses it; found "alice_password"',
    );
  });

  test("a claim namespace in Auth0's reserved domains", () => {
    expect(errorOf(withChange((c) => (c.loginFlow = { claimNamespace: "https://ml-test.eu.auth0.com/" })))).toContain(
      "$.loginFlow.claimNamespace: Auth0 reserves auth0.com, webtask.io, webtask.run for its own claims; use your dashboard's domain",
    );
  });

  test("invalid JSON names the line and column, without quoting the file's text", () => {
    const message = errorOf(
      '{\n  "tenant": { "domain": "x.auth0.com" },\n  "users": { "alice": { "password": "s3cret" ,, } }\n}',
    );
    expect(message).toMatch(
      /^<dir>\/test\.json: invalid configuration \(1 problem\)\n {2}line 3, column 47: valid JSON \(no comments, no trailing commas, every string in double quotes\); found a syntax error \(the text is not shown: it may hold a secret\)$/,
    );
    expect(message).not.toContain("s3cret");
  });

  test("every problem of a file is reported at once", () => {
    const message = errorOf(
      withChange(
        (c) => (
          (objectAt(c, "tenant").domain = "https://x"),
          (objectAt(c, "connection").passwordPolicy = "low"),
          (c.extra = 1)
        ),
      ),
    );
    expect(message).toContain("(3 problems)");
  });

  test("property: no input makes the loader crash or echo a password", () => {
    const secret = "Pw-" + "x".repeat(12);
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom("password", "clientSecret", "apiToken"),
        (value, key) => {
          const config =
            typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value, [key]: secret } : value;
          const file = writeConfig(dir, "fuzz", config);
          try {
            loadEnvironment(file);
          } catch (err) {
            expect(err).toBeInstanceOf(ConfigError);
            expect((err as Error).message).not.toContain(secret);
            return;
          }
          throw new Error("a config carrying a literal secret was accepted");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("loading a folder of environments", () => {
  test("two environments on one tenant are refused", () => {
    const folder = fs.mkdtempSync(path.join(dir, "shared-"));
    writeConfig(folder, "a", minimalConfig());
    writeConfig(folder, "b", minimalConfig());
    expect(() => loadEnvironments({ configDir: folder })).toThrow(
      /b\.json: invalid configuration \(1 problem\)\n {2}\$\.tenant\.domain: a tenant of its own: \S*a\.json already deploys to it/,
    );
  });

  test("selecting an environment that has no file lists the ones that do", () => {
    const folder = fs.mkdtempSync(path.join(dir, "select-"));
    writeConfig(folder, "dev", minimalConfig());
    expect(() => loadEnvironments({ configDir: folder, only: ["staging"] })).toThrow(
      '(environment selection): an environment with a config file here ("dev"); found "staging"',
    );
  });

  test("problems in several files are all reported", () => {
    const folder = fs.mkdtempSync(path.join(dir, "many-"));
    writeConfig(folder, "one", { ...minimalConfig(), tenant: { domain: "one.eu.auth0.com" }, bogus: true });
    writeConfig(folder, "two", {
      ...minimalConfig(),
      tenant: { domain: "two.eu.auth0.com" },
      connection: { name: "-bad-" },
    });
    let error: ConfigErrors | undefined;
    try {
      loadEnvironments({ configDir: folder });
    } catch (err) {
      error = err as ConfigErrors;
    }
    expect(error).toBeInstanceOf(ConfigErrors);
    expect(error!.errors.map((e) => path.basename(e.file))).toEqual(["one.json", "two.json"]);
  });

  test("a file name that cannot be a stack name", () => {
    expect(errorOf(minimalConfig(), "Prod_EU")).toContain(
      "(file name): a file named <env>.json where <env> is lowercase letters",
    );
  });
});

describe("connections: config errors", () => {
  const oidc = (extra: Record<string, unknown> = {}) => ({
    type: "oidc",
    name: "corp-sso",
    issuer: "https://sso.example.com/",
    clientId: "ml-dashboards",
    clientSecretVariable: "corp_client_secret",
    groupRoles: { "ml-team": ["ml-viewer"] },
    ...extra,
  });
  const withConnections = (connections: Record<string, unknown>, change: (c: JsonObject) => void = () => undefined) =>
    withChange((c) => {
      delete c.connection;
      c.connections = { users: { type: "database", name: "ml-users" }, ...connections };
      change(c);
    });

  test("a group mapped to an unknown role", () => {
    expect(errorOf(withConnections({ corp: oidc({ groupRoles: { "ml-team": ["ml-superuser"] } }) }))).toContain(
      '$.connections.corp.groupRoles["ml-team"][0]: expected a role defined under "roles" ("ml-viewer"); found "ml-superuser"',
    );
  });

  test("a dashboard listing an unknown connection", () => {
    expect(
      errorOf(
        withConnections({ corp: oidc() }, (c) => (objectAt(c, "dashboards", "mlflow").connections = ["corp", "okta"])),
      ),
    ).toContain('$.dashboards.mlflow.connections[1]: expected a key of "connections" ("users", "corp"); found "okta"');
  });

  test("an upstream client secret given as a literal is refused, says what to do, and is never echoed", () => {
    const message = errorOf(withConnections({ corp: oidc({ clientSecret: "s3cr3t-Upstream-Value" }) }));
    expect(message).toContain(
      '$.connections.corp.clientSecret: no literal secrets in config: delete this key. For an upstream client secret set "clientSecretVariable": "<name>" and export TF_VAR_<name> when you run terraform plan/apply; found a value (not shown: it may be a secret)',
    );
    expect(message).not.toContain("s3cr3t");
  });

  test("a secret typed into clientSecretVariable is refused without being echoed", () => {
    const message = errorOf(withConnections({ corp: oidc({ clientSecretVariable: "Xy7$-very-secret" }) }));
    expect(message).toContain("$.connections.corp.clientSecretVariable: expected a Terraform variable name");
    expect(message).not.toContain("very-secret");
  });

  test("the old connection block and connections together: the error says exactly how to migrate", () => {
    expect(errorOf(withChange((c) => (c.connections = { users: { type: "database", name: "ml-users" } })))).toContain(
      '$.connection: expected only "connections": replace "connection": { "name": ... } with "connections": { "database": { "type": "database", "name": ... } }',
    );
  });

  test("an unknown type, a second database, a federated key named database, users without a database", () => {
    expect(errorOf(withConnections({ corp: { ...oidc(), type: "ldap" } }))).toContain(
      '$.connections.corp.type: expected "type" to be one of "database", "oidc", "okta", "waad", "samlp", "google-oauth2"; found "ldap"',
    );
    expect(errorOf(withConnections({ more: { type: "database", name: "more-users" } }))).toContain(
      '$.connections.more.type: expected one database connection: "users" is one already (users are created in it)',
    );
    expect(errorOf(withConnections({ database: oidc() }))).toContain(
      '$.connections.database: expected another key: "database" is the Terraform name of the database connection',
    );
    expect(
      errorOf(
        withChange((c) => {
          delete c.connection;
          c.connections = { corp: oidc() };
        }),
      ),
    ).toContain('$.users: expected a connection of "type": "database" to create the users in');
  });

  test("groups on Google, an http issuer, a connection no dashboard uses, a duplicate name or variable", () => {
    expect(
      errorOf(
        withConnections({
          google: {
            type: "google-oauth2",
            name: "google",
            clientId: "x.apps.googleusercontent.com",
            clientSecretVariable: "google_secret",
            groupRoles: { a: ["ml-viewer"] },
          },
        }),
      ),
    ).toContain("$.connections.google.groupRoles: Google sign-in (google-oauth2) carries no groups");
    expect(errorOf(withConnections({ corp: oidc({ issuer: "http://sso.example.com/" }) }))).toContain(
      "$.connections.corp.issuer: expected an https:// URL",
    );
    expect(
      errorOf(withConnections({ corp: oidc() }, (c) => (objectAt(c, "dashboards", "mlflow").connections = ["users"]))),
    ).toContain("$.connections.corp: expected at least one dashboard to use this connection");
    expect(errorOf(withConnections({ corp: oidc({ name: "ML-Users" }) }))).toContain(
      '$.connections.corp.name: expected a unique connection name: connection "users" already uses it',
    );
    expect(errorOf(withConnections({ corp: oidc({ clientSecretVariable: "alice_password" }) }))).toContain(
      "$.connections.corp.clientSecretVariable: expected a unique Terraform variable: users.alice.passwordVariable already uses it",
    );
  });

  test("mappings too large for the Action secret are refused with Auth0's limit", () => {
    const groupRoles = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`a-rather-long-group-name-number-${i}`, ["ml-viewer"]]),
    );
    expect(errorOf(withConnections({ corp: oidc({ groupRoles }) }))).toMatch(
      /\$\.connections: the group-to-role mappings and email domains of all connections take \d+ characters as the Action secret CONNECTION_ACCESS, over Auth0's limit of 2048/,
    );
  });
});
