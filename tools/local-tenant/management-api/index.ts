/**
 * The local tenant's Management API: a seeded tenant (see seed.ts), served over HTTPS on
 * localhost with Auth0's URL shape (`https://localhost:<port>/api/v2/...`, token at
 * `/oauth/token`), so that `npm run adopt` runs end to end with the real `auth0` SDK.
 */
import { generateLocalhostCertificate } from "../certificate";
import { closeServers, listenOnLoopback } from "../server";
import { ManagementApi } from "./handler";
import { DEFAULT_RATE_LIMIT, RateLimit, RateLimitOptions } from "./rate-limit";
import { TenantSeed } from "./seed";
import { ManagementCredentials, ManagementTokens } from "./tokens";

export { readTenantSeed, tenantSeedSchema, type TenantSeed, type TenantSeedInput } from "./seed";
export type { ManagementCredentials } from "./tokens";
export type { RateLimitOptions } from "./rate-limit";

export interface ManagementTenantOptions {
  readonly seed: TenantSeed;
  /** HTTPS port on localhost; 0 picks a free one. Default 0. */
  readonly port?: number;
  /** Default: 1000 requests a second. */
  readonly rateLimit?: RateLimitOptions;
  readonly log?: (line: string) => void;
}

export interface ManagementTenant {
  /** What AUTH0_DOMAIN is set to, e.g. localhost:4443. */
  readonly domain: string;
  readonly port: number;
  /** PEM of the self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  readonly certificatePem: string;
  /** Credentials of each seeded client with Management API scopes (made at start). */
  readonly credentials: readonly ManagementCredentials[];
  close(): Promise<void>;
}

export async function startManagementTenant(options: ManagementTenantOptions): Promise<ManagementTenant> {
  const certificate = await generateLocalhostCertificate();
  // The API needs the port (its audience names it), which is known only once listening.
  const ready: { api?: ManagementApi } = {};
  const { servers, port } = await listenOnLoopback(certificate, options.port ?? 0, (req, res) => {
    // Requests for another Host are refused, so a web page cannot reach the API through DNS rebinding.
    if (!ready.api || !allowedHosts.has(req.headers.host ?? "")) {
      res.writeHead(421, { "content-type": "text/plain" }).end("this local tenant answers only to localhost");
      return;
    }
    if (!ready.api.handle(req, res)) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          statusCode: 404,
          error: "Not Found",
          message: "the seeded local tenant serves only the Management API",
        }),
      );
    }
  });
  const allowedHosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  const domain = `localhost:${port}`;
  const tokens = new ManagementTokens(options.seed, `https://${domain}/api/v2/`);
  ready.api = new ManagementApi(options.seed, tokens, new RateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  options.log?.(
    `Management API of a seeded tenant at https://${domain}/api/v2/: ${options.seed.clients.length} client(s), ` +
      `${options.seed.users.length} user(s), ${options.seed.roles.length} role(s)`,
  );
  let closed: Promise<void> | undefined;
  return {
    domain,
    port,
    certificatePem: certificate.cert,
    credentials: tokens.credentials,
    close: () => (closed ??= closeServers(servers)),
  };
}
