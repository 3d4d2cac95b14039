import * as fs from "node:fs";
import * as path from "node:path";
import { ManagementClient } from "auth0";
import { environmentSchema } from "../../lib/config/schema";
import { writeFileAtomic } from "../../lib/write-file-atomic";
import { AdoptOptions } from "./cli-args";
import { buildConfig } from "./build-config";
import { AdoptError } from "./errors";
import { readTenant } from "./read-tenant";
import { scopeList } from "./scopes";

/** Retries of a request the tenant rate-limits (429) or fails (5xx), after Retry-After / x-ratelimit-reset. */
const MAX_RETRIES = 5;

export interface AdoptResult {
  readonly file: string;
  readonly notes: readonly string[];
}

/**
 * Reads the tenant named by AUTH0_DOMAIN and writes `<configDir>/<env>.json`. The file is
 * written only once it validates, in one atomic rename: an existing file is replaced only with
 * --force, and a failure never leaves a half-written one.
 */
export async function adopt(
  options: AdoptOptions,
  env: NodeJS.ProcessEnv,
  progress: (line: string) => void,
): Promise<AdoptResult> {
  const file = path.join(options.configDir, `${options.env}.json`);
  if (fs.existsSync(file) && !options.force) {
    throw new AdoptError(
      `${file} already exists; adopt refuses to overwrite it (pass --force to replace it, or pick another --env)`,
    );
  }
  if (!fs.existsSync(options.configDir)) throw new AdoptError(`${options.configDir}: no such folder (--config-dir)`);
  const credentials = credentialsFrom(env);
  const tenantDomain = options.tenantDomain ?? credentials.domain;

  progress(`reading tenant ${credentials.domain} (scopes needed: ${scopeList()})`);
  const client = new ManagementClient({ ...credentials, maxRetries: MAX_RETRIES });
  const snapshot = await readTenant(client, { connection: options.connection, progress });
  const adoption = buildConfig(snapshot, { tenantDomain, dashboards: options.dashboards });

  const checked = environmentSchema.safeParse(adoption.config);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = ["$", ...issue.path.map(String)].join(".");
    const hint = issue.path[0] === "tenant" ? " (pass the tenant's real domain with --tenant-domain)" : "";
    throw new AdoptError(
      `the adopted config would not validate, so nothing was written: ${where}: ${issue.message}${hint}`,
    );
  }
  writeFileAtomic(file, `${JSON.stringify(adoption.config, null, 2)}\n`);
  progress(
    `wrote ${file}: ${adoption.counts.dashboards} dashboard(s), ${adoption.counts.roles} role(s), ${adoption.counts.users} user(s), ${adoption.counts.keptBindings} kept post-login binding(s)`,
  );
  return { file, notes: adoption.notes };
}

function credentialsFrom(env: NodeJS.ProcessEnv): { domain: string; clientId: string; clientSecret: string } {
  const missing = ["AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new AdoptError(
      `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set: set AUTH0_DOMAIN, AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET to a machine-to-machine application with the Management API scopes ${scopeList()}`,
    );
  }
  const domain = env.AUTH0_DOMAIN!.trim();
  if (/[/?#]|^https?:/i.test(domain)) {
    throw new AdoptError(`AUTH0_DOMAIN must be a bare host name such as my-tenant.eu.auth0.com (no https://, no path)`);
  }
  return { domain, clientId: env.AUTH0_CLIENT_ID!, clientSecret: env.AUTH0_CLIENT_SECRET! };
}
