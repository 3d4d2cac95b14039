import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_CACHE_DIR } from "../../scripts/project-cache";
import { freePort } from "./free-port";

/** A throwaway PostgreSQL cluster on 127.0.0.1, for tests. */
export interface TestPostgres {
  readonly port: number;
  /** A connection string for Terraform's pg backend (PG_CONN_STR). */
  readonly connectionString: string;
  /** Stops the server and removes its files; a second call does nothing. */
  stop(): void;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses to run as root). */
function pgCommand(args: string[]): [string, string[]] {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0], args.slice(1)];
}

/** Runs a PostgreSQL tool; throws with its output if it fails. */
function runPg(args: string[]): string {
  const [cmd, argv] = pgCommand(args);
  const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

// 1 MB WAL segments instead of 16: initdb zero-fills its first segment, which was half of its time
// and 16 of the 40 MB each cluster copies; no test comes near a segment's worth of writes.
const INITDB_ARGS = ["-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--wal-segsize=1"];
const TEMPLATES = path.join(PROJECT_CACHE_DIR, "postgres-template");

/** A new folder in the system's temporary folder that the postgres user can enter. */
function clusterDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-pg-"));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * A data directory as `initdb` leaves it, made once per PostgreSQL version, initdb options and
 * user, and copied for each test cluster: initdb takes about 0.8 s of CPU, a copy of its 28 MB
 * about a fifth of that. It is made in the temporary folder (the postgres user may not be able to
 * enter the checkout), copied into the cache and renamed into place there only once complete, so a
 * test never copies half of one.
 */
function templateDataDir(): string {
  const version = runPg(["initdb", "--version"]).trim();
  const key = createHash("sha256")
    .update(JSON.stringify([version, INITDB_ARGS, process.getuid?.()]))
    .digest("hex")
    .slice(0, 16);
  const template = path.join(TEMPLATES, key);
  if (fs.existsSync(template)) return template;
  const scratch = clusterDir();
  fs.mkdirSync(TEMPLATES, { recursive: true });
  const building = fs.mkdtempSync(path.join(TEMPLATES, `${key}.building-`));
  try {
    const data = path.join(scratch, "data");
    fs.mkdirSync(data, { mode: 0o700 });
    if (isRoot()) execFileSync("chown", ["postgres:postgres", data]);
    runPg(["initdb", "-D", data, ...INITDB_ARGS]);
    execFileSync("cp", ["-a", data, path.join(building, "data")]);
    try {
      fs.renameSync(path.join(building, "data"), template);
    } catch (error) {
      // Another test file made the same template meanwhile: theirs is as good.
      if (!fs.existsSync(template)) throw error;
    }
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return template;
}

export async function startPostgres(): Promise<TestPostgres> {
  const template = templateDataDir();
  const dir = clusterDir();
  const data = path.join(dir, "data");
  // -a keeps the modes (0700, which the server demands) and, as root, the postgres owner.
  execFileSync("cp", ["-a", template, data]);
  if (isRoot()) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const port = await freePort();
  runPg([
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
  let stopped = false;
  return {
    port,
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    // Once: a test may stop the server (an outage) before its afterAll does.
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        runPg(["pg_ctl", "-D", data, "-w", "-m", "fast", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
