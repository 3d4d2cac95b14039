/**
 * URL rules shared by the config schema and the constructs, so that a bad URL is refused
 * with the same words whether it comes from a config file or from code using the constructs.
 */

/** Host names (as WHATWG URL writes them) that always mean this machine. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface UrlPolicy {
  /** Allow `http://localhost`, `http://127.0.0.1` and `http://[::1]` (for development tenants). */
  readonly allowInsecureLocalhost: boolean;
}

/**
 * Checks a URL that Auth0 will redirect a browser to or accept requests from.
 * Returns a sentence describing the problem, or undefined when the URL is acceptable.
 */
export function redirectUrlProblem(value: string, policy: UrlPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "expected an absolute URL such as https://ml.example.com/callback";
  }
  if (value.includes("*")) {
    // Auth0 accepts subdomain wildcards, but a wildcard callback lets any matching host receive
    // authorization codes; list each dashboard host instead.
    return "wildcards are not allowed: list each URL explicitly";
  }
  if (url.username || url.password) {
    return "a URL must not carry credentials";
  }
  if (value.includes("#")) {
    return "a URL must not contain a #fragment";
  }
  // Auth0 compares redirect URLs as strings, and browsers send the WHATWG serialisation. A URL
  // that reads differently once parsed (spaces, tabs, "https:host", upper-case hosts) would
  // be matched against something the user never wrote, so it must be written as parsed.
  const written = writtenAs(url);
  if (!written.includes(value)) {
    const suggestion = value.endsWith("/") ? written[0] : written[written.length - 1];
    return `expected the URL exactly as browsers write it: ${JSON.stringify(suggestion)}`;
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) {
    return policy.allowInsecureLocalhost
      ? undefined
      : 'http:// is allowed only for localhost, and only when the environment sets "allowInsecureLocalhost": true';
  }
  return "expected an https:// URL (http:// is allowed only for localhost in development environments)";
}

/**
 * The spellings of a parsed URL that mean exactly it: its serialisation, and for a bare
 * origin also the form without the trailing slash (https://ml.example.com).
 */
function writtenAs(url: URL): string[] {
  const href = url.href;
  return url.pathname === "/" && href.endsWith("/") ? [href, href.slice(0, -1)] : [href];
}

/** Two URLs name the same page when their serialisations are equal. */
export function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

/** Checks a dashboard's base URL: a redirect URL without a ?query, since paths are appended to it. */
export function baseUrlProblem(value: string, policy: UrlPolicy): string | undefined {
  const problem = redirectUrlProblem(value, policy);
  if (problem) return problem;
  if (new URL(value).search)
    return "a base URL must not contain a ?query: callback and logout paths are appended to it";
  return undefined;
}

/** Checks an origin (scheme, host and port only), as Auth0 expects in allowed_origins/web_origins. */
export function originProblem(value: string, policy: UrlPolicy): string | undefined {
  const problem = redirectUrlProblem(value, policy);
  if (problem) return problem;
  const url = new URL(value);
  if (url.origin !== value.replace(/\/$/, "")) {
    return `expected an origin without a path, such as ${url.origin}`;
  }
  return undefined;
}

/** The origin of a URL, e.g. https://ml.example.com for https://ml.example.com/app. */
export function originOf(value: string): string {
  return new URL(value).origin;
}

/** Joins a base URL and a path with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** Auth0 rejects custom claims in these namespaces (they are reserved for Auth0 itself). */
const RESERVED_CLAIM_DOMAINS = ["auth0.com", "webtask.io", "webtask.run"];

/**
 * Checks a custom-claim namespace such as https://ml.example.com/. Auth0 requires a URL
 * outside its own domains; the trailing slash makes `<namespace>roles` read as a URL path.
 */
export function claimNamespaceProblem(value: string, policy: UrlPolicy): string | undefined {
  const problem = redirectUrlProblem(value, policy);
  if (problem) return problem;
  const url = new URL(value);
  if (RESERVED_CLAIM_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`))) {
    return `Auth0 reserves ${RESERVED_CLAIM_DOMAINS.join(", ")} for its own claims; use your dashboard's domain`;
  }
  if (!value.endsWith("/")) return `expected a trailing slash, e.g. "${value}/"`;
  if (url.search) return "a claim namespace must not contain a ?query";
  return undefined;
}
