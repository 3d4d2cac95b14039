import { ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createHash, createPublicKey, randomBytes, verify as verifySignature } from "node:crypto";
import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { PROJECT_ROOT } from "../support/paths";
import { arrayAt, at, isJsonObject, JsonObject, objectAt, parseJsonObject, stringAt } from "../json";

/**
 * Test support for the local tenant: synthesizing a stack, starting the CLI as a subprocess
 * (jest's CommonJS cannot load the ESM-only oidc-provider in-process) and driving it over
 * HTTPS with a cookie jar, like a browser without JavaScript.
 */

/** Passwords that meet the dev connection's policy ("good", 12+ characters, no personal info). */
export const PASSWORDS: Record<string, string> = {
  alice_password: "Wonder-Land-2024!",
  bob_password: "Builder-Can-2024!",
  carol_password: "Christmas-Song-2024!",
  dave_password: "Diver-Deep-2024!",
};

export const tfVars = (vars: Record<string, string> = PASSWORDS): Record<string, string> =>
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v]));

/** Synthesizes the dev environment into `dir` and returns the parsed cdk.tf.json. */
export function synthDevStack(dir: string): JsonObject {
  const lines: string[] = [];
  const code = runApp(PROJECT_ROOT, { CDKTF_OUTDIR: dir, ML_DASHBOARD_ENV: "dev" }, (l) => lines.push(l));
  if (code !== 0) throw new Error(`synth failed: ${lines.join("\n")}`);
  return parseJsonObject(fs.readFileSync(path.join(dir, "stacks", "ml-dashboard-auth-dev", "cdk.tf.json"), "utf8"));
}

export function writeStack(dir: string, name: string, stack: unknown): string {
  const file = path.join(dir, `${name}.cdk.tf.json`);
  fs.writeFileSync(file, JSON.stringify(stack, null, 2));
  return file;
}

const CLI = path.join(PROJECT_ROOT, "tools", "local-tenant", "cli.ts");
const RUN_TS = path.join(PROJECT_ROOT, "scripts", "run-ts.js");

/** Environment of a child process: no inherited TF_VAR_* and no proxy settings. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("TF_VAR_") && !/proxy/i.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

export interface RunningTenant {
  readonly issuer: string;
  readonly port: number;
  /** Outputs as printed on stdout (no sensitive values). */
  readonly publicOutputs: JsonObject;
  /** Every output, from --outputs-file. */
  readonly outputs: JsonObject;
  readonly certificatePem: string;
  readonly outputsFile: string;
  /** stderr so far. */
  stderr(): string;
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends a signal and waits for the exit. */
  signal(signal: NodeJS.Signals): Promise<number | null>;
  /** Closes the tenant's stdin and waits for the exit (--stop-with-stdin). */
  closeStdin(): Promise<number | null>;
}

function waitForExit(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Starts the CLI and resolves when it printed its ready line; rejects with stderr if it exits. */
export async function startTenantProcess(options: {
  stack: string;
  dir: string;
  env?: Record<string, string>;
}): Promise<RunningTenant> {
  const outputsFile = path.join(options.dir, `outputs-${randomBytes(4).toString("hex")}.json`);
  const certFile = path.join(options.dir, `cert-${randomBytes(4).toString("hex")}.pem`);
  const child = spawn(
    process.execPath,
    [
      RUN_TS,
      CLI,
      "--stack",
      options.stack,
      "--port",
      "0",
      "--outputs-file",
      outputsFile,
      "--cert-file",
      certFile,
      "--stop-with-stdin",
    ],
    {
      cwd: PROJECT_ROOT,
      env: childEnv(options.env ?? tfVars()),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const ready = await new Promise<JsonObject>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      stdout += d;
      const newline = stdout.indexOf("\n");
      if (newline >= 0) resolve(parseJsonObject(stdout.slice(0, newline)));
    });
    child.once("exit", (code) => reject(new Error(`local tenant exited with ${code} before it was ready:\n${stderr}`)));
  });
  return {
    issuer: stringAt(ready, "issuer"),
    port: Number(at(ready, "port")),
    publicOutputs: objectAt(ready, "outputs"),
    outputs: parseJsonObject(fs.readFileSync(outputsFile, "utf8")),
    certificatePem: fs.readFileSync(certFile, "utf8"),
    outputsFile,
    stderr: () => stderr,
    stop: async () => {
      const exited = waitForExit(child);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    signal: async (signal) => {
      const exited = waitForExit(child);
      child.kill(signal);
      return exited;
    },
    closeStdin: async () => {
      const exited = waitForExit(child);
      child.stdin.end();
      return exited;
    },
  };
}

