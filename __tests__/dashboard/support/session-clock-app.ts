// The real express-openid-connect session middleware on the project's session store
// (sessionOption + openSessionStore), with a clock the test moves forward: for testing the
// idle and absolute lifetimes, and the throttled touch, without waiting for them.
//
// POST /_test/session  creates a signed-in session now and answers its cookie value
// POST /_test/advance?seconds=N  moves this process's clock N seconds forward
// GET  /               200 "signed in" with a live session, 401 otherwise
import * as http from "node:http";
import express from "express";
import { auth } from "express-openid-connect";
import { openSessionStore, sessionOption, SessionSettings, SessionStore } from "../../../dashboard/session";

// The library's clock (epoch()) and the store's expiry both read Date.now. It stands still between
// the test's moves: on a busy machine, real seconds passing between two requests would push a
// request past a boundary the test places it one second before (the touch interval).
let offsetMs = 0;
const startMs = Date.now();
Date.now = () => startMs + offsetMs;

const settings: SessionSettings = {
  absoluteSeconds: Number(process.env.SESSION_ABSOLUTE_DURATION),
  rollingSeconds: Number(process.env.SESSION_ROLLING_DURATION),
  store: { kind: "memory" },
};
const secret = process.env.SECRET ?? "";
const sessions = openSessionStore(settings, (line) => console.error(line));
const session = sessionOption(settings, sessions, { secure: false, secret });
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

const app = express();
app.post("/_test/advance", (req, res) => {
  offsetMs += Number(req.query.seconds) * 1000;
  res.sendStatus(204);
});
app.post("/_test/session", (_req, res) => {
  const now = Math.floor(Date.now() / 1000);
  const value = session.genid();
  // Only the claims are read on each request (not verified again), so any well-formed ID token will do.
  const idToken = `${base64url({ alg: "none" })}.${base64url({ sub: "user-1", iat: now, exp: now + 86400 })}.`;
  const payload: Parameters<SessionStore["set"]>[1] = {
    header: { iat: now, uat: now, exp: now + settings.rollingSeconds },
    data: { id_token: idToken } as never,
    cookie: { expires: (now + settings.rollingSeconds) * 1000, maxAge: settings.rollingSeconds * 1000 },
  };
  session.store.set(value, payload, (err?: unknown) => (err ? res.sendStatus(500) : res.type("text").send(value)));
});
app.use(
  auth({
    issuerBaseURL: "https://tenant.invalid/",
    baseURL: "http://127.0.0.1",
    clientID: "session-clock",
    secret,
    authRequired: false,
    routes: { login: false, logout: false, callback: false },
    session,
  }),
);
app.get("/", (req, res) => {
  if (req.oidc.isAuthenticated()) res.type("text").send("signed in");
  else res.sendStatus(401);
});
const server = http.createServer(app).listen(0, "127.0.0.1", () => {
  console.log(`listening on ${JSON.stringify(server.address())}`);
});
process.once("SIGTERM", () => {
  server.close();
  void sessions.close();
});
