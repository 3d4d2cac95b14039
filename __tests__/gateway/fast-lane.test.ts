import * as http from "node:http";
import * as path from "node:path";
import fc from "fast-check";
import { SESSION_COOKIE, touchIntervalSeconds } from "../../dashboard/session";
import { sessionIdSigner } from "../../dashboard/session-id";
import { RunningProcess, startNode, stopAllProcesses, waitForOutput } from "../dashboard/support/processes";
import { RecordingUpstream } from "./support/upstream";

// The fast lane must never admit a request the full path (express-openid-connect and the access
// gate) would refuse. Both run in one process (support/fast-lane-harness.ts) on one frozen clock,
// against the same store: every generated session is asked of the lane and of the full path, at
// the same second.

const NOW = 1_800_000_000;
const ROLLING = 900;
const ABSOLUTE = 3600;
const TOUCH = touchIntervalSeconds(ROLLING);
const SECRET = "fast-lane-test-session-secret-0123456789";
const NAMESPACE = "https://ml.example.com/";
const ROLES_CLAIM = `${NAMESPACE}roles`;

let upstream: RecordingUpstream;
let harness: RunningProcess;
let ports: { control: number; fullPath: number; gateway: number };

beforeAll(async () => {
  upstream = new RecordingUpstream();
  harness = startNode(["scripts/run-ts.js", path.join("__tests__", "gateway", "support", "fast-lane-harness.ts")], {
    FROZEN_NOW: String(NOW),
    UPSTREAM: await upstream.start(),
    CLAIM_NAMESPACE: NAMESPACE,
    CLIENT_SECRET: "fast-lane-client-secret",
    SECRET,
    SESSION_ROLLING_DURATION: String(ROLLING),
    SESSION_ABSOLUTE_DURATION: String(ABSOLUTE),
  });
  ports = JSON.parse((await waitForOutput(harness, /^\{"control".*\}$/m))[0]) as typeof ports;
}, 60_000);

afterAll(async () => {
  await stopAllProcesses();
  await upstream?.stop();
});

async function control<T>(path: string, body: object): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${ports.control}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${await response.text()}${harness.output()}`);
  return (await response.json()) as T;
}

const unsignedJwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.c2lnbmF0dXJl`;

interface StoredSession {
  readonly header: { iat: unknown; uat: unknown; exp: unknown };
  readonly data: Record<string, unknown>;
}

/** Stores a session under a new id (as a login would) and returns its signed cookie header. */
const store = async (session: StoredSession) =>
  (await control<{ cookie: string }>("/_test/session", { session })).cookie;

const laneAdmits = async (cookie: string, url = "/") =>
  (await control<{ admitted: boolean }>("/_test/lane", { cookie, url })).admitted;

function get(port: number, urlPath: string, cookie: string): Promise<{ status: number; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    http
      .get(`http://127.0.0.1:${port}${urlPath}`, { headers: { cookie, accept: "application/json" } }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers["set-cookie"] ?? [] }));
      })
      .on("error", reject);
  });
}

const validSession = (overrides: Partial<StoredSession["header"]> = {}, claims: Record<string, unknown> = {}) => ({
  header: { iat: NOW - 100, uat: NOW - 1, exp: NOW + ROLLING - 1, ...overrides },
  data: {
    id_token: unsignedJwt({ sub: "auth0|alice", email: "alice@example.com", [ROLES_CLAIM]: ["ml-viewer"], ...claims }),
  },
});

describe("the lane's session check", () => {
  const check = async (session: StoredSession) =>
    (await control<{ claims: Record<string, unknown> | null }>("/_test/check", { session })).claims;

  test("accepts a session within every lifetime and touched less than a touch interval ago", async () => {
    expect(await check(validSession())).toMatchObject({ sub: "auth0|alice" });
    expect(await check(validSession({ uat: NOW - TOUCH + 1 }))).not.toBeNull();
  });

  test.each([
    ["expired (exp is now)", { exp: NOW }],
    ["idle for the whole idle lifetime", { uat: NOW - ROLLING, exp: NOW + 10 }],
    ["past its absolute lifetime", { iat: NOW - ABSOLUTE, uat: NOW - 1 }],
    ["due for its rolling touch (the library writes it)", { uat: NOW - TOUCH }],
    ["touched in the future", { uat: NOW + 5 }],
    ["with a header time that is not a number", { iat: String(NOW - 100) }],
    ["with a header time that is not whole", { uat: NOW - 0.5 }],
  ])("leaves a session %s to the full path", async (_, header) => {
    expect(await check(validSession(header as Partial<StoredSession["header"]>))).toBeNull();
  });

  test.each([
    ["no ID token", { id_token: undefined }],
    ["an ID token that is not a JWT", { id_token: "not-a-jwt" }],
    ["an IdP session ceiling (session_expiry)", { sessionExpiresAt: NOW + 600 }],
  ])("leaves a session with %s to the full path", async (_, data) => {
    const session = validSession();
    expect(await check({ ...session, data: { ...session.data, ...data } })).toBeNull();
  });
});

