import * as net from "node:net";

/** Addresses a loopback host name may resolve to. */
const ADDRESSES: Readonly<Record<string, readonly string[]>> = { localhost: ["127.0.0.1", "::1"] };

function taken(address: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") resolve(true);
      // No IPv6 on this machine: nothing can listen there either.
      else if (err.code === "EADDRNOTAVAIL" || err.code === "EAFNOSUPPORT") resolve(false);
      else reject(err);
    });
    server.listen({ host: address, port, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/**
 * Whether `port` on `host` (on any address `localhost` may mean) is taken right now, tried by
 * listening on it. Checked before the dashboard starts, so that its readiness check never
 * mistakes another process answering there (an earlier run, say) for the dashboard.
 */
export async function portInUse(host: string, port: number): Promise<boolean> {
  for (const address of ADDRESSES[host] ?? [host]) if (await taken(address, port)) return true;
  return false;
}
