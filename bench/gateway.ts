// Gateway overhead: requests per second and p50/p99 latency of a small static response, served
// directly and through the gateway (with a signed-in session cookie), side by side in one run;
// then the same in front of a real dashboard, Jupyter Notebook's small `/api` response, when
// Debian's jupyter-notebook is installed (JUPYTER_NOTEBOOK_PATH elsewhere).
// Everything runs on 127.0.0.1: a static upstream, a stand-in OIDC provider (for one real login),
// the gateway as `npm run gateway` starts it, and a bare proxy on the gateway's HTTP client as the
// floor, each in its own process; this process is the client. The loops are bounded
// (BENCH_REQUESTS per round, default 4000; BENCH_CONCURRENCY connections, default 8; BENCH_ROUNDS
// alternating rounds, default 3). BENCH_GATEWAY_CPU_PROF=<dir> writes a CPU profile of the
// gateway process there (node --cpu-prof), to see where its time goes.
//
// Usage: npm run bench:gateway
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { HttpSession } from "../__tests__/dashboard/support/http-session";
import { freePort } from "../__tests__/support/free-port";
import { JUPYTER, spawnJupyterWithoutLogin } from "../__tests__/support/jupyter";

const ROOT = path.resolve(__dirname, "..");
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENT_ID = "bench-client";
const CLAIM_NAMESPACE = "https://ml.example.com/";
const PROFILE_DIR = process.env.BENCH_GATEWAY_CPU_PROF;

const children: ChildProcess[] = [];
function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (c) => (output += String(c)));
  child.stderr.on("data", (c) => (output += String(c)));
  return { child, output: () => output };
}

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The floor of the gateway's design on this machine: the HTTP client it proxies with (undici's
// pool and stream(), keep-alive) behind a plain node:http server, and nothing else: no session, no
// login, no header rules.
const BARE_PROXY = `const http = require("node:http"); const { Pool } = require("undici"); const pool = new Pool(process.env.TARGET); http.createServer((q, s) => { const headers = { ...q.headers }; delete headers.connection; pool.stream({ path: q.url, method: q.method, headers, body: null }, ({ statusCode, headers }) => { delete headers.connection; delete headers["transfer-encoding"]; s.writeHead(statusCode, headers); return s; }).catch(() => s.destroy()); }).listen(Number(process.env.PORT), "127.0.0.1");`;
const UPSTREAM = `require("node:http").createServer((q, s) => { s.writeHead(200, {"content-type": "text/plain", "content-length": "2"}); s.end("ok"); }).listen(Number(process.env.PORT), "127.0.0.1");`;

interface RoundResult {
  readonly rps: number;
  readonly latenciesMs: number[];
  /** CPU time (user + system) each measured process spent per request, in µs, where /proc tells. */
  readonly cpuUsPerRequest: Record<string, number | undefined>;
}

// Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on every common architecture.
const CLOCK_TICKS_PER_SECOND = 100;

/** A process's CPU time so far (user + system), in seconds, or undefined without Linux's /proc. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A measured path's small response: the static upstream's "ok", or Jupyter's version document. */
type ResponseCheck = (body: string) => boolean;
const STATIC_OK: ResponseCheck = (body) => body === "ok";

/**
 * REQUESTS GETs over CONCURRENCY keep-alive connections; every response must be 200 and pass
 * `check`. The CPU time of `measured` processes is taken from /proc: it does not depend on how
 * busy the machine is.
 */
async function round(
  url: string,
  cookie: string | undefined,
  check: ResponseCheck,
  measured: Record<string, ChildProcess> = {},
): Promise<RoundResult> {
  const cpuBefore = Object.fromEntries(Object.entries(measured).map(([name, p]) => [name, cpuSeconds(p.pid)]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const req = http.get(
        url,
        {
          agent,
          headers: { accept: "text/plain, application/json", ...(cookie ? { cookie } : {}) },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += String(c)));
          res.on("end", () => {
            if (res.statusCode !== 200 || !check(body))
              return reject(new Error(`${url}: ${res.statusCode} ${body.slice(0, 80)}`));
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            resolve();
          });
        },
      );
      req.on("error", reject);
    });
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      await one();
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  const cpuUsPerRequest = Object.fromEntries(
    Object.entries(measured).map(([name, p]) => {
      const before = cpuBefore[name];
      const after = cpuSeconds(p.pid);
      return [name, before === undefined || after === undefined ? undefined : ((after - before) * 1e6) / REQUESTS];
    }),
  );
  return { rps: REQUESTS / seconds, latenciesMs: latencies, cpuUsPerRequest };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summary(rounds: RoundResult[]) {
  const all = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const rps = rounds.map((r) => r.rps).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
  const cpu = (name: string) => {
    const values = rounds.map((r) => r.cpuUsPerRequest[name]);
    return values.every((v) => v !== undefined) ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  };
  return { rps, p50: percentile(all, 50), p99: percentile(all, 99), cpu };
}

