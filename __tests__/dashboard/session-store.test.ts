import { promisify } from "node:util";
import { openSessionStore, OpenSessionStore, touchIntervalSeconds } from "../../dashboard/session";

// The store wrapper that keeps logout final, on the real in-memory store.
let sessions: OpenSessionStore;
beforeEach(() => {
  sessions = openSessionStore(
    { absoluteSeconds: 3600, rollingSeconds: 900, store: { kind: "memory" } },
    () => undefined,
  );
});
afterEach(() => sessions.close());

const session = (uat: number, data: Record<string, unknown> = { id_token: "t" }, iat = 1) => ({
  header: { iat, uat, exp: 4e9 },
  data,
  cookie: { expires: 4e12, maxAge: 3.6e6 },
});
const get = (sid: string) => promisify(sessions.store.get.bind(sessions.store))(sid);
const set = (sid: string, value: unknown) =>
  new Promise<void>((resolve, reject) =>
    sessions.store.set(sid, value as never, (err?: unknown) =>
      err ? reject(err instanceof Error ? err : new Error("store error")) : resolve(),
    ),
  );
const destroy = (sid: string) => new Promise<void>((resolve) => sessions.store.destroy(sid, () => resolve()));

test("a new login's id (from genid) is stored, and later writes update it", async () => {
  const id = sessions.genid();
  const later = 1 + touchIntervalSeconds(900);
  await set(id, session(1));
  await set(id, session(later));
  expect(await get(id)).toMatchObject({ header: { uat: later } });
});

test("a write after logout (a request that was still running) does not bring the session back", async () => {
  const id = sessions.genid();
  await set(id, session(1));
  await destroy(id);
  await set(id, session(2));
  expect(await get(id)).toBeFalsy();
});

test("an id that was not minted for a login cannot be inserted", async () => {
  await set("chosen-by-a-client", session(1));
  expect(await get("chosen-by-a-client")).toBeFalsy();
  expect(sessions.genid()).not.toBe(sessions.genid());
});

describe("the rolling lifetime's touch", () => {
  const touch = touchIntervalSeconds(900);
  const uatOf = async (id: string) => ((await get(id)) as { header: { uat: number } }).header.uat;

  test("is written at most once per touch interval (60 s for the default 15-minute idle lifetime)", async () => {
    expect(touch).toBe(60);
    const id = sessions.genid();
    await set(id, session(1000));
    await set(id, session(1000 + touch - 1));
    expect(await uatOf(id)).toBe(1000);
    await set(id, session(1000 + touch));
    expect(await uatOf(id)).toBe(1000 + touch);
  });

  test("a changed session, or a new login under the same id, is written at once", async () => {
    const id = sessions.genid();
    await set(id, session(1000));
    await set(id, session(1001, { id_token: "refreshed" }));
    expect(await get(id)).toMatchObject({ header: { uat: 1001 }, data: { id_token: "refreshed" } });
    await set(id, session(1002, { id_token: "refreshed" }, 2));
    expect(await get(id)).toMatchObject({ header: { iat: 2, uat: 1002 } });
  });

  test("the interval is at most a tenth of the idle lifetime", () => {
    expect(touchIntervalSeconds(60)).toBe(6);
    expect(touchIntervalSeconds(86400)).toBe(60);
  });
});
