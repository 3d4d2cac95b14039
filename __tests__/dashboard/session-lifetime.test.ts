import * as path from "node:path";
import { touchIntervalSeconds } from "../../dashboard/session";
import { RunningProcess, startNode, stopAllProcesses, waitForOutput } from "./support/processes";

// The idle and absolute lifetimes as express-openid-connect enforces them on the project's
// session store, now that the store writes the last-use time at most once per touch interval.
// The server's clock is moved forward by the test (support/session-clock-app.ts).

const ROLLING = 900;
const ABSOLUTE = 3600;
const TOUCH = touchIntervalSeconds(ROLLING);
let app: RunningProcess;
let baseUrl: string;

beforeAll(async () => {
  app = startNode(["scripts/run-ts.js", path.join("__tests__", "dashboard", "support", "session-clock-app.ts")], {
    SECRET: "session-lifetime-test-secret-0123456789",
    SESSION_ROLLING_DURATION: String(ROLLING),
    SESSION_ABSOLUTE_DURATION: String(ABSOLUTE),
  });
  const [, port] = await waitForOutput(app, /listening on .*"port":(\d+)/);
  baseUrl = `http://127.0.0.1:${port}`;
}, 60_000);
afterAll(() => stopAllProcesses());

async function newSession(): Promise<string> {
  const response = await fetch(`${baseUrl}/_test/session`, { method: "POST" });
  expect(response.status).toBe(200);
  return `appSession=${await response.text()}`;
}
async function after(seconds: number): Promise<void> {
  expect((await fetch(`${baseUrl}/_test/advance?seconds=${seconds}`, { method: "POST" })).status).toBe(204);
}
const status = async (cookie: string) => (await fetch(`${baseUrl}/`, { headers: { cookie } })).status;

test("a request after the touch interval extends the idle lifetime", async () => {
  expect(TOUCH).toBe(60);
  const cookie = await newSession();
  await after(TOUCH + 1);
  expect(await status(cookie)).toBe(200); // written: idle lifetime now runs from here
  await after(ROLLING - 20);
  expect(await status(cookie)).toBe(200); // past login + ROLLING, alive because of the touch
});

test("a session idle past its limit is refused, even when its last request was not written", async () => {
  const cookie = await newSession();
  await after(TOUCH - 30);
  expect(await status(cookie)).toBe(200); // within the touch interval: not written
  await after(ROLLING + 1);
  expect(await status(cookie)).toBe(401);
});

test("it ends no later than the idle lifetime after the last request, and at most the touch interval earlier", async () => {
  const cookie = await newSession();
  await after(TOUCH - 1);
  expect(await status(cookie)).toBe(200); // not written
  await after(ROLLING - TOUCH + 2); // ROLLING + 1 after the last write, ROLLING - TOUCH + 2 after the last request
  expect(await status(cookie)).toBe(401);
});

test("an active session still ends at the absolute lifetime", async () => {
  const cookie = await newSession();
  let elapsed = 0;
  while (elapsed + ROLLING - 100 < ABSOLUTE) {
    await after(ROLLING - 100);
    elapsed += ROLLING - 100;
    expect(await status(cookie)).toBe(200);
  }
  await after(ROLLING - 100);
  expect(await status(cookie)).toBe(401);
});

test("a cookie without a valid signature is refused", async () => {
  const cookie = await newSession();
  const [id] = cookie.split(".");
  expect(await status(id)).toBe(401);
  expect(await status(`${id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).toBe(401);
  expect(await status(`${id.replace("appSession=", "appSession.0=")}`)).toBe(401);
  expect(await status(cookie)).toBe(200);
});
