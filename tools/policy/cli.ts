// npm run policy -- [cdk.tf.json ...]: checks synthesized stacks against the project's security
// rules. Without arguments it checks every stack of the last `cdktf synth` (cdktf.out/).
// Exit codes: 0 no errors (warnings allowed), 2 policy errors, 1 bad input.
import { checkStack, POLICY_RULES } from "./rules";
import { readStack, readSynthesizedStacks, StackReadError, SynthesizedStack } from "./synthesized-stack";

function main(args: string[]): number {
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: npm run policy -- [--list] [cdk.tf.json ...]   (default: every stack in cdktf.out/)");
    return 0;
  }
  if (args.includes("--list")) {
    for (const rule of POLICY_RULES) console.log(`${rule.id}: ${rule.description}`);
    return 0;
  }
  let stacks: SynthesizedStack[];
  try {
    stacks = args.length > 0 ? args.map(readStack) : readSynthesizedStacks(process.env.CDKTF_OUTDIR ?? "cdktf.out");
  } catch (err) {
    if (err instanceof StackReadError) {
      console.error(`policy: ${err.message}`);
      return 1;
    }
    throw err;
  }
  let errors = 0;
  let warnings = 0;
  for (const stack of stacks) {
    const findings = checkStack(stack);
    errors += findings.filter((f) => f.severity === "error").length;
    warnings += findings.filter((f) => f.severity === "warning").length;
    console.log(
      `${stack.name}: ${findings.length === 0 ? "ok" : `${findings.length} finding${findings.length === 1 ? "" : "s"}`}`,
    );
    for (const f of findings)
      console.log(`  ${f.severity.toUpperCase().padEnd(7)} ${f.address}: ${f.message} [${f.rule}]`);
  }
  console.log(`${stacks.length} stack(s) checked: ${errors} error(s), ${warnings} warning(s)`);
  return errors > 0 ? 2 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // One line, never a stack trace (it could quote configuration values).
  console.error(`policy: unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
  process.exitCode = 1;
}
