// Prints the drift status of a saved plan's JSON (`terraform show -json`): 2 when the tenant differs
// from main, 0 when it matches (see drift-status.ts). Used by .github/workflows/drift.yml.
import { driftStatus } from "./drift-status";
import { PlanReviewError } from "./errors";
import { readPlanFile } from "./plan-file";

const [file, ...rest] = process.argv.slice(2);
if (file === undefined || rest.length > 0) {
  process.stderr.write("usage: node scripts/run-ts.js tools/plan-review/drift-status-cli.ts <plan.json>\n");
  process.exit(64);
}
try {
  process.stdout.write(`${driftStatus(readPlanFile(file))}\n`);
} catch (err) {
  if (!(err instanceof PlanReviewError)) throw err;
  process.stderr.write(`drift-status: ${err.message}\n`);
  process.exit(1);
}
