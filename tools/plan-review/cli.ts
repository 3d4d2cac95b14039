#!/usr/bin/env node
// Entry point of `npm run plan:review` (node scripts/run-ts.js tools/plan-review/cli.ts).
// It only runs the command: importing it runs it, so library code imports run-cli.ts instead.
import { runCli } from "./run-cli";

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
