/**
 * A minimal browser stand-in for driving login flows over plain HTTP: it keeps cookies per
 * origin (honouring Path, Max-Age=0 and past Expires) and follows redirects one hop at a time,
 * so that tests can see every step.
 */

export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  /** The redirect target, resolved against the request URL. */
  readonly location?: string;
  readonly body: string;
}

interface StoredCookie {
  readonly value: string;
  readonly path: string;
}

export class HttpSession {
  private readonly jars = new Map<string, Map<string, StoredCookie>>();

  /** Sets a cookie for an origin, as if that origin had set it. */
  setCookie(origin: string, name: string, value: string): void {
    this.jar(new URL(origin).origin).set(name, { value, path: "/" });
  }

  cookieNames(origin: string): string[] {
    return [...this.jar(new URL(origin).origin).keys()];
  }

  /** A cookie's value, as a thief copying it from this browser would have it. */
  cookieValue(origin: string, name: string): string | undefined {
    return this.jar(new URL(origin).origin).get(name)?.value;
  }

  /** One request, no redirects followed. */
  async get(url: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
    const target = new URL(url);
    const cookie = [...this.jar(target.origin)]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
    const response = await fetch(target, {
      redirect: "manual",
      headers: { accept: "text/html", ...(cookie ? { cookie } : {}), ...headers },
    });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    const location = response.headers.get("location");
    return {
      url: target.href,
      status: response.status,
      headers: response.headers,
      location: location ? new URL(location, target).href : undefined,
      body: await response.text(),
    };
  }

  /** Follows redirects from `url` and returns every response, the final one last. */
  async follow(url: string, maxHops = 15): Promise<HttpResponse[]> {
    const chain = [await this.get(url)];
    while (chain[chain.length - 1].location && [301, 302, 303, 307, 308].includes(chain[chain.length - 1].status)) {
      if (chain.length > maxHops)
        throw new Error(`more than ${maxHops} redirects: ${chain.map((r) => r.url).join(" → ")}`);
      chain.push(await this.get(chain[chain.length - 1].location!));
    }
    return chain;
  }

  private jar(origin: string): Map<string, StoredCookie> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map<string, StoredCookie>()));
    return jar;
  }

  private store(url: URL, setCookie: string): void {
    const [pair, ...attributes] = setCookie.split(";").map((s) => s.trim());
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = new Map(attributes.map((a) => [a.split("=")[0].toLowerCase(), a.slice(a.indexOf("=") + 1)] as const));
    const expires = attr.get("expires");
    const removed = attr.get("max-age") === "0" || (expires !== undefined && Date.parse(expires) <= Date.now());
    if (removed) this.jar(url.origin).delete(name);
    else this.jar(url.origin).set(name, { value, path: attr.get("path") ?? "/" });
  }
}
