import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, jsonPath } from "../../lib/config/config-error";
import { loadEnvironment } from "../../lib/config/load-environment";
import { loadEnvironments } from "../../lib/config/load-environments";
import { MAX_METADATA_VALUE_LENGTH, MAX_ROLE_NAME_LENGTH } from "../../lib/validation/auth0-limits";
import { roleAddressOf } from "../../lib/validation/names";
import { minimalConfig, tempDir, writeConfig } from "../helpers";

// Issue 7: inputs that used to validate and then break later, or that echoed a secret.
const dir = tempDir("hardening");

function problemsOf(config: unknown): string[] {
  const file = writeConfig(dir, "test", config);
  try {
    loadEnvironment(file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message.split("\n").slice(1);
  }
  throw new Error("expected the config to be rejected");
}

function accepted(config: unknown) {
  return loadEnvironment(writeConfig(dir, "test", config));
}

type Edit = [path: readonly string[], value: unknown];

/** The minimal config with each edit applied: a value set at a path, or deleted when undefined. */
function edited(...edits: Edit[]): Record<string, unknown> {
  const config = structuredClone(minimalConfig()) as Record<string, unknown>;
  for (const [path, value] of edits) {
    let node = config;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    if (value === undefined) delete node[path[path.length - 1]];
    else node[path[path.length - 1]] = value;
  }
  return config;
}

const mlflow = minimalConfig().dashboards.mlflow;

describe("secrets in the wrong place are never echoed", () => {
  test("a password typed into passwordVariable", () => {
    const problems = problemsOf(edited([["users", "alice", "passwordVariable"], "Hunter2-Secret!"]));
    expect(problems).toEqual([
      "  $.users.alice.passwordVariable: expected a Terraform variable name of lowercase letters, digits and underscores, starting with a letter or underscore; found a value that is not a Terraform variable name (not shown)",
    ]);
  });

  test("an unquoted password in invalid JSON gives the line and column only", () => {
    const text = '{\n  "users": {\n    "alice": { "password": Sup3rSecretValue }\n  }\n}';
    const problems = problemsOf(text);
    expect(problems).toEqual([
      "  line 3, column 28: valid JSON (no comments, no trailing commas, every string in double quotes); found a syntax error (the text is not shown: it may hold a secret)",
    ]);
    expect(problems.join("\n").toLowerCase()).not.toContain("sup3r");
  });

  test("truncated JSON and an empty file", () => {
    expect(problemsOf('{"tenant": {"domain": "Sup3rSecret')[0]).toMatch(/^ {2}line 1, column \d+: valid JSON/);
    expect(problemsOf("")[0]).toMatch(/^ {2}line 1, column 1: valid JSON/);
  });

  test("a URL carrying a password is refused without showing it", () => {
    const problems = problemsOf(
      edited([["dashboards", "mlflow", "callbackUrls"], ["https://admin:Sup3rSecret@mlflow.example.com/cb"]]),
    );
    expect(problems).toEqual([
      "  $.dashboards.mlflow.callbackUrls[0]: a URL must not carry credentials; found a URL with a user name or password in it (not shown)",
    ]);
  });
});

describe("role names: every name Auth0 accepts, and nothing else", () => {
  test.each(["ml:admin", "ml.admin", "1admin", "ML Admin", "Data Scientist (EU)", "Ärzte", "constructor", "toString"])(
    "%s is accepted",
    (name) => {
      const env = accepted(
        edited(
          [["roles"], { [name]: { description: "A role" } }],
          [["dashboards", "mlflow", "allowedRoles"], [name]],
          [["users", "alice", "roles"], [name]],
        ),
      );
      expect(Object.keys(env.roles)).toEqual([name]);
    },
  );

  test.each([
    ["x".repeat(MAX_ROLE_NAME_LENGTH + 1), `expected a role name of 1 to ${MAX_ROLE_NAME_LENGTH} characters`],
    ["<admin>", "expected a role name without '<' or '>'"],
    ["ml\nadmin", "expected a role name without control characters"],
    [" admin", "expected a role name without leading or trailing spaces"],
    ["", "expected a role name of 1 to"],
  ])("%j is refused with the path", (name, message) => {
    const problems = problemsOf(edited([["roles", name], { description: "A role" }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`  ${jsonPath(["roles", name])}: ${message}`);
  });

  test("two names that would share a Terraform address are refused", () => {
    // "ml:admin" gets the address ml_admin_<hash>; a role literally named that would clash.
    const clash = roleAddressOf("ml:admin");
    const problems = problemsOf(
      edited([["roles", "ml:admin"], { description: "A role" }], [["roles", clash], { description: "Another role" }]),
    );
    expect(problems).toEqual([
      `  $.roles.${clash}: expected a role name whose Terraform address differs from role "ml:admin"'s (both would be auth0_role.${clash}); rename one; found "${clash}"`,
    ]);
  });
});

describe("keys that collide with JavaScript or with output names", () => {
  test.each(["users", "roles", "dashboards"])("a __proto__ key under %s is refused with its path", (section) => {
    const config = JSON.stringify(minimalConfig()).replace(`"${section}":{`, `"${section}":{"__proto__":{},`);
    expect(problemsOf(config)).toContain(
      `  $.${section}.__proto__: no key named "__proto__" (JavaScript drops it silently): rename or delete it; found a __proto__ key`,
    );
  });

  test("a key given twice is refused instead of keeping the last one", () => {
    const text = JSON.stringify(minimalConfig()).replace('"users":{', '"users":{"alice":{},');
    expect(problemsOf(text)).toEqual([
      "  $.users.alice: each key once in an object (JSON keeps only the last one): merge or rename them; found the same key twice",
    ]);
  });

  // readJson counts the text's keys against the parsed members before it walks the tokens.
  test("a key given twice is found however it is spelt, and strings that look like keys are not keys", () => {
    const escaped = JSON.stringify(minimalConfig()).replace('"users":{', '"users":{"al\\u0069ce":{},');
    expect(problemsOf(escaped)).toEqual([
      "  $.users.alice: each key once in an object (JSON keeps only the last one): merge or rename them; found the same key twice",
    ]);
    const config = minimalConfig();
    config.users = { alice: { ...config.users!.alice, nickname: 'a "b": \\", "c":' } };
    expect(accepted(config).users.alice.nickname).toBe('a "b": \\", "c":');
    const inList = JSON.stringify(minimalConfig()).replace(
      '"allowedRoles":["ml-viewer"]',
      '"allowedRoles":["ml-viewer"],"allowedRoles":[]',
    );
    expect(problemsOf(inList)).toContain(
      "  $.dashboards.mlflow.allowedRoles: each key once in an object (JSON keeps only the last one): merge or rename them; found the same key twice",
    );
  });

  test("a dashboard key whose outputs would clash with the stack's outputs", () => {
    const problems = problemsOf(edited([["dashboards", "issuer"], { ...mlflow, url: "https://i.example.com" }]));
    expect(problems).toEqual([
      '  $.dashboards.issuer: expected a dashboard key whose outputs do not clash with the stack\'s "issuer_base_url" output; found "issuer"',
    ]);
  });

  test("a password variable Terraform reserves", () => {
    expect(problemsOf(edited([["users", "alice", "passwordVariable"], "count"]))).toEqual([
      '  $.users.alice.passwordVariable: expected a variable name Terraform allows: source, version, providers, count, for_each, lifecycle, depends_on, locals, _, __proto__ are reserved; found "count"',
    ]);
  });
});

describe("URLs must be written the way browsers serialise them", () => {
  test.each([
    [" https://example.com ", 'expected the URL exactly as browsers write it: "https://example.com"'],
    ["https://exa\tmple.com/cb", 'expected the URL exactly as browsers write it: "https://example.com/cb"'],
    ["https:evil.com/cb", 'expected the URL exactly as browsers write it: "https://evil.com/cb"'],
    ["https://example.com/a\nb", 'expected the URL exactly as browsers write it: "https://example.com/ab"'],
    ["https://example.com/#", "a URL must not contain a #fragment"],
    ["https://Example.com/cb", 'expected the URL exactly as browsers write it: "https://example.com/cb"'],
  ])("%j is refused in callbackUrls, logoutUrls and as the dashboard url", (url, message) => {
    for (const field of ["callbackUrls", "logoutUrls"]) {
      expect(problemsOf(edited([["dashboards", "mlflow", field], [url]]))).toEqual([
        `  $.dashboards.mlflow.${field}[0]: ${message}; found ${JSON.stringify(url)}`,
      ]);
    }
    expect(problemsOf(edited([["dashboards", "mlflow", "url"], url]))).toEqual([
      `  $.dashboards.mlflow.url: ${message}; found ${JSON.stringify(url)}`,
    ]);
  });

  test("a dashboard url with a ?query, which callback paths would be appended to", () => {
    expect(problemsOf(edited([["dashboards", "mlflow", "url"], "https://ml.example.com/?team=a"]))).toEqual([
      '  $.dashboards.mlflow.url: a base URL must not contain a ?query: callback and logout paths are appended to it; found "https://ml.example.com/?team=a"',
    ]);
  });

  test("a dashboard url whose origin makes an invalid default claim namespace", () => {
    expect(problemsOf(edited([["dashboards", "mlflow", "url"], "https://ml.eu.auth0.com"]))).toEqual([
      '  $.dashboards.mlflow.url: its origin is the default claim namespace "https://ml.eu.auth0.com/", which fails: Auth0 reserves auth0.com, webtask.io, webtask.run for its own claims; use your dashboard\'s domain. Set "loginFlow.claimNamespace"; found "https://ml.eu.auth0.com"',
    ]);
  });
});

describe("dashboards that Auth0 could not tell apart", () => {
  test("two dashboards on one url (with or without the trailing slash)", () => {
    const problems = problemsOf(
      edited([["dashboards", "tensorboard"], { ...mlflow, url: "https://mlflow.example.com/" }]),
    );
    expect(problems).toContain(
      '  $.dashboards.tensorboard.url: expected a URL of its own: dashboard "mlflow" uses it; found "https://mlflow.example.com/"',
    );
  });

  test("a callback URL that another dashboard's default callback already is", () => {
    const problems = problemsOf(
      edited([
        ["dashboards", "tensorboard"],
        {
          ...mlflow,
          url: "https://tb.example.com",
          callbackUrls: ["https://tb.example.com/callback", "https://mlflow.example.com/callback"],
        },
      ]),
    );
    expect(problems).toEqual([
      '  $.dashboards.tensorboard.callbackUrls[1]: expected callback URLs of its own: dashboard "mlflow" also uses https://mlflow.example.com/callback; found "https://mlflow.example.com/callback"',
    ]);
  });
});

test("allowedRoles beyond Auth0's client_metadata value limit is refused in config, with the path", () => {
  const roles = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`role-${i}-${"x".repeat(30)}`, { description: "A role" }]),
  );
  const problems = problemsOf(
    edited(
      [["roles"], roles],
      [["dashboards", "mlflow", "allowedRoles"], Object.keys(roles)],
      [["users", "alice", "roles"], []],
    ),
  );
  expect(problems).toEqual([
    `  $.dashboards.mlflow.allowedRoles: expected fewer or shorter roles: Auth0 stores them in client metadata as ${JSON.stringify(Object.keys(roles)).length} characters of JSON, and a value may hold at most ${MAX_METADATA_VALUE_LENGTH}; found a list of 8`,
  ]);
});