/** The gateway and a bare proxy in front of `upstreamUrl`, with a signed-in session cookie for the gateway. */
async function proxiesInFront(upstreamUrl: string, name: string) {
  const bareProxyPort = await freePort();
  const bareProxy = start(["-e", BARE_PROXY], { PORT: String(bareProxyPort), TARGET: upstreamUrl });
  const bareProxyUrl = `http://127.0.0.1:${bareProxyPort}`;
  const gatewayUrl = `http://127.0.0.1:${await freePort()}`;
  const clientSecret = `bench-secret-${process.pid}-${name}`;
  const provider = start([path.join("__tests__", "dashboard", "support", "oidc-test-provider.mjs")], {
    CLIENT_ID,
    CLIENT_SECRET: clientSecret,
    DASHBOARD_BASE_URL: gatewayUrl,
    CLAIM_NAMESPACE,
  });
  const issuer = await until("the OIDC provider", () => {
    const line = /^\{"issuer":.*\}$/m.exec(provider.output());
    return line ? (JSON.parse(line[0]) as { issuer: string }).issuer : undefined;
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-bench-gateway-"));
  const outputsFile = path.join(dir, "outputs.json");
  fs.writeFileSync(
    outputsFile,
    JSON.stringify({
      issuer_base_url: issuer,
      claim_namespace: CLAIM_NAMESPACE,
      bench_client_id: CLIENT_ID,
      bench_base_url: gatewayUrl,
      bench_callback_urls: [`${gatewayUrl}/callback`],
      bench_allowed_roles: ["ml-viewer", "ml-admin"],
    }),
  );
  const gateway = start(
    [
      ...(PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(PROFILE_DIR)] : []),
      "scripts/run-ts.js",
      "tools/gateway/server.ts",
      "--env",
      "bench",
      "--dashboard",
      "bench",
      "--upstream",
      upstreamUrl,
      "--outputs",
      outputsFile,
    ],
    {
      CLIENT_SECRET: clientSecret,
      SECRET: `bench-session-secret-${"x".repeat(32)}`,
    },
  );
  await until("the gateway", async () => {
    if (gateway.child.exitCode !== null) throw new Error(`the gateway exited:\n${gateway.output()}`);
    return fetch(`${gatewayUrl}/_gateway/healthz`).then(
      (r) => (r.ok ? true : undefined),
      () => undefined,
    );
  });
  await until("the bare proxy", () =>
    fetch(bareProxyUrl).then(
      () => true,
      () => undefined,
    ),
  );

  // One real login, as a browser would do it; the benchmark then replays its session cookie.
  const browser = new HttpSession();
  browser.setCookie(issuer, "login_as", "bob");
  const chain = await browser.follow(`${gatewayUrl}/`);
  const cookie = `appSession=${browser.cookieValue(gatewayUrl, "appSession")}`;
  if (chain.at(-1)!.status !== 200 || !browser.cookieValue(gatewayUrl, "appSession"))
    throw new Error(`the benchmark login failed:\n${gateway.output()}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return { bareProxy, bareProxyUrl, gateway, gatewayUrl, cookie };
}

interface Series {
  readonly direct: ReturnType<typeof summary>;
  readonly floor: ReturnType<typeof summary>;
  readonly gateway: ReturnType<typeof summary>;
}

/** ROUNDS alternating rounds of `requestPath`: direct, through the bare proxy, through the gateway. */
async function series(
  upstream: ChildProcess,
  upstreamUrl: string,
  requestPath: string,
  check: ResponseCheck,
  name: string,
): Promise<Series> {
  const { bareProxy, bareProxyUrl, gateway, gatewayUrl, cookie } = await proxiesInFront(upstreamUrl, name);
  const direct: RoundResult[] = [];
  const floor: RoundResult[] = [];
  const proxied: RoundResult[] = [];
  await round(`${upstreamUrl}${requestPath}`, undefined, check); // warm-up
  await round(`${bareProxyUrl}${requestPath}`, undefined, check);
  await round(`${gatewayUrl}${requestPath}`, cookie, check);
  for (let i = 0; i < ROUNDS; i++) {
    direct.push(await round(`${upstreamUrl}${requestPath}`, undefined, check, { upstream }));
    floor.push(await round(`${bareProxyUrl}${requestPath}`, undefined, check, { proxy: bareProxy.child, upstream }));
    proxied.push(await round(`${gatewayUrl}${requestPath}`, cookie, check, { gateway: gateway.child, upstream }));
  }
  bareProxy.child.kill("SIGTERM");
  gateway.child.kill("SIGTERM");
  return { direct: summary(direct), floor: summary(floor), gateway: summary(proxied) };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const us = (n: number | undefined) => (n === undefined ? "not measured (no /proc)" : `${fmt(n, 0)} µs`);

function printSeries({ direct: d, floor: f, gateway: g }: Series, upstreamName: string): void {
  console.log("| path | requests/s | p50 ms | p99 ms |");
  console.log("|---|---:|---:|---:|");
  console.log(`| direct to ${upstreamName} | ${fmt(d.rps, 0)} | ${fmt(d.p50)} | ${fmt(d.p99)} |`);
  console.log(
    `| through a bare undici proxy (no login; the floor) | ${fmt(f.rps, 0)} | ${fmt(f.p50)} | ${fmt(f.p99)} |`,
  );
  console.log(`| through the gateway (session cookie) | ${fmt(g.rps, 0)} | ${fmt(g.p50)} | ${fmt(g.p99)} |`);
  console.log("");
  console.log(
    `CPU time per request (from /proc; it does not depend on the machine's load): ${upstreamName} alone ${us(d.cpu("upstream"))}; through the bare proxy, the proxy ${us(f.cpu("proxy"))} and ${upstreamName} ${us(f.cpu("upstream"))}; through the gateway, the gateway ${us(g.cpu("gateway"))} and ${upstreamName} ${us(g.cpu("upstream"))}`,
  );
}

/**
 * Jupyter Notebook (Debian's jupyter-notebook), without a login of its own, on loopback: the same
 * measurement in front of a real dashboard, whose own work per request is far above the static
 * upstream's. The reason instead, when it is not installed.
 */
async function startJupyter(): Promise<{ child: ChildProcess; url: string } | string> {
  if (!fs.existsSync(JUPYTER)) return `${JUPYTER} is not installed (apt-get install jupyter-notebook)`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlda-bench-jupyter-"));
  const port = await freePort();
  const child = spawnJupyterWithoutLogin(port, dir, "ignore");
  children.push(child);
  child.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  await until("Jupyter Notebook", () =>
    fetch(`${url}/api`).then(
      (r) => (r.ok ? true : undefined),
      () => undefined,
    ),
  );
  return { child, url };
}

async function main(): Promise<void> {
  const upstreamPort = await freePort();
  const upstream = start(["-e", UPSTREAM], { PORT: String(upstreamPort) });
  const upstreamUrl = `http://127.0.0.1:${upstreamPort}`;
  await until("the upstream", () =>
    fetch(upstreamUrl).then(
      (r) => (r.ok ? true : undefined),
      () => undefined,
    ),
  );
  const staticSeries = await series(upstream.child, upstreamUrl, "/static", STATIC_OK, "static");
  const jupyter = await startJupyter();
  const jupyterSeries =
    typeof jupyter === "string"
      ? jupyter
      : await series(jupyter.child, jupyter.url, "/api", (body) => body.startsWith('{"version"'), "jupyter");

  const cpus = os.cpus();
  console.log(
    `Gateway overhead (${ROUNDS} alternating rounds of ${REQUESTS} GETs, ${CONCURRENCY} keep-alive connections, loopback; ${cpus.length} × ${cpus[0]?.model ?? "cpu"}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  console.log("");
  printSeries(staticSeries, "the upstream");
  console.log("");
  const { direct: d, gateway: g } = staticSeries;
  const overhead = g.p50 - d.p50;
  const share = g.rps / d.rps;
  console.log(
    `p50 overhead ${fmt(overhead)} ms (target < 2 ms: ${overhead < 2 ? "met" : "NOT met"}); throughput ${fmt(share * 100, 0)}% of direct (target ≥ 50%: ${share >= 0.5 ? "met" : "NOT met"})`,
  );
  console.log("");
  console.log("In front of a real dashboard: Jupyter Notebook's `/api` (its 21-byte version document):");
  console.log("");
  if (typeof jupyterSeries === "string") {
    console.log(`not measured: ${jupyterSeries}`);
    return;
  }
  printSeries(jupyterSeries, "Jupyter");
  console.log("");
  const j = jupyterSeries;
  console.log(
    `p50 overhead ${fmt(j.gateway.p50 - j.direct.p50)} ms; throughput ${fmt((j.gateway.rps / j.direct.rps) * 100, 0)}% of direct to Jupyter (the bare proxy: ${fmt((j.floor.rps / j.direct.rps) * 100, 0)}%)`,
  );
}

main()
  .catch((err: unknown) => {
    console.error(`bench:gateway: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill("SIGTERM");
  });
