// express-openid-connect ships no types for its option validator, which the dashboard tests call directly.
declare module "express-openid-connect/lib/config" {
  /** Validates auth() options with the library's own Joi schema (unknown options are errors) and fills defaults. */
  export function get(params: unknown): { session: { cookie: Record<string, unknown> } } & Record<string, unknown>;
}
