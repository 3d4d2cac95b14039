import { childEnvironment } from "../../tools/dev/child-process";
import { dashboardEndpoint, localUrlProblem, pickLocalDashboard, withPort } from "../../tools/dev/dashboard-endpoint";
import { DevUsageError, parseDevArgs } from "../../tools/dev/dev-args";
import { StackDashboard } from "../../tools/dev/stack-dashboards";

const dashboard = (key: string, baseUrl: string): StackDashboard => ({
  key,
  baseUrl,
  callbacks: [`${baseUrl}/callback`],
  logoutUrls: [baseUrl],
});

describe("picking the dashboard's port: --port or PORT, one setting", () => {
  const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseDevArgs(argv, "/project", env);

  test("PORT and --port set the same thing; neither means the config's url decides", () => {
    expect(parse([], { PORT: "3001" })).toMatchObject({ dashboardPort: { port: 3001, source: "PORT" } });
    expect(parse(["--port", "3002"])).toMatchObject({ dashboardPort: { port: 3002, source: "--port" } });
    expect(parse(["--port", "3002"], { PORT: "3002" })).toMatchObject({ dashboardPort: { port: 3002 } });
    expect(parse([], { PORT: "" })).toMatchObject({ dashboardPort: undefined });
  });

  test("disagreeing or invalid ports are usage errors that say what is expected", () => {
    expect(() => parse(["--port", "3002"], { PORT: "3001" })).toThrow(
      new DevUsageError("--port 3002 and PORT=3001 disagree; both set the dashboard's port: give one of them"),
    );
    for (const bad of ["0", "65536", "30o1", "-1", " 3000"])
      expect(() => parse([], { PORT: bad })).toThrow(`PORT ${JSON.stringify(bad)} is invalid`);
  });
});

describe("where the dashboard runs", () => {
  test("only http:// URLs on loopback can run locally", () => {
    expect(localUrlProblem("http://localhost:3000")).toBeUndefined();
    expect(localUrlProblem("http://127.0.0.1:3000/app")).toBeUndefined();
    expect(localUrlProblem("http://[::1]:3000")).toBeUndefined();
    expect(localUrlProblem("https://mlflow.ml.example.com")).toMatch(/not on this machine/);
    expect(localUrlProblem("http://localhost.example.com:3000")).toMatch(/not on this machine/);
    expect(localUrlProblem("http://127.0.0.1.nip.io")).toMatch(/not on this machine/);
    expect(localUrlProblem("https://localhost:8443")).toMatch(/not http:\/\//);
  });

  test("without --dashboard, the first dashboard that can run locally", () => {
    const picked = pickLocalDashboard(
      [dashboard("remote", "https://remote.example.com"), dashboard("local", "http://localhost:3000")],
      undefined,
      "dev",
    );
    expect(picked.key).toBe("local");
  });

  test("a chosen port moves the URL, written as the config writes it; the host stays loopback", () => {
    expect(withPort("http://localhost:3000", 3001)).toBe("http://localhost:3001");
    expect(withPort("http://localhost", 3001)).toBe("http://localhost:3001");
    expect(withPort("http://localhost:3000/app", 80)).toBe("http://localhost/app");
    expect(withPort("http://[::1]:3000/app/", 4000)).toBe("http://[::1]:4000/app/");
    expect(dashboardEndpoint(dashboard("d", "http://[::1]:3000"), { port: 3001, source: "PORT" })).toEqual({
      baseUrl: "http://[::1]:3001",
      host: "::1",
      port: 3001,
      moved: true,
    });
    expect(dashboardEndpoint(dashboard("d", "http://127.0.0.1:3000"), { port: 3000, source: "--port" })).toEqual({
      baseUrl: "http://127.0.0.1:3000",
      host: "127.0.0.1",
      port: 3000,
      moved: false,
    });
  });
});

describe("a child's environment", () => {
  test("is the inherited allow-list plus what is passed explicitly: no credential of the launcher", () => {
    const env = childEnvironment(
      {
        PATH: "/usr/bin",
        LANG: "C.UTF-8",
        TF_VAR_alice_password: "x",
        AUTH0_CLIENT_SECRET: "x",
        AWS_SECRET_ACCESS_KEY: "x",
        PG_CONN_STR: "x",
        TF_TOKEN_app_terraform_io: "x",
        HOME: "/root",
        NODE_OPTIONS: "--require /tmp/evil.js",
        npm_config_registry: "x",
      },
      { CLIENT_SECRET: "given", LANG: "en_GB.UTF-8" },
    );
    expect(env).toEqual({ PATH: "/usr/bin", LANG: "en_GB.UTF-8", CLIENT_SECRET: "given" });
  });
});
