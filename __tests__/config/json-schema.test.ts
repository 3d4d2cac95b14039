import * as fs from "node:fs";
import * as path from "node:path";
import { renderEnvironmentJsonSchema } from "../../lib/config/json-schema";
import { PROJECT_ROOT } from "../support/paths";
import { parseJsonObject, at, objectAt } from "../json";

test("lib/config/environment.schema.json is up to date with the zod schema (npm run schema refreshes it)", () => {
  const committed = fs.readFileSync(path.join(PROJECT_ROOT, "lib", "config", "environment.schema.json"), "utf8");
  expect(committed).toBe(renderEnvironmentJsonSchema());
  const schema = parseJsonObject(committed);
  expect(at(schema, "additionalProperties")).toBe(false);
  expect(at(schema, "required")).toEqual(expect.arrayContaining(["tenant", "roles", "dashboards"]));
  expect(Object.keys(objectAt(schema, "properties"))).toEqual(expect.arrayContaining(["connection", "connections"]));
});

test("the example configs point editors at it", () => {
  for (const env of ["dev", "prod"]) {
    const config = parseJsonObject(fs.readFileSync(path.join(PROJECT_ROOT, "config", `${env}.json`), "utf8"));
    expect(at(config, "$schema")).toBe("../lib/config/environment.schema.json");
  }
});
