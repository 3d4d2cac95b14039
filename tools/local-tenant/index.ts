/**
 * A local, Auth0-compatible tenant built from a synthesized cdk.tf.json: the clients,
 * connections, users, roles, Rules and post-login Actions the stack would deploy, served over
 * HTTPS on localhost with Auth0's URL shape, so that a dashboard's login can be tested end to
 * end before anything is deployed. See docs/local-tenant.md.
 */
import { generateLocalhostCertificate } from "./certificate";
import { LocalTenantConfigError } from "./errors";
import { localOutputs } from "./outputs";
import { PostLoginFlow } from "./post-login";
import { startServer, UpstreamOptions } from "./server";
import { readStackFile } from "./stack-file";
import { buildTenantModel, TenantModel } from "./tenant-model";
import { resolveVariables, variablesFromEnvironment } from "./variables";

export { LocalTenantConfigError } from "./errors";

export interface LocalTenantOptions {
  /** Path of a synthesized cdk.tf.json. */
  stackFile: string;
  /** HTTPS port on localhost; 0 picks a free one. Default 0. */
  port?: number;
  /** Values of Terraform variables (e.g. { alice_password: "..." }); default: read TF_VAR_<name> from process.env. Missing password variables are an error. */
  variables?: Record<string, string>;
  /** Log function for login events and errors (never passwords or secrets). Default: no logging. */
  log?: (line: string) => void;
  /** The local upstream IdP for the stack's oidc/okta connections (user directory file, port). Required when it has any. */
  upstream?: UpstreamOptions;
}

export interface LocalTenant {
  /** e.g. https://localhost:4443/ (trailing slash) */
  readonly issuer: string;
  readonly port: number;
  /** The local upstream IdP standing in for the federated connections' IdPs, if any. */
  readonly upstreamIssuer?: string;
  /** PEM of the self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  readonly certificatePem: string;
  /** The stack's Terraform outputs as they would be after apply, with generated ids substituted: e.g. issuer_base_url (https://<configured domain>/ is replaced by this tenant's issuer), tenant_domain -> localhost:<port>, mlflow_client_id, mlflow_client_secret, mlflow_base_url, mlflow_callback_urls, claim_namespace, users ({alice: {id, email}}). */
  readonly outputs: Record<string, unknown>;
  /** Users from the stack: key, email, roles (names), blocked. */
  readonly users: ReadonlyArray<{ key: string; email: string; roles: string[]; blocked: boolean }>;
  close(): Promise<void>;
}

/** Reads, resolves and checks a stack without starting anything; throws LocalTenantConfigError. */
export function loadTenantModel(stackFile: string, variables?: Record<string, string>): TenantModel {
  const stack = readStackFile(stackFile);
  const resolved = resolveVariables(stack, variables ?? variablesFromEnvironment(process.env));
  try {
    return buildTenantModel(stack, resolved);
  } catch (err) {
    // Messages of the reference resolver name the resource; add the file like every other message.
    if (err instanceof LocalTenantConfigError && !err.message.startsWith(`${stackFile}: `)) {
      throw new LocalTenantConfigError(`${stackFile}: ${err.message}`);
    }
    throw err;
  }
}

export async function startLocalTenant(options: LocalTenantOptions): Promise<LocalTenant> {
  return (await startTenant(options)).tenant;
}

/**
 * startLocalTenant, also returning the outputs that are not sensitive (what the CLI may print).
 * @internal
 */
export async function startTenant(
  options: LocalTenantOptions,
): Promise<{ tenant: LocalTenant; publicOutputs: Record<string, unknown> }> {
  const log = options.log ?? (() => undefined);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new LocalTenantConfigError(`port ${port} is invalid; expected 0 (any free port) to 65535`);

  const model = loadTenantModel(options.stackFile, options.variables);
  let flow: PostLoginFlow;
  try {
    flow = new PostLoginFlow(model, { log });
  } catch (err) {
    if (err instanceof LocalTenantConfigError) throw new LocalTenantConfigError(`${options.stackFile}: ${err.message}`);
    throw err;
  }
  for (const note of model.notes) log(`note: ${note}`);

  const certificate = await generateLocalhostCertificate();
  const server = await startServer({ model, flow, certificate, port, log, upstream: options.upstream });
  const outputs = localOutputs(model, server.issuer);
  log(
    `local tenant for ${model.stackFile} at ${server.issuer}: ${model.clients.length} client(s), ${model.users.length} user(s), ` +
      `${model.rules.length} rule(s), ${model.postLoginActions.length} post-login action(s)`,
  );
  let closed: Promise<void> | undefined;
  const tenant: LocalTenant = {
    issuer: server.issuer,
    port: server.port,
    upstreamIssuer: server.upstreamIssuer,
    certificatePem: certificate.cert,
    outputs: outputs.all,
    users: model.users.map((u) => ({ key: u.key, email: u.email, roles: [...u.roles], blocked: u.blocked })),
    close: () => (closed ??= server.close()),
  };
  return { tenant, publicOutputs: outputs.public };
}
