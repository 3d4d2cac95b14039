import { RequestHandler } from "express";

/**
 * Security headers, set by hand rather than with helmet to keep the dependency list short.
 * Pages load nothing from other origins and run no scripts; styles are inline.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  const csp = [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "script-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return (_req, res, next) => {
    res.set({
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      // Pages carry per-user content: never cache them in shared or browser caches.
      "Cache-Control": "no-store",
    });
    if (options.https) res.set("Strict-Transport-Security", "max-age=31536000");
    next();
  };
}
