#!/usr/bin/env node
// Entry point: node scripts/run-ts.js tools/local-tenant/cli.ts --stack <cdk.tf.json> [options]
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCliArgs, USAGE } from "./cli-args";
import { LocalTenantConfigError } from "./errors";
import { startTenant } from "./index";
import { readTenantSeed, startManagementTenant } from "./management-api";
import { writeFileAtomic } from "../../lib/write-file-atomic";

const log = (line: string) => process.stderr.write(`local-tenant: ${line}\n`);

function fail(err: unknown): never {
  // Expected problems have a message written for the user; anything else is reported in one
  // line too (a stack trace could show configuration values), unless LOCAL_TENANT_DEBUG is set.
  const message =
    err instanceof LocalTenantConfigError
      ? err.message
      : `internal error: ${String((err as Error)?.message ?? err).split("\n")[0]}`;
  log(message);
  if (process.env.LOCAL_TENANT_DEBUG && !(err instanceof LocalTenantConfigError))
    process.stderr.write(`${(err as Error)?.stack}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { tenant, outputs, ready } = options.seed
    ? await startSeeded(options.seed, options.port)
    : await startFromStack(options.stack, options.port);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    tenant.close().then(
      () => process.exit(0),
      (err) => fail(err),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  if (options.stopWithStdin) {
    process.stdin.on("end", () => stop("stdin closed"));
    process.stdin.on("error", () => stop("stdin closed"));
    process.stdin.resume();
  }
  try {
    // The folders are created as needed, private to the user: the outputs hold client secrets.
    for (const file of [options.certFile, options.outputsFile])
      if (file) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    if (options.certFile) writeFileAtomic(options.certFile, tenant.certificatePem, 0o644);
    if (options.outputsFile) writeFileAtomic(options.outputsFile, `${JSON.stringify(outputs, null, 2)}\n`, 0o600);
  } catch (err) {
    await tenant.close();
    const e = err as NodeJS.ErrnoException;
    fail(new LocalTenantConfigError(`cannot write ${e.path ?? "a file"}: ${e.code ?? e.message}`));
  }
  process.stdout.write(`${JSON.stringify(ready)}\n`);
}

interface Started {
  readonly tenant: { readonly certificatePem: string; close(): Promise<void> };
  /** What --outputs-file gets (may hold secrets: written with mode 0600). */
  readonly outputs: unknown;
  /** The ready line: nothing secret. */
  readonly ready: Record<string, unknown>;
}

async function startFromStack(stackFile: string, port: number): Promise<Started> {
  const { tenant, publicOutputs } = await startTenant({ stackFile, port, log });
  return {
    tenant,
    outputs: tenant.outputs,
    ready: { issuer: tenant.issuer, port: tenant.port, outputs: publicOutputs },
  };
}

/** A seeded tenant's Management API (for npm run adopt): its credentials go to the outputs file only. */
async function startSeeded(seedFile: string, port: number): Promise<Started> {
  const tenant = await startManagementTenant({ seed: readTenantSeed(seedFile), port, log });
  return {
    tenant,
    outputs: { domain: tenant.domain, managementApiClients: tenant.credentials },
    ready: { domain: tenant.domain, port: tenant.port },
  };
}

main().catch(fail);