/** Runs the CLI expecting it to refuse to start; resolves with its exit code, stdout and stderr. */
export function runTenantToExit(options: {
  stack: string;
  env?: Record<string, string>;
  args?: string[];
}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [RUN_TS, CLI, "--stack", options.stack, "--port", "0", ...(options.args ?? [])],
    {
      cwd: PROJECT_ROOT,
      env: childEnv(options.env ?? tfVars()),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  // A tenant that unexpectedly starts is stopped, so no test leaves a process behind.
  child.stdout.on("data", () => {
    if (stdout.includes("\n") && child.exitCode === null) child.kill("SIGTERM");
  });
  return waitForExit(child).then((code) => ({ code, stdout, stderr }));
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The Location header resolved against the request URL. */
  readonly location?: URL;
}

/** An HTTPS client with a cookie jar that trusts only the tenant's certificate; it never follows redirects. */
export class Browser {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  constructor(private readonly ca: string) {}

  async request(
    method: string,
    url: string | URL,
    options: { form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<HttpResponse> {
    const target = new URL(url);
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const cookie = [...this.cookies.entries()]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
    const headers: Record<string, string> = { ...options.headers };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers["content-length"] = String(Buffer.byteLength(body));
    }
    const response = await new Promise<HttpResponse>((resolve, reject) => {
      const req = https.request(
        target,
        { method, headers, ca: this.ca, agent: false, servername: target.hostname },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d) => (text += d));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: text,
              location: res.headers.location ? new URL(res.headers.location, target) : undefined,
            }),
          );
        },
      );
      req.on("error", reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
    for (const line of ([] as string[]).concat(response.headers["set-cookie"] ?? [])) {
      const [pair, ...attributes] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const pathAttr = attributes.find((a) => a.toLowerCase().startsWith("path="));
      const expired = attributes.some((a) => /^expires=thu, 01 jan 1970/i.test(a) || /^max-age=0$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, { value, path: pathAttr ? pathAttr.slice(5) : "/" });
    }
    return response;
  }

  get(url: string | URL, headers?: Record<string, string>): Promise<HttpResponse> {
    return this.request("GET", url, { headers });
  }

  post(url: string | URL, form: Record<string, string>): Promise<HttpResponse> {
    return this.request("POST", url, { form });
  }

  /** Follows redirects on the tenant until one leaves it (or a page is shown). */
  async followOnTenant(response: HttpResponse, issuer: string): Promise<HttpResponse> {
    let current = response;
    for (let hops = 0; hops < 10; hops++) {
      if (!current.location || !current.location.href.startsWith(issuer)) return current;
      current = await this.get(current.location);
    }
    throw new Error("too many redirects");
  }
}

export interface LoginAttempt {
  /** The login page, after /authorize. */
  readonly loginPage: HttpResponse;
  /** Where the browser ends up after the form post: the callback (with code or error), or the login page again. */
  readonly final: HttpResponse;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Starts an authorization-code login for a client and submits the login form. */
export async function logIn(
  browser: Browser,
  tenant: RunningTenant,
  client: { clientId: string; redirectUri: string },
  credentials: { email: string; password: string },
  extraParams: Record<string, string> = {},
): Promise<LoginAttempt> {
  const state = randomBytes(8).toString("hex");
  const nonce = randomBytes(8).toString("hex");
  const codeVerifier = randomBytes(32).toString("base64url");
  const authorize = new URL("authorize", tenant.issuer);
  const params = {
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: "code",
    scope: "openid profile email",
    state,
    nonce,
    code_challenge: createHash("sha256").update(codeVerifier).digest("base64url"),
    code_challenge_method: "S256",
    ...extraParams,
  };
  for (const [k, v] of Object.entries(params)) authorize.searchParams.set(k, v);
  const loginPage = await browser.followOnTenant(await browser.get(authorize), tenant.issuer);
  if (loginPage.status !== 200) return { loginPage, final: loginPage, state, nonce, codeVerifier };
  const action = /<form method="post" action="([^"]+)"/.exec(loginPage.body)?.[1]?.replace(/&amp;/g, "&");
  if (!action) throw new Error(`no login form in:\n${loginPage.body}`);
  const posted = await browser.post(new URL(action, tenant.issuer), {
    username: credentials.email,
    password: credentials.password,
  });
  const final = await browser.followOnTenant(posted, tenant.issuer);
  return { loginPage, final, state, nonce, codeVerifier };
}

/** Verifies a JWT's RS256 signature against a JWKS and returns its header and payload. */
export function verifyRs256(token: string, jwks: unknown): { header: JsonObject; payload: JsonObject } {
  const [h, p, s] = token.split(".");
  const header = parseJsonObject(Buffer.from(h, "base64url").toString("utf8"));
  if (header.alg !== "RS256") throw new Error(`alg is ${String(header.alg)}, expected RS256`);
  const jwk = arrayAt(jwks, "keys").find((k) => at(k, "kid") === header.kid);
  if (!isJsonObject(jwk)) throw new Error(`no key ${String(header.kid)} in the JWKS`);
  const key = createPublicKey({ key: jwk, format: "jwk" });
  const ok = verifySignature("RSA-SHA256", Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"));
  if (!ok) throw new Error("signature does not verify");
  return { header, payload: parseJsonObject(Buffer.from(p, "base64url").toString("utf8")) };
}
