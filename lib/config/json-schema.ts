import { z } from "zod";
import { environmentSchema } from "./schema";

/**
 * The JSON Schema of a config file, for editors. Cross-field rules (roles that exist, unique
 * emails, URL policy) are enforced by the loader only; the schema covers shapes and defaults.
 */
export function renderEnvironmentJsonSchema(): string {
  const schema = z.toJSONSchema(environmentSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  return `${JSON.stringify({ ...schema, title: "ml-dashboard-auth environment (config/<env>.json)" }, null, 2)}\n`;
}
