// Type-only import: this module stays loadable where express-openid-connect's ESM
// dependency (openid-client 6) is not, e.g. in jest.
import type { auth } from "express-openid-connect";
import { OpenSessionStore, sessionOption } from "./session";
import { DashboardSettings } from "./settings";

export type AuthConfig = NonNullable<Parameters<typeof auth>[0]>;

export const ROUTES = { login: "/login", callback: "/callback", logout: "/logout" } as const;

/**
 * The express-openid-connect configuration. Every value is explicit, so that nothing depends
 * on the library's defaults or on other environment variables it would read by itself.
 */
export function authConfig(settings: DashboardSettings, sessions: OpenSessionStore): AuthConfig {
  return {
    issuerBaseURL: settings.issuerBaseUrl,
    baseURL: settings.baseUrl,
    clientID: settings.clientId,
    clientSecret: settings.clientSecret,
    secret: settings.sessionSecret,
    // Every page needs a login, except the routes mounted before the auth middleware (/healthz).
    authRequired: true,
    // Authorization code flow with PKCE: the stack grants the client only authorization_code
    // and refresh_token, never implicit.
    authorizationParams: { response_type: "code", scope: "openid profile email" },
    // The stack sets auth0_client_credentials.authentication_method = client_secret_post.
    clientAuthMethod: "client_secret_post",
    idTokenSigningAlg: "RS256",
    // Logout through Auth0's /v2/logout?client_id=&returnTo=<BASE_URL>, which works for
    // *.auth0.com tenants, custom domains and the local tenant alike. The stack's default
    // allowed logout URL is the dashboard's base URL.
    auth0Logout: true,
    idpLogout: true,
    routes: { ...ROUTES, postLogoutRedirect: settings.baseUrl },
    // Server-side sessions, so that logout ends them (a copied cookie is worthless afterwards).
    // The library picks the Secure flag from BASE_URL (https → Secure); stated here for readers.
    session: sessionOption(settings.session, sessions, {
      secure: settings.baseUrl.startsWith("https:"),
      secret: settings.sessionSecret,
    }),
    // Ignore AUTH0_MTLS, which the library would otherwise read from the environment.
    useMtls: false,
  };
}
