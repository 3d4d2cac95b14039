/**
 * The Management API's two ways to page a list: offset (`page`, `per_page`, `include_totals`)
 * and checkpoint (`from`, `take`, with `next` in the answer).
 */

/** Auth0's default and largest page sizes. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export class BadQuery extends Error {}

function integerParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new BadQuery(`Query validation error: '${name}' must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * `page` and `per_page`; with `include_totals=true` the list is wrapped with start, limit and
 * total (and `length`, which only the users endpoint answers with).
 */
export function offsetPage<T>(
  items: readonly T[],
  query: URLSearchParams,
  key: string,
  options: { readonly maxResults?: number; readonly withLength?: boolean } = {},
): unknown {
  const maxResults = options.maxResults ?? Infinity;
  const page = integerParam(query, "page", 0, 0, 100_000);
  const perPage = integerParam(query, "per_page", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const start = page * perPage;
  if (start + perPage > maxResults) {
    throw new BadQuery(`You can only page through the first ${maxResults} records.`);
  }
  const slice = items.slice(start, Math.min(start + perPage, maxResults));
  if (query.get("include_totals") !== "true") return slice;
  return {
    start,
    limit: perPage,
    ...(options.withLength ? { length: slice.length } : {}),
    total: Math.min(items.length, maxResults),
    [key]: slice,
  };
}

/** Offset paging as the Actions endpoints answer it: always wrapped, with page and per_page. */
export function actionsPage<T>(items: readonly T[], query: URLSearchParams, key: string): unknown {
  const page = integerParam(query, "page", 0, 0, 100_000);
  const perPage = integerParam(query, "per_page", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  return { total: items.length, page, per_page: perPage, [key]: items.slice(page * perPage, (page + 1) * perPage) };
}

/** `from` (an opaque checkpoint) and `take`; `next` is left out on the last page. */
export function checkpointPage<T>(items: readonly T[], query: URLSearchParams, key: string): unknown {
  const take = integerParam(query, "take", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const from = query.get("from");
  let start = 0;
  if (from !== null && from !== "") {
    const decoded = Number(Buffer.from(from, "base64url").toString());
    if (!Number.isInteger(decoded) || decoded < 0)
      throw new BadQuery("Query validation error: 'from' is not a checkpoint");
    start = decoded;
  }
  const end = start + take;
  return {
    [key]: items.slice(start, end),
    ...(end < items.length ? { next: Buffer.from(String(end)).toString("base64url") } : {}),
  };
}

/** True when the request asks for checkpoint paging. */
export function wantsCheckpoint(query: URLSearchParams): boolean {
  return query.has("from") || query.has("take");
}