test("all problems in one pass: cross-reference checks run even when other fields fail", () => {
  const problems = problemsOf(
    edited(
      [["tenant", "domain"], "https://x"],
      [["connection", "passwordPolicy"], "low"],
      [["extra"], 1],
      [["users", "alice", "roles"], ["ml-adnim"]],
    ),
  );
  expect(problems).toHaveLength(4);
  expect(problems).toContain(
    '  $.users.alice.roles[0]: expected a role defined under "roles" ("ml-viewer"); found "ml-adnim"',
  );
});

test("messages are plain English, without zod's wording", () => {
  const problems = problemsOf(
    edited(
      [["dashboards", "mlflow", "clientName"], undefined],
      [["dashboards", "mlflow", "idTokenLifetimeSeconds"], 10.5],
      [["dashboards", "mlflow", "allowedRoles"], "ml-viewer"],
      [["dashboards", "mlflow", "description"], "d".repeat(141)],
    ),
  );
  expect(problems.sort()).toEqual([
    '  $.dashboards.mlflow.allowedRoles: expected a list; found "ml-viewer"',
    "  $.dashboards.mlflow.clientName: expected text (this field is required); found nothing (the field is missing)",
    '  $.dashboards.mlflow.description: expected at most 140 characters; found "' + "d".repeat(76) + "...",
    "  $.dashboards.mlflow.idTokenLifetimeSeconds: expected a whole number; found 10.5",
  ]);
  expect(problems.join("\n")).not.toMatch(/Invalid input|received|expected string/);
});

