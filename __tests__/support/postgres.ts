import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { freePort } from "./free-port";

/** A throwaway PostgreSQL cluster on 127.0.0.1, for tests. */
export interface TestPostgres {
  readonly port: number;
  /** A connection string for Terraform's pg backend (PG_CONN_STR). */
  readonly connectionString: string;
  stop(): void;
}

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses to run as root). */
function pgCommand(args: string[]): [string, string[]] {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0], args.slice(1)];
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-pg-"));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, "data");
  fs.mkdirSync(data, { mode: 0o700 });
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const port = await freePort();
  const run = (args: string[]) => {
    const [cmd, argv] = pgCommand(args);
    const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  run(["initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  run([
    "pg_ctl",
    "-D",
    data,
    "-w",
    "-t",
    "30",
    "-l",
    path.join(dir, "server.log"),
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    "start",
  ]);
  return {
    port,
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: () => {
      try {
        run(["pg_ctl", "-D", data, "-w", "-m", "fast", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
