import * as fs from "node:fs";
import * as path from "node:path";
import { renderEnvironmentJsonSchema } from "../../lib/config/json-schema";
import { PROJECT_ROOT } from "../helpers";

test("lib/config/environment.schema.json is up to date with the zod schema (npm run schema refreshes it)", () => {
  const committed = fs.readFileSync(path.join(PROJECT_ROOT, "lib", "config", "environment.schema.json"), "utf8");
  expect(committed).toBe(renderEnvironmentJsonSchema());
  const schema = JSON.parse(committed);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(["tenant", "connection", "roles", "dashboards"]));
});

test("the example configs point editors at it", () => {
  for (const env of ["dev", "prod"]) {
    const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "config", `${env}.json`), "utf8"));
    expect(config.$schema).toBe("../lib/config/environment.schema.json");
  }
});
