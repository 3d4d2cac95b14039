import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import { loadEnvironment } from "../../lib/config/load-environment";
import { ManagementTenant } from "../../tools/local-tenant/management-api";
import { synthEnvironment, tempDir } from "../helpers";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { withStandIns } from "../support/terraform-stand-ins";
import { CLIENT_IDS, DATABASE_USERS, existingTenant, FOREIGN_ACTION_ID } from "./existing-tenant";
import { adoptEnv, AdoptRun, runAdopt, startSeededTenant } from "./run-adopt";

interface WrittenConfig {
  connections: { database: { type: string; name: string; importId?: string; otherEnabledClientIds?: string[] } };
  roles: Record<string, { importId?: string }>;
  dashboards: Record<string, { importId?: string; callbackUrls?: string[]; extraGrantTypes?: unknown[] }>;
  users: Record<string, { email: string; importId?: string; passwordVariable?: string; roles: string[] }>;
  loginFlow: { postLogin?: { importId?: string; keepActions: { actionId: string; displayName: string }[] } };
}

/** Every client secret the tenant holds, read the way a client with read:client_keys would. */
function clientSecrets(
  tenant: ManagementTenant,
  ca: string,
  clientId: string,
  clientSecret: string,
): Promise<string[]> {
  const request = (method: string, url: string, body?: string, token?: string) =>
    new Promise<unknown>((resolve, reject) => {
      const req = https.request(
        `https://${tenant.domain}${url}`,
        {
          method,
          ca,
          headers: {
            ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve(JSON.parse(text)));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  return (async () => {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
      audience: `https://${tenant.domain}/api/v2/`,
    });
    const { access_token } = (await request("POST", "/oauth/token", form.toString())) as { access_token: string };
    const clients = (await request("GET", "/api/v2/clients", undefined, access_token)) as { client_secret?: string }[];
    return clients.map((c) => c.client_secret).filter((s): s is string => typeof s === "string");
  })();
}

describe("npm run adopt against a seeded pre-existing tenant", () => {
  const dir = tempDir("adopt");
  const configDir = path.join(dir, "config");
  let tenant: ManagementTenant;
  let run: AdoptRun;
  let text: string;
  let written: WrittenConfig;
  let secrets: string[];

  beforeAll(async () => {
    fs.mkdirSync(configDir);
    tenant = await startSeededTenant(dir, existingTenant());
    const reader = tenant.credentials.find((c) => c.clientId === CLIENT_IDS.reader)!;
    const env = adoptEnv(dir, tenant, { AUTH0_CLIENT_ID: reader.clientId, AUTH0_CLIENT_SECRET: reader.clientSecret });
    run = await runAdopt(
      ["--env", "adopted", "--config-dir", configDir, "--tenant-domain", "ml-adopted.eu.auth0.com"],
      env,
    );
    text = fs.readFileSync(path.join(configDir, "adopted.json"), "utf8");
    written = JSON.parse(text) as WrittenConfig;
    secrets = [
      ...(await clientSecrets(tenant, tenant.certificatePem, reader.clientId, reader.clientSecret)),
      ...tenant.credentials.map((c) => c.clientSecret),
    ];
  }, 180_000);
  afterAll(() => tenant?.close());

  test("it succeeds, shows progress over more than one page of users, and names the scopes it needs", () => {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
    expect(run.stderr).toContain(`reading users of Username-Password-Authentication: 100 of ${DATABASE_USERS}`);
    expect(run.stderr).toContain(`read ${DATABASE_USERS} users of Username-Password-Authentication (2 pages)`);
    expect(run.stderr).toContain("read:clients read:connections read:users read:roles read:actions read:rules");
  });

  test("the written config validates with no edits", () => {
    const config = loadEnvironment(path.join(configDir, "adopted.json"));
    expect(config.connections.database).toMatchObject({
      type: "database",
      name: "Username-Password-Authentication",
      importId: "con_Default0000000001",
    });
    expect(Object.keys(config.users)).toHaveLength(DATABASE_USERS);
  });

  test("every adopted object carries its Auth0 id, and adopted users have no password variable", () => {
    expect(
      Object.values(written.dashboards)
        .map((d) => d.importId)
        .sort(),
    ).toEqual([CLIENT_IDS.grafana, CLIENT_IDS.mlflow].sort());
    expect(written.roles).toEqual({
      "ml-viewer": expect.objectContaining({ importId: "rol_Viewer0000000001" }) as unknown,
      "ml-admin": expect.objectContaining({ importId: "rol_Admin00000000001" }) as unknown,
    });
    const users = Object.values(written.users);
    expect(users.every((u) => u.importId?.startsWith("auth0|user") && u.passwordVariable === undefined)).toBe(true);
    // Roles from app_metadata and from Auth0 role assignments are both kept.
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get("user001@example.com")!.roles).toEqual(["ml-admin", "ml-viewer"]);
    expect(byEmail.get("user002@example.com")!.roles).toEqual(["ml-viewer"]);
    expect(byEmail.get("user004@example.com")!.roles).toEqual(["ml-viewer"]);
    expect(byEmail.get("user006@example.com")!.roles).toEqual(["ml-admin"]);
    expect(byEmail.get("user003@example.com")!.roles).toEqual([]);
    expect(users.some((u) => u.email.startsWith("social"))).toBe(false);
  });

  test("the foreign post-login binding is kept, and the SPA stays enabled on the connection", () => {
    expect(written.loginFlow.postLogin).toEqual({
      importId: "post-login",
      keepActions: [{ actionId: FOREIGN_ACTION_ID, displayName: "audit-log" }],
    });
    expect(written.connections.database.otherEnabledClientIds).toEqual([CLIENT_IDS.spa]);
  });

  test("it writes no secret: no client secret, no credential, no Action secret", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
    expect(text).not.toMatch(/"(client_secret|password|passwordVariable|secrets?)"\s*:/);
  });

  test("it reports what it could not represent, and what the first apply changes", () => {
    for (const expected of [
      "connection google-oauth2 (google-oauth2) is not adopted",
      `application Team Portal (spa, ${CLIENT_IDS.spa}) is not adopted`,
      "credentials-exchange bindings (m2m-claims) are not represented",
      "rule geo-block (enabled) is not represented",
      'password policy "fair" is raised to "good"',
      "callback URL http://localhost:3000/callback is dropped",
      "app_metadata other than roles is not represented and is removed on apply for 1 user(s): user002@example.com (plan)",
      `post-login Action audit-log (${FOREIGN_ACTION_ID}) stays bound`,
    ]) {
      expect(run.stdout).toContain(expected);
    }
  });

  let synthesized: Parameters<typeof withStandIns>[0] | undefined;
  /** The adopted environment's stack, synthesized once for the tests that read it. */
  const stackJson = () =>
    (synthesized ??= JSON.parse(synthEnvironment(loadEnvironment(path.join(configDir, "adopted.json")))) as Parameters<
      typeof withStandIns
    >[0]);

  test("synth writes an import block for every adopted object", () => {
    const json = stackJson() as { import: { id: string; to: string }[] };
    const targets = new Map(json.import.map((b) => [b.to, b.id]));
    const withRoles = Object.values(written.users).filter((u) => u.roles.length > 0).length;
    // connection + its clients, 2 roles, 2 clients + their credentials, every user, users' roles, the trigger.
    expect(json.import).toHaveLength(2 + 2 + 4 + DATABASE_USERS + withRoles + 1);
    expect(targets.get("auth0_connection.database")).toBe("con_Default0000000001");
    expect(targets.get("auth0_trigger_actions.post_login")).toBe("post-login");
    for (const [key, user] of Object.entries(written.users))
      expect(targets.get(`auth0_user.${key}`)).toBe(user.importId);
    for (const [key, d] of Object.entries(written.dashboards))
      expect(targets.get(`auth0_client.${key}`)).toBe(d.importId);
  });

  const terraformFound = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0;
  (terraformFound ? test : test.skip)(
    "real Terraform validates and plans the import blocks (terraform_data stand-ins)",
    () => {
      const tfDir = path.join(dir, "terraform");
      fs.mkdirSync(tfDir);
      const env = offlineTerraformEnv(tfDir);
      const stack = JSON.parse(synthEnvironment(loadEnvironment(path.join(configDir, "adopted.json")))) as Parameters<
        typeof withStandIns
      >[0];
      fs.writeFileSync(path.join(tfDir, "main.tf.json"), JSON.stringify(withStandIns(stack)));
      mustRunTerraform(tfDir, ["init", "-no-color", "-input=false"], env);
      mustRunTerraform(tfDir, ["validate", "-no-color"], env);
      const plan = mustRunTerraform(tfDir, ["plan", "-no-color", "-input=false"], env);
      expect(plan).toMatch(new RegExp(`Plan: ${stack.import!.length} to import, `));
    },
    120_000,
  );
});
