import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT } from "../support/paths";
import {
  ManagementTenant,
  readTenantSeed,
  startManagementTenant,
  TenantSeedInput,
} from "../../tools/local-tenant/management-api";
import { RateLimitOptions } from "../../tools/local-tenant/management-api";

export interface AdoptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the local tenant's Management API from a seed written to `dir` (as a user would give it a file). */
export async function startSeededTenant(
  dir: string,
  seed: TenantSeedInput,
  rateLimit?: RateLimitOptions,
): Promise<ManagementTenant> {
  const file = path.join(dir, `seed-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(seed, null, 2));
  const tenant = await startManagementTenant({ seed: readTenantSeed(file), rateLimit });
  fs.writeFileSync(path.join(dir, `cert-${tenant.port}.pem`), tenant.certificatePem);
  return tenant;
}

/** The environment `npm run adopt` gets: the tenant's domain, the given credentials, trust for its certificate. */
export function adoptEnv(
  dir: string,
  tenant: ManagementTenant,
  credentials: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AUTH0_DOMAIN: tenant.domain,
    NODE_EXTRA_CA_CERTS: path.join(dir, `cert-${tenant.port}.pem`),
  };
  for (const [k, v] of Object.entries(credentials)) if (v !== undefined) env[k] = v;
  return env;
}

/**
 * Runs `npm run adopt` (its command) in a child process. Asynchronously: the tenant it talks to
 * runs in this process, so a synchronous spawn would stall it.
 */
export function runAdopt(args: readonly string[], env: NodeJS.ProcessEnv): Promise<AdoptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(PROJECT_ROOT, "scripts/run-ts.js"), path.join(PROJECT_ROOT, "tools/adopt/cli.ts"), ...args],
      { cwd: PROJECT_ROOT, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
