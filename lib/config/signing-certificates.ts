import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, ConfigProblem, jsonPath } from "./config-error";

/** Connection key to the PEM text of its SAML signing certificate file. */
export type SigningCertificateFiles = ReadonlyMap<string, string>;

/**
 * Reads every `connections.<key>.signingCert.file`, relative to the config file's folder, and
 * checks that it holds an X.509 certificate in PEM. A certificate is public, so its content may
 * be shown; a private key in that file is refused, since it would end up in the plan.
 */
export function readSigningCertificates(
  configFile: string,
  connections: Readonly<Record<string, { type: string; signingCert?: unknown }>> | undefined,
): SigningCertificateFiles {
  const problems: ConfigProblem[] = [];
  const pems = new Map<string, string>();
  for (const [key, c] of Object.entries(connections ?? {})) {
    const source = c.signingCert as { file?: string } | undefined;
    if (c.type !== "samlp" || typeof source?.file !== "string") continue;
    const where = jsonPath(["connections", key, "signingCert", "file"]);
    const full = path.resolve(path.dirname(configFile), source.file);
    let text: string;
    try {
      text = fs.readFileSync(full, "utf8");
    } catch (err) {
      problems.push({
        path: where,
        expected: "a readable PEM file, relative to the config file's folder",
        found: `${JSON.stringify(source.file)} (${(err as NodeJS.ErrnoException).code ?? "unreadable"})`,
      });
      continue;
    }
    if (/PRIVATE KEY-----/.test(text)) {
      problems.push({
        path: where,
        expected: "only the IdP's public signing certificate: delete the private key from this file",
        found: "a file holding a private key (not shown)",
      });
      continue;
    }
    try {
      new X509Certificate(text);
      if (!/-----BEGIN CERTIFICATE-----/.test(text)) throw new Error("not PEM");
    } catch {
      problems.push({
        path: where,
        expected: "an X.509 certificate in PEM (-----BEGIN CERTIFICATE-----), as the IdP's metadata gives it",
        found: `${JSON.stringify(source.file)}, which is not one`,
      });
      continue;
    }
    pems.set(key, text.trim() + "\n");
  }
  if (problems.length > 0) throw new ConfigError(configFile, problems);
  return pems;
}
