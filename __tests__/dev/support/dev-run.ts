import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as path from "node:path";
import { PROJECT_ROOT } from "../../support/paths";
import { freePort } from "../../support/free-port";

/** What npm run dev writes to --ready-file. */
export interface DevReady {
  readonly dashboard: string;
  readonly dashboardUrl: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly pid: number;
  readonly dashboardPid: number;
  readonly tenantPort: number;
  readonly dashboardPort: number;
  readonly certificateFile: string;
}

export interface DevRun {
  /** The process started: npm, or node running tools/dev/dev.ts. */
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | string>;
}

/** Every run a test file started: whatever a test left running is killed when the file ends. */
const started = new Set<DevRun>();
afterAll(async () => {
  for (const { child, exited } of started) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  }
});

/** The parts of a config file the tests edit. */
export interface EditableConfig {
  dashboards: Record<string, { url: string; callbackUrls?: string[] }>;
}

/**
 * A project folder holding an example environment's config as shipped (`environment`, default
 * dev; with `edit` applied) and rules/, so that a test never writes into the checkout's cdktf.out.
 */
export function devProject(
  dir: string,
  edit: (config: EditableConfig) => void = () => undefined,
  environment = "dev",
): string {
  fs.cpSync(path.join(PROJECT_ROOT, "rules"), path.join(dir, "rules"), { recursive: true });
  fs.mkdirSync(path.join(dir, "config"), { recursive: true });
  const file = `${environment}.json`;
  const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "config", file), "utf8")) as EditableConfig;
  edit(config);
  fs.writeFileSync(path.join(dir, "config", file), JSON.stringify(config, null, 2));
  return dir;
}

/**
 * Starts `npm run dev` (through npm, as users do) or tools/dev/dev.ts directly, with exactly `env`
 * (plus PATH and HOME, which npm needs).
 */
export function startDev(options: {
  readonly viaNpm: boolean;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}): DevRun {
  const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", CHECKPOINT_DISABLE: "1" };
  const [command, args] = options.viaNpm
    ? ["npm", ["run", "--silent", "dev", "--", ...options.args]]
    : [
        process.execPath,
        [
          path.join(PROJECT_ROOT, "scripts", "run-ts.js"),
          path.join(PROJECT_ROOT, "tools", "dev", "dev.ts"),
          ...options.args,
        ],
      ];
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...base, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const run = { child, output: () => output, exited };
  started.add(run);
  return run;
}

/**
 * npm run dev's launcher on a copy of an example environment (default dev) whose mlflow dashboard
 * is moved to a free port, so that a test never collides with a developer's running `npm run dev`
 * or with another test; resolves once it is ready. `args` are added to --project, --env,
 * --tenant-port 0 and --ready-file.
 */
export async function startDevOnFreePort(
  project: string,
  options: {
    readonly environment?: string;
    readonly args?: readonly string[];
    readonly env: Readonly<Record<string, string>>;
  },
): Promise<{ run: DevRun; ready: DevReady }> {
  const environment = options.environment ?? "dev";
  const port = await freePort();
  devProject(project, (config) => (config.dashboards.mlflow.url = `http://localhost:${port}`), environment);
  const readyFile = path.join(project, "ready.json");
  const run = startDev({
    viaNpm: false,
    args: [
      ...["--project", project, "--env", environment, "--tenant-port", "0", "--ready-file", readyFile],
      ...(options.args ?? []),
    ],
    env: options.env,
  });
  return { run, ready: await waitForReady(run, readyFile) };
}

/** Ctrl-C, as a developer stops npm run dev: resolves with how it exited (at once if it already had). */
export function interrupt(run: DevRun): Promise<number | string> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGINT");
  return run.exited;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails with `what` after `limitMs` (a bound, not a timing assertion). */
export async function eventually(what: string, condition: () => boolean | Promise<boolean>, limitMs = 30_000) {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not true after ${limitMs / 1000} s: ${what}`);
    await pause(100);
  }
}

/** Waits for the ready file; fails with the output if the run exits first. */
export async function waitForReady(run: DevRun, readyFile: string): Promise<DevReady> {
  const deadline = Date.now() + 120_000;
  while (!fs.existsSync(readyFile)) {
    if (run.child.exitCode !== null || run.child.signalCode !== null)
      throw new Error(`npm run dev exited before it was ready:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`npm run dev was not ready within 120 s:\n${run.output()}`);
    await pause(200);
  }
  return JSON.parse(fs.readFileSync(readyFile, "utf8")) as DevReady;
}

/** Whether a process is gone (or a zombie nobody has reaped yet: it holds no port and runs no code). */
export function processGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

/** A process's environment, from /proc (Linux). */
export function environmentOf(pid: number): Record<string, string> {
  const raw = fs.readFileSync(`/proc/${pid}/environ`, "utf8");
  return Object.fromEntries(
    raw
      .split("\0")
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
}

/** Whether anything accepts connections on `port` on 127.0.0.1 or ::1. */
export async function listening(port: number): Promise<boolean> {
  const accepts = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
  return (await accepts("127.0.0.1")) || (await accepts("::1"));
}

export interface WebResponse {
  readonly url: URL;
  readonly status: number;
  readonly location?: URL;
  readonly body: string;
}

/**
 * A browser without JavaScript for a dashboard (http) and the local tenant (https, trusting
 * only its certificate): cookies per origin, redirects one hop at a time.
 */
export class WebClient {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly ca: string) {}

  async request(url: URL, form?: Record<string, string>): Promise<WebResponse> {
    const jar = this.jars.get(url.origin) ?? new Map<string, string>();
    this.jars.set(url.origin, jar);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const headers: Record<string, string> = { accept: "text/html" };
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    if (body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
    const transport = url.protocol === "https:" ? https : http;
    return new Promise<WebResponse>((resolve, reject) => {
      const req = transport.request(
        url,
        { method: form ? "POST" : "GET", headers, ca: this.ca, agent: false },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => {
            for (const line of res.headers["set-cookie"] ?? []) {
              const [pair] = line.split(";");
              const eq = pair.indexOf("=");
              const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
              if (expired) jar.delete(pair.slice(0, eq).trim());
              else jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
            }
            const location = res.headers.location ? new URL(res.headers.location, url) : undefined;
            resolve({ url, status: res.statusCode ?? 0, location, body: text });
          });
        },
      );
      req.on("error", reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  /** Follows redirects from a response until a page is shown. */
  async follow(response: WebResponse): Promise<WebResponse[]> {
    const chain = [response];
    while (chain[chain.length - 1].location && chain.length < 20)
      chain.push(await this.request(chain[chain.length - 1].location!));
    return chain;
  }

  /** Opens `dashboardUrl`, logs in on the tenant's form, and returns every response on the way. */
  async logIn(dashboardUrl: string, email: string, password: string): Promise<WebResponse[]> {
    const toLogin = await this.follow(await this.request(new URL(dashboardUrl)));
    const form = toLogin[toLogin.length - 1];
    const action = /<form method="post" action="([^"]+)"/.exec(form.body)?.[1]?.replace(/&amp;/g, "&");
    if (!action) return toLogin;
    const after = await this.follow(await this.request(new URL(action, form.url), { username: email, password }));
    return [...toLogin, ...after];
  }
}
