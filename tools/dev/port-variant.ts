import * as fs from "node:fs";
import * as path from "node:path";
import { ENVIRONMENT_SELECTOR, runApp } from "../../lib/app";
import { stackNameOf } from "../../lib/stack-name";
import { DevError } from "./dev-error";

/**
 * Synthesizes `environment` once more with dashboards.<key>.url set to `baseUrl` (the same url on
 * another port), so that everything derived from the url (callback and logout URLs, web origins,
 * the default claim namespace) follows the port, exactly as if the config said so. The copy of
 * the config and the stack live in `runDir`, never in cdktf.out: a stack made for one local run
 * must not be what a deploy picks up. Returns the stack file.
 */
export function synthesizeOnPort(
  projectRoot: string,
  environment: string,
  key: string,
  baseUrl: string,
  runDir: string,
): string {
  const configFile = path.join(projectRoot, "config", `${environment}.json`);
  // The same file the first synth validated a moment ago, so it parses.
  const config = JSON.parse(fs.readFileSync(configFile, "utf8")) as { dashboards: Record<string, { url: string }> };
  config.dashboards[key].url = baseUrl;
  const variantRoot = path.join(runDir, "project");
  fs.mkdirSync(path.join(variantRoot, "config"), { recursive: true });
  fs.writeFileSync(path.join(variantRoot, "config", `${environment}.json`), JSON.stringify(config, null, 2));
  fs.symlinkSync(path.join(projectRoot, "rules"), path.join(variantRoot, "rules"));
  const outdir = path.join(runDir, "cdktf.out");
  const problems: string[] = [];
  const code = runApp(variantRoot, { CDKTF_OUTDIR: outdir, [ENVIRONMENT_SELECTOR]: environment }, (line) =>
    problems.push(line),
  );
  if (code !== 0)
    throw new DevError(
      `the ${environment} stack cannot be synthesized with dashboards.${key}.url ${baseUrl}:\n${problems.join("\n")}`,
    );
  return path.join(outdir, "stacks", stackNameOf(environment), "cdk.tf.json");
}
