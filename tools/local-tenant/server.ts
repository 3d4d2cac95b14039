import { generateKeyPairSync, randomBytes } from "node:crypto";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import type { JWK, KoaContextWithOIDC } from "oidc-provider";
import { Certificate } from "./certificate";
import { LocalTenantConfigError } from "./errors";
import { loginRoutes } from "./login-routes";
import { loadOidcProvider } from "./oidc-provider-module";
import { offlineAccessLikeAuth0 } from "./offline-access";
import { auth0LogoutRoute } from "./logout-route";
import { PostLoginFlow } from "./post-login";
import { addCustomIdTokenClaims, GrantClaims, OidcProvider, providerConfiguration } from "./provider-config";
import { registerRefusedGrantTypes } from "./refused-grants";
import { Federation, loadOpenIdClient } from "./federation";
import { TenantModel, UserModel } from "./tenant-model";
import { startUpstreamIdp, UpstreamIdp } from "../upstream-idp/server";
import { tokenEndpointRules } from "./token-endpoint";

export interface RunningServer {
  readonly issuer: string;
  readonly port: number;
  /** The local upstream IdP's issuer, when the stack has federated connections. */
  readonly upstreamIssuer?: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly model: TenantModel;
  readonly flow: PostLoginFlow;
  readonly certificate: Certificate;
  readonly port: number;
  readonly log: (line: string) => void;
  /** The local upstream IdP for oidc/okta connections; required when the stack has any. */
  readonly upstream?: UpstreamOptions;
}

export interface UpstreamOptions {
  /** The upstream IdP's user directory (JSON, read at every login; see tools/upstream-idp). */
  readonly directoryFile: string;
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  readonly port?: number;
}

type Handler = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void;

function signingKey(): JWK {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    ...(privateKey.export({ format: "jwk" }) as JWK),
    kid: randomBytes(12).toString("base64url"),
    alg: "RS256",
    use: "sig",
  };
}

/**
 * Listens on 127.0.0.1 (and on ::1 when the machine has it, so "localhost" works whichever
 * address a client picks), never on another interface. Requests for another Host are refused,
 * which keeps a web page from reaching the tenant through DNS rebinding.
 */
export async function listenOnLoopback(
  certificate: Certificate,
  port: number,
  handler: Handler,
): Promise<{ servers: https.Server[]; port: number }> {
  const create = () => https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
  const listen = (server: https.Server, host: string, p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port: p, exclusive: true }, () => {
        server.off("error", reject);
        resolve();
      });
    });
  for (let attempt = 0; ; attempt++) {
    const v4 = create();
    try {
      await listen(v4, "127.0.0.1", port);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new LocalTenantConfigError(
        code === "EADDRINUSE"
          ? `port ${port} on 127.0.0.1 is in use; pick another port (0 picks a free one: --port for the tenant alone, --tenant-port for npm run dev)`
          : `cannot listen on 127.0.0.1:${port} (${code ?? String(err)})`,
      );
    }
    const actual = (v4.address() as AddressInfo).port;
    const v6 = create();
    try {
      await listen(v6, "::1", actual);
      return { servers: [v4, v6], port: actual };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EADDRNOTAVAIL" || code === "EAFNOSUPPORT") return { servers: [v4], port: actual };
      await closeServers([v4]);
      // The free port picked on 127.0.0.1 is taken on ::1: try another one.
      if (code === "EADDRINUSE" && port === 0 && attempt < 5) continue;
      throw new LocalTenantConfigError(`cannot listen on [::1]:${actual} (${code ?? String(err)})`);
    }
  }
}

export function closeServers(servers: https.Server[]): Promise<void> {
  return Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  ).then(() => undefined);
}

/** Refuses, before anything starts, federated connections the local upstream IdP cannot serve. */
function checkFederation(model: TenantModel, upstream: UpstreamOptions | undefined): void {
  const federated = model.connections.filter((c) => c.federation);
  if (federated.length === 0) return;
  if (!upstream) {
    throw new LocalTenantConfigError(
      `${model.stackFile}: ${federated.map((c) => `${c.address} (${c.strategy}, IdP ${c.federation!.configuredIssuer})`).join(", ")} ` +
        "signs users in at an identity provider the local tenant cannot reach; give it a local upstream IdP with a user directory (npm run dev starts one; see docs/local-tenant.md)",
    );
  }
  const clientIds = new Set<string>();
  for (const c of federated) {
    if (clientIds.has(c.federation!.clientId))
      throw new LocalTenantConfigError(
        `${model.stackFile}: ${c.address}.options.client_id is used by two connections; the local upstream IdP needs one client per connection`,
      );
    clientIds.add(c.federation!.clientId);
  }
}

