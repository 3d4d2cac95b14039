import * as fs from "node:fs";
import type { OidcModule } from "./provider-config";

/**
 * Which oidc-provider major the local tenant runs on. oidc-provider 9 supports Node 22 and later only (on
 * Node 20 it prints "Unsupported runtime"), so both majors are installed, 9 under the npm alias
 * `oidc-provider-9`, and the running Node picks one. One `npm ci` then serves every supported Node (CI
 * tests three on one install; switching Node with nvm needs no reinstall). The code is typed against 8's
 * types: the part of the API it uses is the same in both, and the test suite runs on both.
 */
export const OIDC_PROVIDER_9_MIN_NODE_MAJOR = 22;

/** Node 20 is past its end of life (2026-04-30); it stays supported here until this date, then goes. */
export const NODE_20_SUPPORT_ENDS = "2027-03-31";

export type OidcProviderPackage = "oidc-provider" | "oidc-provider-9";

export function oidcProviderPackageFor(nodeVersion: string = process.versions.node): OidcProviderPackage {
  const major = Number(nodeVersion.replace(/^v/, "").split(".")[0]);
  return major >= OIDC_PROVIDER_9_MIN_NODE_MAJOR ? "oidc-provider-9" : "oidc-provider";
}

export interface LoadedOidcProvider {
  readonly oidc: OidcModule;
  /** e.g. "oidc-provider 9.13.3", for the start-up log line. */
  readonly description: string;
}

/** Loads the oidc-provider for this Node (ESM-only, so with import()). */
export async function loadOidcProvider(): Promise<LoadedOidcProvider> {
  const name = oidcProviderPackageFor();
  // Literal specifiers, so that bundlers and type-checkers see both.
  const oidc =
    name === "oidc-provider-9"
      ? ((await import("oidc-provider-9")) as unknown as OidcModule)
      : await import("oidc-provider");
  return { oidc, description: `oidc-provider ${installedVersion(name)}` };
}

function installedVersion(name: OidcProviderPackage): string {
  // Both packages ship package.json without an exports map, so it resolves directly.
  const manifest: unknown = JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), "utf8"));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === "string" ? version : "(unknown version)";
}
