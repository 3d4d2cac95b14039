// The gateway's fast lane and its full path (express-openid-connect and the access gate), in one
// process, on one store and one frozen clock (FROZEN_NOW, Unix seconds), so that a test can ask
// both about the same session at the same second. (The library cannot load inside Jest: its
// openid-client is ECMAScript-modules only.)
//
// POST /_test/check    {"session": stored}         → {"claims": ...|null}  claimsOfCurrentSession at FROZEN_NOW
// POST /_test/session  {"session": stored}         → {"cookie": "appSession=<signed id>"}  stored under a new id
// POST /_test/lane     {"cookie": "...", "url": "/"} → {"admitted": boolean}
// POST /_test/destroy  {"cookie": "..."}           → 204, the session is gone (as after logout)
// It prints {"control":port,"fullPath":port,"gateway":port} once everything listens.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { openSessionStore, SESSION_COOKIE } from "../../../dashboard/session";
import { sessionIdSigner } from "../../../dashboard/session-id";
import { createGateway } from "../../../tools/gateway/app";
import { fastLane } from "../../../tools/gateway/fast-lane";
import { claimsOfCurrentSession, sessionCheck } from "../../../tools/gateway/session-check";
import { gatewaySettings } from "../../../tools/gateway/settings";

const NOW = Number(process.env.FROZEN_NOW);
Date.now = () => NOW * 1000;

const settings = gatewaySettings(
  {
    key: "mlflow",
    // Never contacted: nothing here logs in.
    issuerBaseUrl: "https://tenant.invalid/",
    clientId: "fast-lane-client",
    baseUrl: "http://127.0.0.1:1",
    callbackUrls: ["http://127.0.0.1:1/callback"],
    claimNamespace: process.env.CLAIM_NAMESPACE ?? "",
    allowedRoles: ["ml-viewer", "ml-admin"],
  },
  process.env.UPSTREAM ?? "",
  process.env,
);
const sessions = openSessionStore(settings.session, (line) => console.error(line));
const gateway = createGateway(settings, sessions, () => undefined);
const lane = fastLane(sessionCheck(settings.session, sessions, settings.sessionSecret), settings);
const signer = sessionIdSigner(settings.sessionSecret, SESSION_COOKIE);

const idOf = (cookie: string) => signer.verify(cookie.slice(`${SESSION_COOKIE}=`.length)) ?? "";

async function answer(path: string, body: { session?: object; cookie?: string; url?: string }): Promise<unknown> {
  switch (path) {
    case "/_test/check":
      return { claims: claimsOfCurrentSession(body.session, settings.session, NOW) ?? null };
    case "/_test/session": {
      const id = sessions.genid();
      // The entry itself outlives every case: the session's own header decides.
      const entry = { ...body.session, cookie: { expires: (NOW + 86400) * 1000, maxAge: 86400_000 } };
      await new Promise<void>((resolve, reject) =>
        sessions.store.set(id, entry as never, (err) => (err ? reject(err as Error) : resolve())),
      );
      return { cookie: `${SESSION_COOKIE}=${signer.sign(id)}` };
    }
    case "/_test/lane": {
      const request = { url: body.url ?? "/", headers: { cookie: body.cookie } } as http.IncomingMessage;
      return { admitted: (await lane(request)) !== undefined };
    }
    case "/_test/destroy":
      await new Promise((resolve) => sessions.store.destroy(idOf(body.cookie ?? ""), resolve));
      return {};
    default:
      throw new Error(`unknown control path ${path}`);
  }
}

const control = http.createServer((req, res) => {
  let text = "";
  req.on("data", (chunk) => (text += String(chunk)));
  req.on("end", () => {
    answer(req.url ?? "", JSON.parse(text || "{}") as never).then(
      (result) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result)),
      (err: Error) => res.writeHead(500).end(err.message),
    );
  });
});
const servers = {
  control,
  fullPath: http.createServer(gateway.app),
  gateway: http.createServer(gateway.handleRequest),
};
void Promise.all(
  Object.entries(servers).map(
    ([name, server]) =>
      new Promise<[string, number]>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve([name, (server.address() as AddressInfo).port])),
      ),
  ),
).then((ports) => console.log(JSON.stringify(Object.fromEntries(ports))));
process.once("SIGTERM", () => {
  for (const server of Object.values(servers)) server.close();
  void sessions.close();
});