/** Starts the HTTPS server and the OpenID provider behind it. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { model, flow, log } = options;
  checkFederation(model, options.upstream);
  const { oidc, description } = await loadOidcProvider();
  log(`${description} on Node ${process.versions.node}`);
  let app: Handler = (_req, res) => {
    res.statusCode = 503;
    res.end("starting");
  };
  const { servers, port } = await listenOnLoopback(options.certificate, options.port, (req, res) => app(req, res));
  const issuer = `https://localhost:${port}/`;
  let upstream: UpstreamIdp | undefined;
  try {
    const grantClaims = new Map<string, GrantClaims>();
    const federatedUsers = new Map<string, UserModel>();
    const federated = model.connections.filter((c) => c.federation);
    let federation: Federation | undefined;
    if (federated.length > 0) {
      if (!options.upstream) throw new Error("unreachable: checkFederation refuses a stack without an upstream IdP");
      upstream = await startUpstreamIdp({
        directoryFile: options.upstream.directoryFile,
        port: options.upstream.port,
        name: federated.map((c) => c.displayName).join(" / "),
        clients: federated.map((c) => ({
          clientId: c.federation!.clientId,
          clientSecret: c.federation!.clientSecret,
          redirectUris: [new URL("/u/login/callback", issuer).href],
        })),
        log,
      });
      federation = new Federation(await loadOpenIdClient(), upstream.issuer, issuer);
      for (const c of federated)
        log(
          `connection "${c.name}" (${c.strategy}): its IdP ${c.federation!.configuredIssuer} is emulated by the local upstream IdP at ${upstream.issuer}`,
        );
    }
    const provider: OidcProvider = new oidc.default(
      issuer,
      providerConfiguration(oidc, {
        model,
        issuer,
        signingKey: signingKey(),
        grantClaims,
        startedAt: new Date(),
        federatedUsers,
      }),
    );
    addCustomIdTokenClaims(provider, grantClaims);
    registerRefusedGrantTypes(provider, oidc);
    logProviderEvents(provider, model, log);

    const allowedHosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
    provider.use(async (ctx, next) => {
      if (!allowedHosts.has(ctx.host)) {
        ctx.status = 421;
        ctx.body = `this local tenant answers only to https://localhost:${port}/`;
        return;
      }
      await next();
    });
    provider.use(offlineAccessLikeAuth0() as Parameters<OidcProvider["use"]>[0]);
    provider.use(tokenEndpointRules({ model, log }) as Parameters<OidcProvider["use"]>[0]);
    provider.use(
      loginRoutes({ provider, model, flow, issuer, grantClaims, log, federation, federatedUsers }) as Parameters<
        OidcProvider["use"]
      >[0],
    );
    provider.use(auth0LogoutRoute({ provider, model, log }) as Parameters<OidcProvider["use"]>[0]);

    // oidc-provider checks client metadata when a client is first used; check all now, so a
    // client it cannot serve refuses the start instead of failing the first login.
    for (const client of model.clients) {
      try {
        await provider.Client.find(client.clientId);
      } catch (err) {
        const e = err as { error_description?: string; message?: string };
        throw new LocalTenantConfigError(
          `${model.stackFile}: ${client.address} cannot be emulated: ${e.error_description ?? e.message}`,
        );
      }
    }
    const handle = provider.callback();
    app = (req, res) => void handle(req, res);
    const running = upstream;
    return {
      issuer,
      port,
      upstreamIssuer: running?.issuer,
      close: () => Promise.all([closeServers(servers), running?.close()]).then(() => undefined),
    };
  } catch (err) {
    await Promise.all([closeServers(servers), upstream?.close()]);
    throw err;
  }
}

function logProviderEvents(provider: OidcProvider, model: TenantModel, log: (line: string) => void): void {
  const clientName = (ctx: KoaContextWithOIDC) => {
    const id =
      ctx.oidc?.client?.clientId ?? (typeof ctx.query?.client_id === "string" ? ctx.query.client_id : undefined);
    const client = model.clients.find((c) => c.clientId === id);
    return client ? `"${client.name}" (${client.address})` : id ? `client_id ${id}` : "unknown client";
  };
  const describe = (err: unknown) => {
    const e = err as { error?: string; error_description?: string; error_detail?: string; message?: string };
    if (e.error_description === "requested grant type is not allowed for this client")
      return "unauthorized_client: the grant type is not in its grant_types";
    return [e.error ?? e.message, e.error_description, e.error_detail].filter(Boolean).join(": ");
  };
  const on = (event: string, what: string) =>
    provider.on(event, (ctx: KoaContextWithOIDC, err: unknown) => {
      // Denials and failures of the login flow were logged when they happened.
      if (event === "authorization.error" && ctx.path.startsWith("/authorize/")) return;
      log(`${what} refused for ${clientName(ctx)}: ${describe(err)}`);
    });
  on("authorization.error", "authorization request");
  on("grant.error", "token request");
  on("userinfo.error", "userinfo request");
  on("end_session.error", "logout (/oidc/logout)");
  on("revocation.error", "revocation request");
  provider.on("server_error", (ctx: KoaContextWithOIDC, err: Error) =>
    log(`internal error at ${ctx.method} ${ctx.path}: ${err.message}`),
  );
  provider.on("grant.success", (ctx: KoaContextWithOIDC) =>
    log(`tokens issued to ${clientName(ctx)} (grant_type ${String(ctx.oidc.params?.grant_type)})`),
  );
  provider.on("end_session.success", (ctx: KoaContextWithOIDC) => log(`logout (/oidc/logout) from ${clientName(ctx)}`));
}
