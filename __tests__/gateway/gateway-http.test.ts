import * as http from "node:http";
import * as net from "node:net";
import WebSocket from "ws";
import { tempDir } from "../support/paths";
import { HttpSession } from "../dashboard/support/http-session";
import { startTestProvider } from "../dashboard/support/test-provider";
import { freePort, RunningProcess, stopAllProcesses, waitForOutput } from "../dashboard/support/processes";
import { describeUnless } from "../support/tools-available";
import {
  GATEWAY_IMAGE,
  startGateway,
  terraformOutputsJson,
  waitForGateway,
  writeFile,
} from "./support/gateway-process";
import { RAW_UTF8_DISPOSITION, RecordingUpstream, SeenRequest } from "./support/upstream";

// The gateway as users run it (npm run gateway's entry point, settings from a terraform output
// -json file), in front of a recording stand-in dashboard, against a real OpenID Connect provider
// standing in for the tenant (the same one the reference dashboard's login tests use).

const CLIENT_ID = "gateway-test-client";
const CLIENT_SECRET = "gateway-test-client-secret-3b9d";
const SESSION_SECRET = "gateway-test-session-secret-0123456789abcdef";
const CLAIM_NAMESPACE = "https://ml.example.com/";

let issuer: string;
let baseUrl: string;
let upstream: RecordingUpstream;
let otherHost: RecordingUpstream;
let otherHostUrl: string;
let gateway: RunningProcess;
const workDir = tempDir("gateway-http");

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  issuer = await startTestProvider({ CLIENT_ID, CLIENT_SECRET, DASHBOARD_BASE_URL: baseUrl, CLAIM_NAMESPACE });
  upstream = new RecordingUpstream();
  const upstreamUrl = await upstream.start();
  otherHost = new RecordingUpstream();
  otherHostUrl = await otherHost.start();
  const outputs = writeFile(
    workDir,
    "outputs.json",
    terraformOutputsJson(
      {
        issuer_base_url: issuer,
        claim_namespace: CLAIM_NAMESPACE,
        mlflow_client_id: CLIENT_ID,
        mlflow_client_secret: "a-different-secret-in-the-outputs-file",
        mlflow_base_url: baseUrl,
        mlflow_callback_urls: [`${baseUrl}/callback`],
        mlflow_allowed_roles: ["ml-viewer", "ml-admin"],
      },
      ["mlflow_client_secret"],
    ),
  );
  gateway = startGateway(["--env", "dev", "--dashboard", "mlflow", "--upstream", upstreamUrl, "--outputs", outputs], {
    CLIENT_SECRET,
    SECRET: SESSION_SECRET,
  });
  await waitForGateway(gateway, baseUrl);
}, 120_000);

afterAll(async () => {
  await stopAllProcesses();
  await upstream?.stop();
  await otherHost?.stop();
});

/** A browser session signed in as `account` (through the gateway's login, the provider and /callback). */
async function signedIn(account: string): Promise<HttpSession> {
  const session = new HttpSession();
  session.setCookie(issuer, "login_as", account);
  const chain = await session.follow(`${baseUrl}/`);
  if (!chain.some((r) => r.url.startsWith(`${baseUrl}/callback?`)))
    throw new Error(chain.map((r) => `${r.status} ${r.url} ${r.body.slice(0, 200)}`).join("\n") + gateway.output());
  expect(chain.some((r) => r.url.startsWith(`${baseUrl}/callback?`))).toBe(true);
  return session;
}

const cookieOf = (session: HttpSession) => `appSession=${session.cookieValue(baseUrl, "appSession")}`;
const wsUrl = (p: string) => `${baseUrl.replace(/^http/, "ws")}${p}`;

/** Opens a WebSocket; resolves with the handshake's HTTP status when refused, or the open socket. */
function openSocket(p: string, headers: Record<string, string>): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(p), { headers });
    socket.once("open", () => resolve({ status: 101, socket }));
    socket.once("unexpected-response", (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once("error", reject);
  });
}

