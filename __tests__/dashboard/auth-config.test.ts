import { authConfig as dashboardAuthConfig } from "../../dashboard/auth-config";
import {
  DEFAULT_SESSION_ABSOLUTE_SECONDS,
  DEFAULT_SESSION_ROLLING_SECONDS,
  openSessionStore,
  SESSION_COOKIE,
  SessionSettings,
  SessionStore,
} from "../../dashboard/session";
import { sessionIdSigner } from "../../dashboard/session-id";
import { DashboardSettings } from "../../dashboard/settings";
// The library's own option validation (Joi; unknown options are errors). It is plain CommonJS,
// unlike the rest of express-openid-connect, whose openid-client 6 dependency jest cannot load.
import { get as validateOptions } from "express-openid-connect/lib/config";

function settings(overrides: Partial<DashboardSettings> = {}): DashboardSettings {
  return {
    issuerBaseUrl: "https://ml-dashboards-dev.eu.auth0.com/",
    baseUrl: "http://localhost:3000",
    clientId: "client-id",
    clientSecret: "client-secret",
    sessionSecret: "0123456789abcdef0123456789abcdef",
    claimNamespace: "http://localhost:3000/",
    port: 3000,
    viewerRoles: ["ml-viewer"],
    adminRoles: ["ml-admin"],
    session: SESSION,
    ...overrides,
  };
}

const SESSION: SessionSettings = {
  absoluteSeconds: DEFAULT_SESSION_ABSOLUTE_SECONDS,
  rollingSeconds: DEFAULT_SESSION_ROLLING_SECONDS,
  store: { kind: "memory" },
};
const sessions = openSessionStore(SESSION, () => undefined);
afterAll(() => sessions.close());
const authConfig = (s: DashboardSettings) => dashboardAuthConfig(s, sessions);

describe("express-openid-connect configuration", () => {
  test("is accepted by the library's own validation, with every option name it knows", () => {
    expect(() => validateOptions(authConfig(settings()))).not.toThrow();
  });

  test("uses the code flow, client_secret_post and RS256, as the stack configures the Auth0 client", () => {
    const config = validateOptions(authConfig(settings()));
    expect(config.authorizationParams).toEqual({ response_type: "code", scope: "openid profile email" });
    expect(config.clientAuthMethod).toBe("client_secret_post");
    expect(config.idTokenSigningAlg).toBe("RS256");
    expect(config.authRequired).toBe(true);
  });

  test("takes the tenant, client and secrets from the settings, not from the library's own env lookups", () => {
    const config = validateOptions(authConfig(settings()));
    expect(config).toMatchObject({
      issuerBaseURL: "https://ml-dashboards-dev.eu.auth0.com/",
      baseURL: "http://localhost:3000",
      clientID: "client-id",
      clientSecret: "client-secret",
      secret: "0123456789abcdef0123456789abcdef",
      useMtls: false,
    });
  });

  test("routes match the stack's default callback (<url>/callback), and logout returns to BASE_URL via Auth0's /v2/logout", () => {
    const config = validateOptions(authConfig(settings()));
    expect(config.routes).toMatchObject({
      login: "/login",
      callback: "/callback",
      logout: "/logout",
      postLogoutRedirect: "http://localhost:3000",
    });
    expect(config.auth0Logout).toBe(true);
    expect(config.idpLogout).toBe(true);
  });

  test("session cookies are Secure exactly when BASE_URL is https, and always HttpOnly and SameSite=Lax", () => {
    const local = validateOptions(authConfig(settings())).session.cookie;
    const deployed = validateOptions(authConfig(settings({ baseUrl: "https://mlflow.example.com" }))).session.cookie;
    expect(local).toMatchObject({ secure: false, httpOnly: true, sameSite: "Lax" });
    expect(deployed).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  });

  test("sessions are server-side (logout can end them), with signed ids and both lifetimes from the settings", () => {
    const session = validateOptions(authConfig(settings())).session as Record<string, unknown>;
    expect(session).toMatchObject({
      name: SESSION_COOKIE,
      rolling: true,
      rollingDuration: DEFAULT_SESSION_ROLLING_SECONDS,
      absoluteDuration: DEFAULT_SESSION_ABSOLUTE_SECONDS,
      // The ids are signed by sessionOption's store and genid (session-id.ts), not by the library.
      signSessionStoreCookie: false,
    });
    expect(DEFAULT_SESSION_ABSOLUTE_SECONDS).toBeLessThanOrEqual(3600);
  });

  test("new session ids are signed with SECRET; the store behind refuses ids without that signature", async () => {
    const { store, genid } = validateOptions(authConfig(settings())).session as unknown as {
      store: SessionStore;
      genid: () => string;
    };
    const signed = genid();
    const signer = sessionIdSigner("0123456789abcdef0123456789abcdef", SESSION_COOKIE);
    const id = signer.verify(signed);
    expect(id).toMatch(/^[\w-]{20,}$/);
    const payload = {
      header: { iat: 1, uat: 1, exp: 4e9 },
      data: { id_token: "t" },
      cookie: { expires: 4e12, maxAge: 3.6e6 },
    };
    const get = (value: string) => new Promise((resolve) => store.get(value, (_err, found) => resolve(found)));
    await new Promise((resolve) => store.set(signed, payload as never, resolve));
    expect(await get(signed)).toMatchObject({ data: { id_token: "t" } });
    // The bare id (as a chunked appSession.0 cookie would pass it), or another secret's signature: nothing.
    expect(await get(id!)).toBeNull();
    expect(await get(sessionIdSigner("another-secret-0123456789abcdef01", SESSION_COOKIE).sign(id!))).toBeNull();
  });
});
