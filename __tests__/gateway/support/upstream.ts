import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

/** A Content-Disposition header whose bytes are UTF-8, as Node reads and writes them (Latin-1). */
export const RAW_UTF8_DISPOSITION = Buffer.from('attachment; filename="résumé-日本.csv"', "utf8").toString("latin1");

/** What a stand-in dashboard saw of one request or WebSocket handshake. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The gateway's side of the connection it came on (its local port): the same for reused connections. */
  readonly connection: number;
  /** The request body, as text ("" for none). */
  readonly body?: string;
}

/**
 * A stand-in upstream for HTTP-level tests: it answers every request with what it received
 * (method, url, headers, body) as JSON, echoes WebSocket messages, and records everything, so
 * tests can assert on exactly what the gateway forwarded. Special paths:
 * - /slow answers when the test says so (releaseSlow); /stream sends a first event at once and
 *   the last when the test says so (releaseStream); /silent never answers;
 * - /set-cookie answers with a Set-Cookie that tries to overwrite the gateway's session cookie;
 * - /hop-by-hop answers with connection-scoped headers;
 * - /download sends a file name as raw UTF-8 bytes (RAW_UTF8_DISPOSITION);
 * - /hang-up closes the connection without an answer.
 * Answers whose connection closed before they ended are recorded (`cancelled`).
 */
export class RecordingUpstream {
  readonly requests: SeenRequest[] = [];
  readonly upgrades: SeenRequest[] = [];
  /** Requests to /slow wait until this is called. */
  releaseSlow: () => void = () => undefined;
  private slow = new Promise<void>((resolve) => (this.releaseSlow = resolve));
  /** Requests to /stream finish when this is called. */
  releaseStream: () => void = () => undefined;
  private streamed = new Promise<void>((resolve) => (this.releaseStream = resolve));
  /** URLs of requests whose connection closed before their answer ended. */
  readonly cancelled: string[] = [];
  private readonly server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    req.on("end", () => this.answer(req, res, body));
  });

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const seen = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      connection: req.socket.remotePort ?? 0,
      body,
    };
    this.requests.push(seen);
    res.on("close", () => {
      if (!res.writableFinished) this.cancelled.push(seen.url);
    });
    if (req.url === "/silent") return;
    if (req.url === "/hang-up") {
      req.socket.destroy();
      return;
    }
    if (req.url === "/slow") {
      void this.slow.then(() => res.writeHead(200, { "content-type": "text/plain" }).end("slow"));
      return;
    }
    if (req.url?.startsWith("/stream")) {
      res.writeHead(200, { "content-type": "text/event-stream" }).write("data: first\n\n");
      void this.streamed.then(() => res.end("data: last\n\n"));
      return;
    }
    if (req.url === "/download") {
      // A raw UTF-8 file name, as many servers send it: header bytes above 0x7f.
      res.setHeader("content-disposition", RAW_UTF8_DISPOSITION);
    }
    if (req.url === "/set-cookie") {
      res.setHeader("set-cookie", ["appSession=planted; Path=/", "upstream_pref=dark; Path=/"]);
    }
    if (req.url === "/hop-by-hop") {
      // Connection-scoped headers of the dashboard's own connection, which must not reach the browser.
      res.setHeader("connection", "keep-alive, x-upstream-hop");
      res.setHeader("x-upstream-hop", "for the gateway only");
      res.setHeader("keep-alive", "timeout=17");
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(seen));
  }
  private readonly wss = new WebSocketServer({ server: this.server });

  constructor() {
    this.wss.on("connection", (socket, req) => {
      this.upgrades.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        connection: req.socket.remotePort ?? 0,
      });
      socket.on("message", (data) => socket.send(`echo:${(data as Buffer).toString("utf8")}`));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
