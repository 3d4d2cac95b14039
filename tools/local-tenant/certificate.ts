import { generate } from "selfsigned";

export interface Certificate {
  /** PEM of the certificate: what clients trust (NODE_EXTRA_CA_CERTS, https `ca`). */
  readonly cert: string;
  /** PEM of the private key; it never leaves the process. */
  readonly key: string;
}

/**
 * A fresh self-signed certificate for localhost, 127.0.0.1 and ::1, made at every start and
 * valid for a week. It signs only this server's TLS, so trusting it trusts nothing else. Its key
 * is ECDSA P-256, which TLS 1.2 and 1.3 clients all accept: about a millisecond to make, where an
 * RSA 2048 key took 0.1–0.3 s of every start. (The tokens' signing key stays RSA: Auth0 signs
 * with RS256.)
 */
export async function generateLocalhostCertificate(): Promise<Certificate> {
  const now = new Date();
  const pems = await generate(
    [
      { name: "commonName", value: "localhost" },
      { name: "organizationName", value: "ml-dashboard-auth local tenant" },
    ],
    {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate: new Date(now.getTime() - 60_000),
      notAfterDate: new Date(now.getTime() + 7 * 24 * 3600_000),
      extensions: [
        { name: "basicConstraints", cA: false, critical: true },
        // An ECDSA key signs the handshake; it never enciphers a key as RSA key exchange did.
        { name: "keyUsage", digitalSignature: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
            { type: 7, ip: "::1" },
          ],
        },
      ],
    },
  );
  return { cert: pems.cert, key: pems.private };
}
