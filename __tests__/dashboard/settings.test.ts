import { parseSettings } from "../../dashboard/settings";

const SECRET_VALUES = {
  CLIENT_SECRET: "client-secret-9f8e7d6c5b4a",
  SECRET: "session-secret-0123456789abcdef0123456789",
};

/** A complete, valid environment, as the stack outputs of config/dev.json would give it. */
function validEnv(): Record<string, string> {
  return {
    ISSUER_BASE_URL: "https://ml-dashboards-dev.eu.auth0.com/",
    BASE_URL: "http://localhost:3000",
    CLIENT_ID: "aBcD1234client",
    CLAIM_NAMESPACE: "http://localhost:3000/",
    ...SECRET_VALUES,
  };
}

function problemsFor(env: Record<string, string | undefined>): readonly string[] {
  const result = parseSettings(env);
  if (result.ok) throw new Error("expected problems, got valid settings");
  return result.problems;
}

describe("dashboard settings from the environment", () => {
  test("a complete environment gives settings, with defaults for the port and the roles", () => {
    const result = parseSettings(validEnv());
    expect(result).toEqual({
      ok: true,
      settings: {
        issuerBaseUrl: "https://ml-dashboards-dev.eu.auth0.com/",
        baseUrl: "http://localhost:3000",
        clientId: "aBcD1234client",
        clientSecret: SECRET_VALUES.CLIENT_SECRET,
        sessionSecret: SECRET_VALUES.SECRET,
        claimNamespace: "http://localhost:3000/",
        port: 3000,
        host: "localhost",
        viewerRoles: ["ml-viewer"],
        adminRoles: ["ml-admin"],
        session: { absoluteSeconds: 3600, rollingSeconds: 900, store: { kind: "memory" } },
      },
    });
  });

  describe("server-side session settings (SESSION_*)", () => {
    const sessionOf = (env: Record<string, string>) => {
      const result = parseSettings({ ...validEnv(), ...env });
      return result.ok ? result.settings.session : result.problems;
    };
    const PG_URL = "postgres://sessions:Pg-Canary-Secret-77@db.internal:5432/dashboards";

    test("lifetimes and a shared PostgreSQL store can be chosen", () => {
      expect(
        sessionOf({
          SESSION_ABSOLUTE_DURATION: "1800",
          SESSION_ROLLING_DURATION: "300",
          SESSION_STORE: "postgres",
          SESSION_STORE_URL: PG_URL,
        }),
      ).toEqual({
        absoluteSeconds: 1800,
        rollingSeconds: 300,
        store: { kind: "postgres", connectionString: PG_URL, tableName: "ml_dashboard_sessions" },
      });
      // A short absolute lifetime also caps the default idle lifetime.
      expect(sessionOf({ SESSION_ABSOLUTE_DURATION: "600" })).toMatchObject({
        absoluteSeconds: 600,
        rollingSeconds: 600,
      });
    });

    test("bad values are refused with the variable named, and the connection string is never shown", () => {
      const problems = (env: Record<string, string>) => (sessionOf(env) as string[]).join("\n");
      expect(problems({ SESSION_ROLLING_DURATION: "7200" })).toContain(
        "SESSION_ROLLING_DURATION (7200) is longer than SESSION_ABSOLUTE_DURATION (3600)",
      );
      expect(problems({ SESSION_ABSOLUTE_DURATION: "1h" })).toContain("SESSION_ABSOLUTE_DURATION is invalid");
      expect(problems({ SESSION_ABSOLUTE_DURATION: "30" })).toContain("expected 60 to 86400 seconds");
      expect(problems({ SESSION_STORE: "redis" })).toContain("SESSION_STORE is invalid");
      expect(problems({ SESSION_STORE: "postgres" })).toContain("SESSION_STORE_URL is not set");
      expect(problems({ SESSION_STORE_URL: PG_URL })).toContain("SESSION_STORE is not postgres");
      const wrongField = problems({ SESSION_STORE: "postgres", SESSION_STORE_URL: "Pg-Canary-Secret-77" });
      expect(wrongField).toContain("SESSION_STORE_URL is invalid (not shown)");
      expect(wrongField).not.toContain("Canary");
    });
  });

  test("a dashboard on a loopback URL listens on loopback only; elsewhere on every interface, unless HOST says", () => {
    const at = (env: Record<string, string>) => {
      const result = parseSettings({ ...validEnv(), ...env });
      return result.ok ? result.settings.host : "invalid";
    };
    expect(at({ BASE_URL: "http://127.0.0.1:3000" })).toBe("127.0.0.1");
    expect(at({ BASE_URL: "http://[::1]:3000" })).toBe("::1");
    expect(at({ BASE_URL: "https://mlflow.example.com" })).toBeUndefined();
    expect(at({ BASE_URL: "https://mlflow.example.com", HOST: "10.0.0.5" })).toBe("10.0.0.5");
  });

  test("the default port is the scheme's when BASE_URL has none", () => {
    const result = parseSettings({ ...validEnv(), BASE_URL: "https://mlflow.example.com" });
    expect(result.ok && result.settings.port).toBe(443);
  });

  test("PORT and the role lists override the defaults; role lists are trimmed", () => {
    const result = parseSettings({
      ...validEnv(),
      PORT: "8080",
      DASHBOARD_VIEWER_ROLES: " ml-viewer , data-scientist ,",
      DASHBOARD_ADMIN_ROLES: "ml-admin,ml-owner",
    });
    expect(result.ok && result.settings).toMatchObject({
      port: 8080,
      viewerRoles: ["ml-viewer", "data-scientist"],
      adminRoles: ["ml-admin", "ml-owner"],
    });
  });

  test("BASE_URL is kept verbatim: it is also the logout returnTo that Auth0 matches exactly", () => {
    const result = parseSettings({ ...validEnv(), BASE_URL: "https://ml.example.com/mlflow/" });
    expect(result.ok && result.settings.baseUrl).toBe("https://ml.example.com/mlflow/");
  });

  test("an empty environment names every required variable and where its value comes from", () => {
    expect(problemsFor({})).toEqual([
      "dashboard: ISSUER_BASE_URL is not set; take it from the stack output issuer_base_url (terraform output -raw issuer_base_url)",
      "dashboard: BASE_URL is not set; take it from the stack output <dashboard>_base_url, e.g. terraform output -raw mlflow_base_url",
      "dashboard: CLIENT_ID is not set; take it from the stack output <dashboard>_client_id, e.g. terraform output -raw mlflow_client_id",
      "dashboard: CLIENT_SECRET is not set; take it from the stack output <dashboard>_client_secret, e.g. terraform output -raw mlflow_client_secret",
      "dashboard: SECRET is not set; set it to a random string of at least 32 characters (e.g. openssl rand -hex 32); it signs the session cookie",
      "dashboard: CLAIM_NAMESPACE is not set; take it from the stack output claim_namespace (terraform output -raw claim_namespace)",
    ]);
  });

  test.each(Object.keys(validEnv()))("%s alone missing gives exactly one problem, naming it", (name) => {
    const env: Record<string, string | undefined> = validEnv();
    delete env[name];
    const problems = problemsFor(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^dashboard: ${name} is not set; `));
  });

  test("an empty or blank value counts as not set", () => {
    expect(problemsFor({ ...validEnv(), CLIENT_ID: "" })).toEqual([
      expect.stringMatching(/^dashboard: CLIENT_ID is not set; /),
    ]);
    expect(problemsFor({ ...validEnv(), CLIENT_ID: "   " })).toEqual([
      expect.stringMatching(/^dashboard: CLIENT_ID is empty; /),
    ]);
  });

  test.each([
    [
      "ISSUER_BASE_URL",
      "ml-dashboards-dev.eu.auth0.com",
      'dashboard: ISSUER_BASE_URL "ml-dashboards-dev.eu.auth0.com" is invalid: expected an absolute URL',
    ],
    [
      "ISSUER_BASE_URL",
      "http://ml-dashboards-dev.eu.auth0.com/",
      'dashboard: ISSUER_BASE_URL "http://ml-dashboards-dev.eu.auth0.com/" is invalid: expected an https:// URL',
    ],
    [
      "BASE_URL",
      "ftp://localhost:3000",
      'dashboard: BASE_URL "ftp://localhost:3000" is invalid: expected an https:// URL',
    ],
    [
      "BASE_URL",
      "https://ml.example.com/#dash",
      'dashboard: BASE_URL "https://ml.example.com/#dash" is invalid: a URL must not contain a #fragment',
    ],
    [
      "CLAIM_NAMESPACE",
      "https://ml.example.com",
      'dashboard: CLAIM_NAMESPACE "https://ml.example.com" is invalid: expected a trailing slash, e.g. "https://ml.example.com/"',
    ],
    [
      "CLAIM_NAMESPACE",
      "https://tenant.auth0.com/",
      'dashboard: CLAIM_NAMESPACE "https://tenant.auth0.com/" is invalid: Auth0 reserves auth0.com',
    ],
    ["PORT", "http", "dashboard: PORT is invalid: expected a port number between 1 and 65535"],
    ["PORT", "65536", "dashboard: PORT is invalid: expected a port number between 1 and 65535"],
    [
      "DASHBOARD_VIEWER_ROLES",
      " , ",
      "dashboard: DASHBOARD_VIEWER_ROLES is empty; expected a comma-separated list of role names, e.g. ml-viewer",
    ],
    [
      "DASHBOARD_ADMIN_ROLES",
      "ml-admin,ml admin",
      'dashboard: DASHBOARD_ADMIN_ROLES has invalid role names "ml admin"; expected names such as ml-admin',
    ],
  ])("%s=%j is refused with a message saying what is expected", (name, value, message) => {
    const problems = problemsFor({ ...validEnv(), [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(message)).toBe(true);
  });

  test("plain http:// is accepted for loopback hosts (a local tenant, a dashboard on localhost)", () => {
    const result = parseSettings({
      ...validEnv(),
      ISSUER_BASE_URL: "http://127.0.0.1:4000/",
      BASE_URL: "http://[::1]:3000",
    });
    expect(result.ok).toBe(true);
  });

  test("a too-short SECRET is refused without echoing it or its length", () => {
    const problems = problemsFor({ ...validEnv(), SECRET: "short-but-secret" });
    expect(problems).toEqual([
      "dashboard: SECRET is too short; expected at least 32 characters (e.g. openssl rand -hex 32)",
    ]);
    expect(problems.join("\n")).not.toContain("short-but-secret");
    expect(problems.join("\n")).not.toContain(String("short-but-secret".length));
  });

  test("no message ever contains a secret's value, however many other things are wrong", () => {
    const env = {
      ...validEnv(),
      ISSUER_BASE_URL: "nope",
      BASE_URL: "nope",
      CLAIM_NAMESPACE: "nope",
      PORT: "x",
      SECRET: "tiny-secret-value",
    };
    const text = problemsFor(env).join("\n");
    expect(text).not.toContain(SECRET_VALUES.CLIENT_SECRET);
    expect(text).not.toContain("tiny-secret-value");
  });

  test("variables the dashboard does not use are ignored", () => {
    expect(parseSettings({ ...validEnv(), AUTH0_MTLS: "true", HOME: "/root" }).ok).toBe(true);
  });
});
