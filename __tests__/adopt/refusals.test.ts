import * as fs from "node:fs";
import * as path from "node:path";
import { ManagementTenant } from "../../tools/local-tenant/management-api";
import { tempDir } from "../support/paths";
import { CLIENT_IDS, existingTenant } from "./existing-tenant";
import { adoptEnv, runAdopt, startSeededTenant } from "./run-adopt";

// Bad input: each case exits 1 with one clear line, writes nothing, and never echoes a secret.
describe("npm run adopt refuses bad input and writes nothing", () => {
  const dir = tempDir("adopt-refusals");
  const configDir = path.join(dir, "config");
  const target = path.join(configDir, "adopted.json");
  let tenant: ManagementTenant;
  let reader: { clientId: string; clientSecret: string };

  beforeAll(async () => {
    fs.mkdirSync(configDir);
    tenant = await startSeededTenant(dir, existingTenant());
    reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
  }, 60_000);
  afterAll(() => tenant?.close());
  afterEach(() => fs.rmSync(target, { force: true }));

  const args = ["--env", "adopted", "--config-dir", configDir, "--tenant-domain", "ml-adopted.eu.auth0.com"];
  const readerEnv = () =>
    adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId, AUTH0_CLIENT_SECRET: reader.clientSecret });
  const leftovers = () => fs.readdirSync(configDir);

  test("missing credentials: names the variables and the scopes to grant", async () => {
    const run = await runAdopt(args, adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("adopt: AUTH0_CLIENT_SECRET is not set");
    expect(run.stderr).toContain("read:users");
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);

  test("wrong credentials: the tenant's 401, without echoing the secret", async () => {
    const wrong = "definitely-not-the-secret-0123456789";
    const run = await runAdopt(
      args,
      adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId, AUTH0_CLIENT_SECRET: wrong }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the tenant refused the credentials \(401 access_denied: Unauthorized\).*check AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET/,
    );
    expect(run.stdout + run.stderr).not.toContain(wrong);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);

  test("missing scopes: the tenant's 403 insufficient_scope, and the scopes to grant", async () => {
    const narrow = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.narrow)!;
    const run = await runAdopt(
      args,
      adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: narrow.clientId, AUTH0_CLIENT_SECRET: narrow.clientSecret }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "the application lacks a scope needed to read users of Username-Password-Authentication",
    );
    expect(run.stderr).toContain("Insufficient scope, expected all of: read:users");
    expect(run.stderr).toContain(
      "grant it these Management API scopes: read:clients read:connections read:users read:roles read:actions read:rules",
    );
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);

  test("a tenant with no regular-web application: says there is nothing to adopt as a dashboard", async () => {
    const seed = existingTenant();
    seed.clients = seed.clients!.filter((c) => c.app_type !== "regular_web");
    seed.connections = seed.connections!.map((c) => ({ ...c, enabled_clients: [CLIENT_IDS.spa] }));
    const other = await startSeededTenant(dir, seed);
    try {
      const creds = other.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
      const run = await runAdopt(
        args,
        adoptEnv(dir, other, { AUTH0_CLIENT_ID: creds.clientId, AUTH0_CLIENT_SECRET: creds.clientSecret }),
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("adopt: the tenant has no regular-web application to adopt as a dashboard");
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      await other.close();
    }
  }, 60_000);

  test("an --env whose file exists is refused unless --force, and a failed --force run leaves it as it was", async () => {
    const original = '{ "kept": "as it was" }\n';
    fs.writeFileSync(target, original);
    const refused = await runAdopt(args, readerEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${target} already exists; adopt refuses to overwrite it (pass --force to replace it`,
    );

    const failed = await runAdopt(
      [...args, "--force"],
      adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId, AUTH0_CLIENT_SECRET: "wrong-secret-value" }),
    );
    expect(failed.code).toBe(1);
    expect(fs.readFileSync(target, "utf8")).toBe(original);

    const forced = await runAdopt([...args, "--force"], readerEnv());
    expect(forced.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(target, "utf8"))).toHaveProperty(
      ["connections", "database", "importId"],
      "con_Default0000000001",
    );
    expect(leftovers()).toEqual(["adopted.json"]); // no temporary file left behind
  }, 120_000);

  test("a tenant domain the config cannot hold is refused before anything is written", async () => {
    const run = await runAdopt(["--env", "adopted", "--config-dir", configDir], readerEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the adopted config would not validate, so nothing was written: $.tenant.domain");
    expect(run.stderr).toContain("--tenant-domain");
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);

  test("bad arguments: a missing or invalid --env, an unknown option", async () => {
    for (const [argv, message] of [
      [[], "--env <name> is required"],
      [["--env", "Prod/../x"], '--env "Prod/../x" is invalid'],
      [["--env", "x", "--frobnicate"], "Unknown option '--frobnicate'"],
    ] as const) {
      const run = await runAdopt(argv, readerEnv());
      expect({ code: run.code, message: run.stderr.includes(message) }).toEqual({ code: 1, message: true });
    }
  }, 60_000);
});

describe("npm run adopt under the tenant's rate limit", () => {
  const dir = tempDir("adopt-rate-limit");
  test("waits for x-ratelimit-reset and retries 429s, and still writes the config", async () => {
    fs.mkdirSync(path.join(dir, "config"));
    // 4 requests a second: adopt's ~15 requests meet both a spent budget and 429 answers.
    const tenant = await startSeededTenant(dir, existingTenant(), { requests: 4, windowSeconds: 1 });
    try {
      const reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
      const run = await runAdopt(
        ["--env", "limited", "--config-dir", path.join(dir, "config"), "--tenant-domain", "ml-adopted.eu.auth0.com"],
        adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId, AUTH0_CLIENT_SECRET: reader.clientSecret }),
      );
      expect(run.stderr).toContain("rate limit reached; waiting");
      expect(run.code).toBe(0);
      expect(fs.existsSync(path.join(dir, "config", "limited.json"))).toBe(true);
    } finally {
      await tenant.close();
    }
  }, 120_000);
});