function seen(list: SeenRequest[], url: string): SeenRequest {
  const match = list.filter((r) => r.url === url).at(-1);
  if (!match) throw new Error(`the upstream never received ${url}; it saw ${list.map((r) => r.url).join(", ")}`);
  return match;
}

describe("without a session", () => {
  test("a page request is redirected to the tenant's login, for the stack's callback URL", async () => {
    const response = await fetch(`${baseUrl}/experiments/1`, {
      redirect: "manual",
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(302);
    const login = new URL(response.headers.get("location")!);
    expect(`${login.origin}/`).toBe(issuer);
    expect(login.searchParams.get("redirect_uri")).toBe(`${baseUrl}/callback`);
    expect(login.searchParams.get("client_id")).toBe(CLIENT_ID);
  });

  test("XHR and API requests get 401, not a login page, and never reach the upstream", async () => {
    const before = upstream.requests.length;
    for (const headers of <Record<string, string>[]>[
      { accept: "application/json" },
      { accept: "text/html", "x-requested-with": "XMLHttpRequest" },
      { accept: "*/*", "sec-fetch-mode": "cors" },
    ]) {
      const response = await fetch(`${baseUrl}/api/2.0/mlflow/experiments/list`, { redirect: "manual", headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: "login_required",
        login: "/_gateway/login",
      });
    }
    const post = await fetch(`${baseUrl}/api/kernels`, {
      method: "POST",
      redirect: "manual",
      headers: { accept: "text/html" },
    });
    expect(post.status).toBe(401);
    expect(upstream.requests.length).toBe(before);
  });

  test("a WebSocket upgrade gets 401 and never reaches the upstream", async () => {
    const before = upstream.upgrades.length;
    expect((await openSocket("/api/kernels/1/channels", { origin: baseUrl })).status).toBe(401);
    expect(
      (
        await openSocket("/api/kernels/1/channels", {
          origin: baseUrl,
          cookie: "appSession=forged.id",
        })
      ).status,
    ).toBe(401);
    expect(upstream.upgrades.length).toBe(before);
  });

  test("the health endpoint answers without a login, and is the gateway's own", async () => {
    const before = upstream.requests.length;
    const response = await fetch(`${baseUrl}/_gateway/healthz`);
    expect([response.status, await response.text()]).toEqual([200, "ok"]);
    expect(upstream.requests.length).toBe(before);
  });
});

describe("signed in with an allowed role", () => {
  test("requests reach the upstream with the user's identity; forged identity headers and the gateway's cookies are dropped", async () => {
    const session = await signedIn("bob");
    const response = await session.get(`${baseUrl}/runs/7?view=table`, {
      cookie: `${cookieOf(session)}; _xsrf=keep-me; auth_verification=x`,
      "x-forwarded-user": "alice",
      "x-forwarded-email": "alice@example.com",
      "x-forwarded-groups": "ml-admin",
      "x-forwarded-preferred-username": "alice",
      "x-auth-request-user": "alice",
      "remote-user": "alice",
    });
    expect(response.status).toBe(200);
    const forwarded = seen(upstream.requests, "/runs/7?view=table");
    expect(forwarded.headers).toMatchObject({
      "x-forwarded-user": "bob",
      "x-forwarded-email": "bob@example.com",
      "x-forwarded-groups": "ml-viewer",
      cookie: "_xsrf=keep-me",
    });
    expect(forwarded.headers["x-forwarded-preferred-username"]).toBeUndefined();
    expect(forwarded.headers["x-auth-request-user"]).toBeUndefined();
    expect(forwarded.headers["remote-user"]).toBeUndefined();
    expect(JSON.stringify(forwarded.headers)).not.toContain("appSession");
    expect(forwarded.headers.authorization).toBeUndefined();
  });

  test("request bodies reach the upstream and the browser's Host is kept; connection-scoped headers stay on their hop", async () => {
    const session = await signedIn("bob");
    const body = JSON.stringify({ run: "ünïcode-run-7", metrics: [0.5, 0.25] });
    // node:http, because fetch refuses to send a Connection header of its own.
    const posted = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseUrl}/api/runs?x=1`, {
        method: "POST",
        headers: {
          cookie: cookieOf(session),
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          connection: "keep-alive, x-hop-secret",
          "x-hop-secret": "for the gateway only",
        },
      });
      request.on("response", (res) => resolve(res.resume().statusCode ?? 0)).on("error", reject);
      request.end(body);
    });
    expect(posted).toBe(200);
    const forwarded = seen(upstream.requests, "/api/runs?x=1");
    expect(forwarded).toMatchObject({ method: "POST", body });
    expect(forwarded.headers.host).toBe(new URL(baseUrl).host);
    expect(forwarded.headers["x-hop-secret"]).toBeUndefined();
    expect(forwarded.headers["x-forwarded-user"]).toBe("bob");

    const answer = await session.get(`${baseUrl}/hop-by-hop`, { cookie: cookieOf(session) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-upstream-hop")).toBeNull();
    // The browser's connection has its own (the gateway's server's), never the dashboard's.
    expect(answer.headers.get("keep-alive") ?? "").not.toContain("timeout=17");
  });

  test("the upstream never receives the session cookie, even when it is the only cookie", async () => {
    const session = await signedIn("alice");
    await session.get(`${baseUrl}/only-session-cookie`, {
      cookie: cookieOf(session),
    });
    const forwarded = seen(upstream.requests, "/only-session-cookie");
    expect(forwarded.headers.cookie).toBeUndefined();
    expect(forwarded.headers["x-forwarded-groups"]).toBe("ml-admin");
    const admin = seen(upstream.requests, "/only-session-cookie");
    expect(JSON.stringify(admin)).not.toContain(session.cookieValue(baseUrl, "appSession")!.split(".")[0]);
  });

  test("an upstream cannot overwrite the gateway's session cookie; its own cookies pass", async () => {
    const session = await signedIn("bob");
    const response = await session.get(`${baseUrl}/set-cookie`, {
      cookie: cookieOf(session),
    });
    const setCookies = response.headers.getSetCookie();
    expect(setCookies.some((c) => c.startsWith("upstream_pref=dark"))).toBe(true);
    expect(setCookies.some((c) => c.startsWith("appSession=planted"))).toBe(false);
  });

  test("response headers pass byte for byte, also a file name in raw UTF-8", async () => {
    const session = await signedIn("bob");
    const disposition = await new Promise<string | undefined>((resolve, reject) => {
      http
        .get(`${baseUrl}/download`, { headers: { cookie: cookieOf(session) } }, (res) => {
          res.resume();
          resolve(res.headers["content-disposition"]);
        })
        .on("error", reject);
    });
    expect(disposition).toBe(RAW_UTF8_DISPOSITION);
    expect(Buffer.from(disposition!, "latin1").toString("utf8")).toBe('attachment; filename="résumé-日本.csv"');
  });

  test("connections to the upstream are kept open and reused, not opened per request", async () => {
    const session = await signedIn("bob");
    for (let i = 0; i < 5; i++) {
      expect((await session.get(`${baseUrl}/reuse/${i}`, { cookie: cookieOf(session) })).status).toBe(200);
    }
    const connections = new Set([0, 1, 2, 3, 4].map((i) => seen(upstream.requests, `/reuse/${i}`).connection));
    // One connection in practice; fewer than one per request is what keep-alive guarantees.
    expect(connections.size).toBeLessThan(5);
  });

  test("an upstream that hangs up gets the gateway's 502 page, and the next request works", async () => {
    const session = await signedIn("bob");
    const response = await session.get(`${baseUrl}/hang-up`, { cookie: cookieOf(session), accept: "text/html" });
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.body).toContain('data-testid="gateway-error"');
    expect(response.body).toContain("Dashboard unavailable");
    expect((await session.get(`${baseUrl}/after-hang-up`, { cookie: cookieOf(session) })).status).toBe(200);
    // Logged as the response goes out; it may reach the pipe just after the client has it.
    await waitForOutput(gateway, /GET \/hang-up → 502: the dashboard at http:\/\/127\.0\.0\.1:\d+ did not answer/);
  });

  test("chunked and 100-continue uploads reach the upstream whole; HEAD answers carry no body", async () => {
    const session = await signedIn("bob");
    const parts = ["ünïcode line 1\n", "x".repeat(70_000), "\nlast line"];
    const upload = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      // No Content-Length: node:http sends the body chunked; Expect asks for 100 Continue first.
      const request = http.request(`${baseUrl}/upload?n=3`, {
        method: "PUT",
        headers: { cookie: cookieOf(session), "content-type": "text/plain", expect: "100-continue" },
      });
      request.on("continue", () => {
        continued = true;
        for (const part of parts) request.write(part);
        request.end();
      });
      request.on("response", (res) => resolve({ status: res.resume().statusCode ?? 0, continued })).on("error", reject);
      request.flushHeaders();
    });
    expect(upload).toEqual({ status: 200, continued: true });
    const forwarded = seen(upstream.requests, "/upload?n=3");
    expect(forwarded).toMatchObject({ method: "PUT", body: parts.join("") });
    expect(forwarded.headers.expect).toBeUndefined();

    const head = await new Promise<{ status: number; type?: string; bytes: number }>((resolve, reject) => {
      const request = http.request(`${baseUrl}/head-check`, { method: "HEAD", headers: { cookie: cookieOf(session) } });
      request.on("response", (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], bytes }));
      });
      request.on("error", reject).end();
    });
    expect(head).toEqual({ status: 200, type: "application/json", bytes: 0 });
    expect(seen(upstream.requests, "/head-check").method).toBe("HEAD");
  });

  test("a streamed answer reaches the client as it comes; a client that leaves cancels its request upstream", async () => {
    const session = await signedIn("bob");
    // Were the answer buffered, the first event would never arrive (the test times out).
    const firstChunk = await new Promise<string>((resolve) => {
      const request = http.get(`${baseUrl}/stream?leaving`, { headers: { cookie: cookieOf(session) } }, (res) => {
        res.once("data", (chunk: Buffer) => {
          resolve(chunk.toString("utf8"));
          // The client leaves while the dashboard is still sending.
          request.destroy();
        });
      });
      request.on("error", () => undefined);
    });
    expect(firstChunk).toBe("data: first\n\n");
    await until(() => upstream.cancelled.includes("/stream?leaving"));

    // Before any answer, too: the dashboard's connection is released, not left waiting.
    const waiting = http.get(`${baseUrl}/silent`, { headers: { cookie: cookieOf(session) } });
    waiting.on("error", () => undefined);
    await until(() => upstream.requests.some((r) => r.url === "/silent"));
    waiting.destroy();
    await until(() => upstream.cancelled.includes("/silent"));

    // A client that stays gets the whole stream once the dashboard ends it.
    const whole = fetch(`${baseUrl}/stream?staying`, { headers: { cookie: cookieOf(session) } }).then((r) => r.text());
    await until(() => upstream.requests.some((r) => r.url === "/stream?staying"));
    upstream.releaseStream();
    expect(await whole).toBe("data: first\n\ndata: last\n\n");
  });

  test("WebSockets are proxied with the identity headers and without the session cookie", async () => {
    const session = await signedIn("bob");
    const { status, socket } = await openSocket("/api/kernels/7/channels?session_id=s1", {
      origin: baseUrl,
      cookie: `${cookieOf(session)}; _xsrf=ws`,
      "x-forwarded-user": "alice",
    });
    expect(status).toBe(101);
    const reply = await new Promise<string>((resolve) => {
      socket!.once("message", (data) => resolve((data as Buffer).toString("utf8")));
      socket!.send("ping");
    });
    socket!.close();
    expect(reply).toBe("echo:ping");
    const handshake = seen(upstream.upgrades, "/api/kernels/7/channels?session_id=s1");
    expect(handshake.headers).toMatchObject({
      "x-forwarded-user": "bob",
      "x-forwarded-groups": "ml-viewer",
      cookie: "_xsrf=ws",
    });
  });

  test("a WebSocket opened from another site's page is refused (403), even with the user's cookie", async () => {
    const session = await signedIn("bob");
    const before = upstream.upgrades.length;
    expect(
      (
        await openSocket("/api/kernels/7/channels", {
          origin: "https://evil.example",
          cookie: cookieOf(session),
        })
      ).status,
    ).toBe(403);
    expect(upstream.upgrades.length).toBe(before);
  });
});

describe("requests that try to reach another host", () => {
  /** Sends a raw HTTP/1.1 request and returns the status line. */
  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(new URL(baseUrl).port), "127.0.0.1", () => socket.write(request));
      let data = "";
      socket.on("data", (chunk) => {
        data += String(chunk);
        if (data.includes("\r\n")) {
          resolve(data.split("\r\n")[0]);
          socket.destroy();
        }
      });
      socket.on("error", reject);
      socket.on("close", () => resolve(data ? data.split("\r\n")[0] : "closed without an answer"));
      socket.setTimeout(10_000, () => reject(new Error(`no answer to ${JSON.stringify(request.split("\r\n")[0])}`)));
    });
  }

  test("absolute-URI, authority-form, traversal and Host tricks never reach another host", async () => {
    const session = await signedIn("bob");
    const cookie = cookieOf(session);
    const other = new URL(otherHostUrl);
    expect(await raw(`GET ${otherHostUrl}/steal HTTP/1.1\r\nHost: ${other.host}\r\nCookie: ${cookie}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 400/,
    );
    expect(await raw(`CONNECT ${other.host} HTTP/1.1\r\nHost: ${other.host}\r\nCookie: ${cookie}\r\n\r\n`)).toMatch(
      /^(HTTP\/1\.1 4\d\d|closed without an answer)/,
    );
    // These reach the configured upstream (which decides what the path means), never the other host.
    for (const target of [
      `//${other.host}/steal`,
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/steal",
      `/\\\\${other.host}/steal`,
    ]) {
      const status = await raw(
        `GET ${target} HTTP/1.1\r\nHost: ${other.host}\r\nCookie: ${cookie}\r\nAccept: application/json\r\n\r\n`,
      );
      expect(status).toMatch(/^HTTP\/1\.1 (200|400)/);
    }
    expect(upstream.requests.some((r) => r.url === "/../../etc/passwd")).toBe(true);
    expect(otherHost.requests).toEqual([]);
    expect(otherHost.upgrades).toEqual([]);
  });

  test("after login, the return path can only be on this host", async () => {
    const response = await fetch(`${baseUrl}//evil.example/phish`, {
      redirect: "manual",
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(302);
    const session = new HttpSession();
    session.setCookie(issuer, "login_as", "bob");
    const chain = await session.follow(`${baseUrl}//evil.example/phish`);
    const afterCallback = chain[chain.findIndex((r) => r.url.startsWith(`${baseUrl}/callback?`))];
    expect(afterCallback.location).toBe(`${baseUrl}/`);
  });
});

describe("users without an allowed role", () => {
  test("a user with no allowed role gets 403 for pages, XHR and WebSockets, and nothing reaches the upstream", async () => {
    const before = [upstream.requests.length, upstream.upgrades.length];
    const session = await signedIn("carol");
    const page = await session.get(`${baseUrl}/`, {
      cookie: cookieOf(session),
    });
    expect(page.status).toBe(403);
    expect(page.body).toContain('data-reason="no-role"');
    expect(page.body).toContain("ml-viewer, ml-admin");
    const xhr = await session.get(`${baseUrl}/api/x`, {
      cookie: cookieOf(session),
      accept: "application/json",
    });
    expect(xhr.status).toBe(403);
    expect((await openSocket("/ws", { origin: baseUrl, cookie: cookieOf(session) })).status).toBe(403);
    expect([upstream.requests.length, upstream.upgrades.length]).toEqual(before);
  });

  test("a token without the roles claim is refused, naming the claim", async () => {
    const session = await signedIn("erin");
    const page = await session.get(`${baseUrl}/`, {
      cookie: cookieOf(session),
    });
    expect(page.status).toBe(403);
    expect(page.body).toContain("has no https://ml.example.com/roles claim");
  });

  test("a login the tenant denies shows the reason, escaped", async () => {
    const session = new HttpSession();
    session.setCookie(issuer, "login_as", "mallory");
    const chain = await session.follow(`${baseUrl}/`);
    const last = chain.at(-1)!;
    expect(last.status).toBe(403);
    expect(last.body).toContain("&lt;ML Dashboard&gt;");
    expect(last.body).not.toContain("<ML Dashboard>");
  });
});

/** A request to /slow with `cookie`, answered once `released()` is called. */
function slowRequest(cookie: string) {
  const response = fetch(`${baseUrl}/slow`, { headers: { accept: "text/plain", cookie } }).then(async (r) => {
    await r.text();
    return r.status;
  });
  return {
    response,
    released: () => {
      upstream.releaseSlow();
      return response;
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("logout", () => {
  test("goes through the tenant's /v2/logout; a copied session cookie is refused afterwards, for pages and WebSockets", async () => {
    const session = await signedIn("alice");
    const copied = cookieOf(session);
    const inFlight = slowRequest(copied);
    await until(() => upstream.requests.some((r) => r.url === "/slow"));
    const chain = await session.follow(`${baseUrl}/_gateway/logout`);
    const v2 = chain.find((r) => r.url.startsWith(`${issuer}v2/logout?`));
    expect(v2).toBeDefined();
    expect(Object.fromEntries(new URL(v2!.url).searchParams)).toEqual({
      client_id: CLIENT_ID,
      returnTo: baseUrl,
    });
    // Back at the base URL, the browser has to log in again (the stand-in tenant then signs it in at once).
    const afterLogout = chain.slice(chain.indexOf(v2!));
    expect(afterLogout.some((r) => r.url.startsWith(`${issuer}auth?`))).toBe(true);

    // A request that was still running during the logout must not bring the session back.
    await inFlight.released();
    expect(await inFlight.response).toBe(200);

    const replay = await fetch(`${baseUrl}/`, {
      redirect: "manual",
      headers: { accept: "text/html", cookie: copied },
    });
    expect(replay.status).toBe(302);
    expect((await openSocket("/ws", { origin: baseUrl, cookie: copied })).status).toBe(401);
  });
});

test("nothing the gateway logged contains a secret", () => {
  expect(gateway.output()).not.toContain(CLIENT_SECRET);
  expect(gateway.output()).not.toContain(SESSION_SECRET);
  expect(gateway.output()).not.toContain("a-different-secret-in-the-outputs-file");
});

describeUnless(
  GATEWAY_IMAGE === undefined
    ? "runs against the container image only (GATEWAY_IMAGE, set by .ci/gateway-image): there the gateway is not root, which every file can be read by"
    : undefined,
  "the container image",
  () => {
    test("refuses an outputs file its unprivileged user cannot read, saying how to fix it, and does not start", async () => {
      const port = await freePort();
      const unreadable = writeFile(
        workDir,
        "owner-only-outputs.json",
        terraformOutputsJson({ issuer_base_url: issuer, mlflow_base_url: `http://127.0.0.1:${port}` }),
        0o600,
      );
      const refused = startGateway(
        ["--env", "dev", "--dashboard", "mlflow", "--upstream", "http://127.0.0.1:9", "--outputs", unreadable],
        { CLIENT_SECRET, SECRET: SESSION_SECRET, PORT: String(port) },
      );
      expect(await refused.exited).not.toBe(0);
      expect(refused.output()).toContain(
        `${unreadable}: cannot read it (EACCES); make it readable by the gateway's user (uid 65532), e.g. chmod 644 on its host copy`,
      );
    });
  },
);
