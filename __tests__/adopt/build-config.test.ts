import { Management } from "auth0";
import { completeEnvironment, environmentSchema } from "../../lib/config/schema";
import { buildConfig } from "../../tools/adopt/build-config";
import { AdoptError } from "../../tools/adopt/errors";
import { TenantSnapshot } from "../../tools/adopt/read-tenant";
import { synthEnvironment } from "../helpers";

const connection: Management.ConnectionForList = {
  id: "con_Odd0001",
  name: "Username-Password-Authentication",
  strategy: "auth0",
  options: {},
};

function snapshot(overrides: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return {
    clients: [
      {
        client_id: "OddClient0001",
        name: "Ünïcode ${var.x} Dashboard",
        app_type: "regular_web",
        callbacks: ["https://ml.example.com/app/callback", "https://*.example.com/callback"],
        grant_types: ["authorization_code", "implicit", "urn:made-up:grant"],
        client_metadata: { dashboard_key: "9-lives", allowed_roles: '["ml-viewer","ghost"]' },
        refresh_token: { rotation_type: "non-rotating", expiration_type: "non-expiring" },
      },
      {
        client_id: "NoHttps0001",
        name: "Legacy",
        app_type: "regular_web",
        callbacks: ["http://legacy.example.com/cb"],
      },
    ],
    connections: [connection],
    connection,
    enabledClientIds: ["OddClient0001", "NoHttps0001"],
    users: [
      {
        user_id: "auth0|1",
        email: "jo.smith@example.com",
        app_metadata: { roles: ["ml-viewer", "från-metadata", "ml-ops", "x<y"] },
      },
      { user_id: "auth0|2", email: "jo_smith@example.com" },
      { user_id: "auth0|3", email: "not-an-email" },
      { user_id: "auth0|4" },
    ],
    roles: [
      { id: "rol_1", name: "ml-viewer", description: "" },
      { id: "rol_2", name: "bad<role>", description: "x" },
    ],
    roleMembers: new Map([["rol_2", ["auth0|2"]]]),
    actions: [],
    bindings: new Map(),
    rules: [],
    ...overrides,
  };
}

describe("turning what adopt read into config", () => {
  const adoption = buildConfig(snapshot(), { tenantDomain: "ml-odd.eu.auth0.com" });
  const notes = adoption.notes.join("\n");

  test("odd names and Unicode still give a config that validates and synthesizes, with literal text", () => {
    const parsed = environmentSchema.parse(adoption.config);
    expect(Object.keys(parsed.dashboards)).toEqual(["dashboard_9_lives"]);
    expect(Object.keys(parsed.users)).toEqual(["jo_smith", "jo_smith_2"]);
    const json = JSON.parse(synthEnvironment(completeEnvironment("odd", parsed))) as {
      resource: { auth0_client: Record<string, { name: string }> };
    };
    // "${" in a name is kept as text, never read as Terraform interpolation.
    expect(json.resource.auth0_client.dashboard_9_lives.name).toBe("Ünïcode $${var.x} Dashboard");
  });

  test("everything it leaves out or changes is reported", () => {
    for (const expected of [
      'role "bad<role>" (rol_2) is not adopted',
      "role ml-viewer: no description",
      "role ml-ops exists only in users' app_metadata.roles; the first apply creates it",
      "role från-metadata exists only in users' app_metadata.roles; the first apply creates it",
      "user jo.smith@example.com: roles x<y cannot be represented",
      "user jo_smith@example.com: roles bad<role> cannot be represented",
      "user auth0|3 is not adopted: its email address is not one the config accepts",
      "user auth0|4 is not adopted: it has no email address",
      "callback URL https://*.example.com/callback is dropped (wildcards are not allowed",
      "grant type implicit is kept, with a reason to review",
      "grant type urn:made-up:grant cannot be represented and is removed on apply",
      "refresh tokens become rotating and expiring on apply",
      "allowed roles ghost are not roles of the tenant and are left out",
      "application Legacy (NoHttps0001) is not adopted: it has no https callback URL",
    ]) {
      expect(notes).toContain(expected);
    }
    expect(notes).not.toContain("http://legacy.example.com/cb");
    expect(adoption.config.dashboards.dashboard_9_lives).toMatchObject({
      url: "https://ml.example.com/app",
      allowedRoles: ["ml-viewer"],
      extraGrantTypes: [{ grantType: "implicit" }],
    });
  });

  test("a tenant whose only regular-web applications cannot be adopted is refused", () => {
    const clients = snapshot().clients.filter((c) => c.client_id === "NoHttps0001");
    expect(() => buildConfig(snapshot({ clients }), { tenantDomain: "x.eu.auth0.com" })).toThrow(AdoptError);
  });

  test("--dashboards names an application that is not a regular-web application", () => {
    expect(() => buildConfig(snapshot(), { tenantDomain: "x.eu.auth0.com", dashboards: ["Nope"] })).toThrow(
      /--dashboards "Nope": no regular-web application has this client id or name/,
    );
  });
});
