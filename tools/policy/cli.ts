// npm run policy -- [options] [cdk.tf.json | plan.json | folder ...]: checks stacks and plans
// against the Auth0 policy packs. See USAGE in cli-args.ts and the README's "Policy rules".
import { runPolicyCli } from "./run-cli";

try {
  process.exitCode = runPolicyCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  });
} catch (err) {
  // One line, never a stack trace (it could quote configuration values).
  console.error(`policy: unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
  process.exitCode = 1;
}
