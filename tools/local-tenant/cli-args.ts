import { parseArgs } from "node:util";
import { LocalTenantConfigError } from "./errors";

export const USAGE = `usage: node scripts/run-ts.js tools/local-tenant/cli.ts --stack <cdk.tf.json> [options]
       node scripts/run-ts.js tools/local-tenant/cli.ts --seed <tenant.json> [options]

Starts a local Auth0-compatible tenant (HTTPS on localhost) built from a synthesized stack.
Terraform variables (user passwords) come from TF_VAR_<name>, as for terraform apply.

options:
  --stack FILE          the synthesized stack, e.g. cdktf.out/stacks/ml-dashboard-auth-dev/cdk.tf.json
  --seed FILE           instead of a stack: serve the Management API of an existing tenant described
                        in FILE (for npm run adopt); the outputs file gets its machine-to-machine
                        credentials
  --port N              HTTPS port on localhost (default: 0, a free port)
  --outputs-file FILE   write every output, client secrets included, to FILE (mode 0600)
  --cert-file FILE      write the certificate (PEM) to FILE, for NODE_EXTRA_CA_CERTS
  --stop-with-stdin     stop when stdin closes (so a test runner that dies takes the tenant along)
  -h, --help            show this help

When ready it prints one JSON line to stdout: {"issuer", "port", "outputs"} (outputs without
sensitive values). Logs go to stderr. SIGINT or SIGTERM stops it (exit 0); a stack it cannot
emulate stops it at start (exit 1, with the reason).`;

export interface CliOptions {
  readonly stack: string;
  /** Serve the Management API of this seeded tenant instead of a stack. */
  readonly seed?: string;
  readonly port: number;
  readonly outputsFile?: string;
  readonly certFile?: string;
  readonly stopWithStdin: boolean;
  readonly help: boolean;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        stack: { type: "string" },
        seed: { type: "string" },
        port: { type: "string" },
        "outputs-file": { type: "string" },
        "cert-file": { type: "string" },
        "stop-with-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new LocalTenantConfigError(`${(err as Error).message}; see --help`);
  }
  if (values.help) return { stack: "", port: 0, stopWithStdin: false, help: true };
  const seed = typeof values.seed === "string" && values.seed !== "" ? values.seed : undefined;
  if (seed !== undefined && values.stack !== undefined)
    throw new LocalTenantConfigError("--stack and --seed start different tenants; give one of them; see --help");
  if (seed === undefined && (typeof values.stack !== "string" || values.stack === ""))
    throw new LocalTenantConfigError("--stack <cdk.tf.json> is required; see --help");
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(String(values.port)) || port > 65535)
      throw new LocalTenantConfigError(`--port ${String(values.port)} is invalid; expected 0 (a free port) to 65535`);
  }
  return {
    stack: (values.stack as string | undefined) ?? "",
    ...(seed !== undefined ? { seed } : {}),
    port,
    outputsFile: values["outputs-file"] as string | undefined,
    certFile: values["cert-file"] as string | undefined,
    stopWithStdin: values["stop-with-stdin"] === true,
    help: false,
  };
}
