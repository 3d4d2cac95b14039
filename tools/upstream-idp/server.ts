import { generateKeyPairSync, randomBytes } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml, PAGE_CSP } from "../local-tenant/html";
import { LocalTenantConfigError } from "../local-tenant/errors";
import { loadOidcProvider } from "../local-tenant/oidc-provider-module";
import { passwordMatches, readDirectory, UpstreamUser } from "./directory";

/** An OAuth client of the upstream IdP: the local tenant, as a connection's clientId/secret. */
export interface UpstreamClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
}

export interface UpstreamIdpOptions {
  /** The user directory (see directory.ts), read at every login. */
  readonly directoryFile: string;
  readonly clients: readonly UpstreamClient[];
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Shown on the login page. @default "Local upstream IdP" */
  readonly name?: string;
  readonly log?: (line: string) => void;
}

export interface UpstreamIdp {
  /** e.g. http://127.0.0.1:4500/ */
  readonly issuer: string;
  close(): Promise<void>;
}

/** Scopes and the ID token claims they release, as Okta and most OIDC IdPs release them. */
const CLAIMS = {
  openid: ["sub"],
  profile: ["name", "department"],
  email: ["email", "email_verified"],
  groups: ["groups"],
};

const MAX_FORM_BYTES = 16 * 1024;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function loginPage(name: string, action: string, error?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in | ${escapeHtml(name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:8vh auto}label,input,button{display:block;width:100%;margin-top:.5rem}
.error{background:#fee2e2;color:#991b1b;padding:.5rem}</style></head>
<body><h1 data-testid="upstream-title">${escapeHtml(name)}</h1>
${error ? `<div class="error" role="alert" data-testid="upstream-error">${escapeHtml(error)}</div>` : ""}
<form method="post" action="${escapeHtml(action)}">
<label for="upstream-email">Work email</label><input id="upstream-email" name="email" type="email" required autofocus>
<label for="upstream-password">Password</label><input id="upstream-password" name="password" type="password" required>
<button type="submit">Sign in</button></form>
<p><small>Local upstream identity provider (ml-dashboard-auth), standing in for the company IdP</small></p></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new Error("login form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * A second, local OpenID provider (oidc-provider, as the local tenant), standing in for a
 * company IdP such as Okta: users with groups from a directory file, a login form, the
 * `groups` scope releasing a `groups` claim in the ID token. Listens on 127.0.0.1 only and
 * answers only to its own host name. Consent is implied (the tenant is a first-party client).
 */
export async function startUpstreamIdp(options: UpstreamIdpOptions): Promise<UpstreamIdp> {
  const log = options.log ?? (() => undefined);
  const name = options.name ?? "Local upstream IdP";
  // The same oidc-provider major as the local tenant: 8 on Node 20, 9 on Node 22 and later.
  const { oidc } = await loadOidcProvider();
  readDirectory(options.directoryFile); // a broken directory refuses the start, not the first login

  let app: Handler = (_req, res) => res.writeHead(503).end("starting");
  const server = http.createServer((req, res) => app(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port: options.port ?? 0, exclusive: true }, () => resolve());
  }).catch((err: NodeJS.ErrnoException) => {
    throw new LocalTenantConfigError(
      err.code === "EADDRINUSE"
        ? `port ${options.port} on 127.0.0.1 is in use; pick another port for the upstream IdP (npm run dev -- --idp-port <port>, or 0 for any free one)`
        : `cannot listen on 127.0.0.1:${options.port} (${err.code ?? err.message})`,
    );
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}/`;
  const userOf = (sub: string): UpstreamUser | undefined =>
    readDirectory(options.directoryFile).find((u) => u.sub === sub);

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new oidc.default(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [...c.redirectUris],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    })),
    jwks: {
      keys: [
        { ...privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), alg: "RS256", use: "sig" },
      ],
    },
    // Its own cookie names: the local tenant, also on localhost, uses oidc-provider's defaults.
    cookies: {
      keys: [randomBytes(32).toString("base64url")],
      names: {
        session: "_upstream_session",
        interaction: "_upstream_interaction",
        resume: "_upstream_resume",
        state: "_upstream_state",
      },
    },
    claims: CLAIMS,
    scopes: Object.keys(CLAIMS),
    // Claims in the ID token, as Okta puts groups there; Auth0 maps ID token claims (context.tokenset).
    conformIdTokenClaims: false,
    pkce: { methods: ["S256"], required: () => false },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx: KoaContextWithOIDC, sub: string) => {
      const user = userOf(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        // Read at token time: the groups are the directory's as of this login.
        claims: () => ({
          sub,
          email: user.email,
          email_verified: user.emailVerified !== false,
          name: user.name,
          groups: [...user.groups],
          ...(user.claims ?? {}),
        }),
      };
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(Object.keys(CLAIMS).join(" "));
      await grant.save();
      return grant;
    },
  });
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const providerHandler = provider.callback();

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const action = `/interaction/${details.uid}`;
    const page = (status: number, error?: string) => {
      res.writeHead(status, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": PAGE_CSP,
        "cache-control": "no-store",
      });
      res.end(loginPage(name, action, error));
    };
    if (req.method === "GET") return page(200);
    if (req.method !== "POST") return void res.writeHead(405, { allow: "GET, POST" }).end();
    const form = await readForm(req);
    const email = (form.get("email") ?? "").trim().toLowerCase();
    const user = readDirectory(options.directoryFile).find((u) => u.email === email);
    if (!user || !passwordMatches(user, form.get("password") ?? "")) {
      log(`upstream: sign-in failed for ${email || "(no email)"}`);
      return page(401, "Wrong email or password.");
    }
    log(`upstream: ${user.email} signed in (groups: ${user.groups.join(", ") || "none"})`);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  app = (req, res) => {
    if (!allowedHosts.has(req.headers.host ?? "")) {
      res.writeHead(421).end(`this upstream IdP answers only to ${issuer}`);
      return;
    }
    const path = new URL(req.url ?? "/", issuer).pathname;
    const handled = path.startsWith("/interaction/") ? interaction(req, res) : providerHandler(req, res);
    Promise.resolve(handled).catch((err: Error) => {
      log(`upstream: ${req.method} ${path}: ${err.message}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("upstream IdP error");
    });
  };
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
