import { promisify } from "node:util";
import { openSessionStore, OpenSessionStore } from "../../dashboard/session";

// The store wrapper that keeps logout final, on the real in-memory store.
let sessions: OpenSessionStore;
beforeEach(() => {
  sessions = openSessionStore(
    { absoluteSeconds: 3600, rollingSeconds: 900, store: { kind: "memory" } },
    () => undefined,
  );
});
afterEach(() => sessions.close());

const session = (uat: number) => ({
  header: { iat: 1, uat, exp: 4e9 },
  data: { id_token: "t" },
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
  await set(id, session(1));
  await set(id, session(2));
  expect(await get(id)).toMatchObject({ header: { uat: 2 } });
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