describe("the lane admits nothing the full path refuses", () => {
  // Mostly sessions the lane may admit (else the property is empty), and seconds around every
  // boundary the lane or the library checks, and anywhere in between.
  const time = (valid: [number, number], ...marks: number[]) =>
    fc.oneof(
      { arbitrary: fc.integer({ min: valid[0], max: valid[1] }), weight: 4 },
      fc.constantFrom(...marks).chain((mark) => fc.integer({ min: mark - 2, max: mark + 2 })),
      fc.integer({ min: -2 * ABSOLUTE, max: 120 }).map((offset) => NOW + offset),
    );
  const iatTime = time([NOW - ABSOLUTE + 1, NOW], NOW - ABSOLUTE, NOW);
  const uatTime = time([NOW - TOUCH + 1, NOW], NOW - ROLLING, NOW - TOUCH, NOW);
  const expTime = time([NOW + 1, NOW + ROLLING], NOW, NOW + ROLLING);
  const rolesClaim = fc.oneof(
    { arbitrary: fc.constant(["ml-viewer"]), weight: 3 },
    fc.subarray(["ml-viewer", "ml-admin", "ml-other", ""]),
    fc.constantFrom(undefined, "ml-viewer", [1, "ml-admin"]),
  );
  const hasSub = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, fc.constant(false));

  test("for generated sessions, asked at the same second, through the real library", async () => {
    let admittedByLane = 0;
    await fc.assert(
      fc.asyncProperty(iatTime, uatTime, expTime, rolesClaim, hasSub, async (iat, uat, exp, roles, hasSub) => {
        const session = validSession(
          { iat, uat, exp },
          { sub: hasSub ? "auth0|bob" : undefined, [ROLES_CLAIM]: roles },
        );
        const cookie = await store(session);
        const byLane = await laneAdmits(cookie);
        const full = await get(ports.fullPath, "/data", cookie);
        if (byLane) {
          admittedByLane++;
          expect(full.status).toBe(200);
        }
        expect([200, 401, 403]).toContain(full.status);
      }),
      { numRuns: 150 },
    );
    // The property means something only if the lane admitted some of them.
    expect(admittedByLane).toBeGreaterThan(5);
  });

  test("a forged, re-signed or copied-from-the-table id is refused by both", async () => {
    const cookie = await store(validSession());
    const [name, value] = cookie.split("=");
    const [id] = value.split(".");
    for (const forged of [
      `${name}=${id}`,
      `${name}=${id}.${sessionIdSigner("another-secret-of-enough-length-000000", SESSION_COOKIE).sign(id).split(".")[1]}`,
      // A chunk of the cookie (the library joins chunks): the id without its signature.
      `${SESSION_COOKIE}.0=${id}`,
    ]) {
      expect(await laneAdmits(forged)).toBe(false);
      expect((await get(ports.fullPath, "/data", forged)).status).toBe(401);
    }
  });

  test("after logout (the store forgets the session) both refuse the copied cookie", async () => {
    const cookie = await store(validSession());
    expect(await laneAdmits(cookie)).toBe(true);
    await control("/_test/destroy", { cookie });
    expect(await laneAdmits(cookie)).toBe(false);
    expect((await get(ports.gateway, "/data", cookie)).status).toBe(401);
  });

  test("the gateway's own paths are never the lane's, in any spelling", async () => {
    const cookie = await store(validSession());
    for (const url of [
      "/_gateway/logout",
      "/_GATEWAY/Logout/",
      "/_gateway",
      "/callback?code=x",
      "/CALLBACK",
      "http://other/",
    ]) {
      expect(await laneAdmits(cookie, url)).toBe(false);
    }
    expect(await laneAdmits(cookie, "/dashboard/_gateway")).toBe(true);
  });
});

describe("through the gateway", () => {
  test("a lane request reaches the upstream with the identity and sets no cookie; a session due for its touch is written by the library", async () => {
    const fresh = await store(validSession());
    const before = upstream.requests.length;
    const answer = await get(ports.gateway, "/fresh", fresh);
    expect(answer).toEqual({ status: 200, setCookie: [] });
    const seen = upstream.requests.slice(before).find((r) => r.url === "/fresh");
    expect(seen?.headers["x-forwarded-user"]).toBe("auth0|alice");
    expect(seen?.headers.cookie).toBeUndefined();

    const due = await store(validSession({ uat: NOW - TOUCH - 1 }));
    expect(await laneAdmits(due)).toBe(false);
    const touched = await get(ports.gateway, "/due", due);
    expect(touched.status).toBe(200);
    expect(touched.setCookie.join()).toContain(`${SESSION_COOKIE}=`);
    // The library wrote the last-use time: the next request is the lane's.
    expect(await laneAdmits(due)).toBe(true);
  });
});
