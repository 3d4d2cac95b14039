import type { Adapter, AdapterPayload } from "oidc-provider";

/**
 * oidc-provider's storage (sessions, interactions, codes, tokens, grants) for one local tenant:
 * in memory, private to the tenant (oidc-provider's own development adapter is shared by every
 * provider in the process), expiring entries as they lapse. Everything is gone on stop, as a
 * test tenant should be.
 */
export function memoryStore(): (model: string) => Adapter {
  const entries = new Map<string, { payload: AdapterPayload; expiresAt?: number }>();
  const index = new Map<string, string>(); // sessionUid:/userCode: -> key
  const grants = new Map<string, Set<string>>(); // grantId -> keys of its tokens

  const live = (key: string | undefined): AdapterPayload | undefined => {
    if (!key) return undefined;
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      // The Adapter interface is asynchronous; this store answers at once, hence resolved promises.
      upsert(id, payload, expiresIn) {
        const key = keyOf(id);
        entries.set(key, { payload: { ...payload }, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
        if (model === "Session" && payload.uid) index.set(`sessionUid:${payload.uid}`, key);
        if (payload.userCode) index.set(`userCode:${payload.userCode}`, key);
        if (payload.grantId && model !== "Grant") {
          const keys = grants.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          grants.set(payload.grantId, keys);
        }
        return Promise.resolve();
      },
      find(id) {
        return Promise.resolve(live(keyOf(id)));
      },
      findByUid(uid) {
        return Promise.resolve(live(index.get(`sessionUid:${uid}`)));
      },
      findByUserCode(userCode) {
        return Promise.resolve(live(index.get(`userCode:${userCode}`)));
      },
      consume(id) {
        const payload = live(keyOf(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        entries.delete(keyOf(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        for (const key of grants.get(grantId) ?? []) entries.delete(key);
        grants.delete(grantId);
        return Promise.resolve();
      },
    };
  };
}
