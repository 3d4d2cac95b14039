// Writes lib/config/environment.schema.json, the JSON Schema of config/<env>.json, from the zod
// schema, so editors can complete and check config files ("$schema" in each file points at it).
// A test fails when the committed file is out of date: run `npm run schema` to refresh it.
import * as path from "node:path";
import { renderEnvironmentJsonSchema } from "../lib/config/json-schema";
import { writeFileAtomic } from "../lib/write-file-atomic";

const target = path.join(__dirname, "..", "lib", "config", "environment.schema.json");
writeFileAtomic(target, renderEnvironmentJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