describe("two environments on one Terraform state are refused, naming both files", () => {
  const cases: [string, object, object][] = [
    ["pg schemaName", { type: "pg", schemaName: "shared" }, { type: "pg", schemaName: "shared" }],
    ["pg default vs explicit", { type: "pg" }, { type: "pg", schemaName: "ml_dashboard_auth_a" }],
    ["local path", { type: "local", path: "state/x.tfstate" }, { type: "local", path: "state/./X.tfstate" }],
    ["local default vs explicit", { type: "local" }, { type: "local", path: "terraform.ml-dashboard-auth-a.tfstate" }],
    [
      "s3 bucket and key",
      { type: "s3", bucket: "tf-state", region: "eu-west-1", key: "k.tfstate" },
      { type: "s3", bucket: "tf-state", region: "eu-west-2", key: "k.tfstate" },
    ],
    [
      "gcs bucket and prefix",
      { type: "gcs", bucket: "tf-state", prefix: "p" },
      { type: "gcs", bucket: "tf-state", prefix: "p/" },
    ],
    [
      "azurerm container and key",
      { type: "azurerm", resourceGroupName: "rg", storageAccountName: "acct", containerName: "tfstate", key: "k" },
      { type: "azurerm", resourceGroupName: "rg2", storageAccountName: "acct", containerName: "tfstate", key: "k" },
    ],
    [
      "cloud workspace",
      { type: "cloud", organization: "org", workspace: "ml" },
      { type: "cloud", organization: "org", workspace: "ml", hostname: "app.terraform.io" },
    ],
  ];
  test.each(cases)("%s", (_what, a, b) => {
    const folder = fs.mkdtempSync(path.join(dir, "state-"));
    writeConfig(folder, "a", { ...minimalConfig(), tenant: { domain: "a.eu.auth0.com" }, backend: a });
    writeConfig(folder, "b", { ...minimalConfig(), tenant: { domain: "b.eu.auth0.com" }, backend: b });
    expect(() => loadEnvironments({ configDir: folder })).toThrow(
      new RegExp(
        `b\\.json: invalid configuration \\(1 problem\\)\\n {2}\\$\\.backend: a Terraform state of its own: ${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/a\\.json keeps its state there too`,
      ),
    );
  });

  test("different keys in one bucket are fine", () => {
    const folder = fs.mkdtempSync(path.join(dir, "state-"));
    const s3 = { type: "s3", bucket: "tf-state", region: "eu-west-1" };
    writeConfig(folder, "a", { ...minimalConfig(), tenant: { domain: "a.eu.auth0.com" }, backend: s3 });
    writeConfig(folder, "b", { ...minimalConfig(), tenant: { domain: "b.eu.auth0.com" }, backend: s3 });
    expect(loadEnvironments({ configDir: folder }).map((e) => e.name)).toEqual(["a", "b"]);
  });
});
