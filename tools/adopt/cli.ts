#!/usr/bin/env node
// npm run adopt -- --env <name> [options]: writes config/<name>.json from an existing Auth0 tenant.
// Exit codes: 0 written, 1 nothing written (the message says why and what to do).
import { parseAdoptArgs, USAGE } from "./cli-args";
import { AdoptError } from "./errors";
import { adopt } from "./run-adopt";

const log = (line: string) => process.stderr.write(`adopt: ${line}\n`);

async function main(): Promise<number> {
  const options = parseAdoptArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const result = await adopt(options, process.env, log);
  if (result.notes.length > 0) {
    process.stdout.write(`Not represented, or changed on the first apply (${result.notes.length}):\n`);
    for (const note of result.notes) process.stdout.write(`- ${note}\n`);
  }
  process.stdout.write(
    `\nNext: review ${result.file}, run ML_DASHBOARD_ENV=${options.env} npx cdktf synth, then terraform plan: it must show imports and no destroys.\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Expected problems carry a message written for the user; anything else is reported in one
    // line (a stack trace could show request details), unless ADOPT_DEBUG is set.
    log(
      err instanceof AdoptError
        ? err.message
        : `internal error: ${String((err as Error)?.message ?? err).split("\n")[0]}`,
    );
    if (process.env.ADOPT_DEBUG && !(err instanceof AdoptError)) process.stderr.write(`${(err as Error)?.stack}\n`);
    log("nothing was written");
    process.exit(1);
  },
);
