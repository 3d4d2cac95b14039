/** A request budget per window, with the headers Auth0 sends on every Management API answer. */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  readonly requests: number;
  /** Window length in seconds. */
  readonly windowSeconds: number;
}

/** Generous enough that only a test that asks for a limit ever meets it. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { requests: 1000, windowSeconds: 1 };

export class RateLimit {
  private windowStart = 0;
  private used = 0;

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {}

  /** Counts one request; `allowed` is false once the window's budget is spent (answer 429). */
  take(now = Date.now()): { allowed: boolean; headers: Record<string, string> } {
    const windowMs = this.options.windowSeconds * 1000;
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    this.used++;
    const remaining = Math.max(0, this.options.requests - this.used);
    const reset = Math.ceil((this.windowStart + windowMs) / 1000);
    return {
      allowed: this.used <= this.options.requests,
      headers: {
        "x-ratelimit-limit": String(this.options.requests),
        "x-ratelimit-remaining": String(remaining),
        "x-ratelimit-reset": String(reset),
      },
    };
  }
}
