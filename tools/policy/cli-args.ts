import { Pack, PACKS, packByName } from "./packs";

export type OutputFormat = "text" | "json" | "sarif" | "markdown";

export interface PolicyArgs {
  readonly help: boolean;
  readonly list: boolean;
  readonly format: OutputFormat;
  readonly packs: readonly Pack[];
  readonly suppressionFiles: readonly string[];
  readonly out?: string;
  readonly targets: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run policy -- [options] [cdk.tf.json | plan.json | folder ...]
  (default: every stack of the last synth, from cdktf.out/)
  --list                 print every rule: id, pack, level, what, why, fix, how to suppress
                         (--list --format markdown prints the README's rule table)
  --format text|json|sarif   (default text)
  --pack NAME            run one pack (repeatable; default: ${PACKS.map((p) => p.name).join(", ")})
  --suppressions FILE    JSON list of {"rule", "address", "reason"} (for plans and stacks of other projects)
  --out FILE             write the report to FILE instead of stdout
exit codes: 0 no errors (warnings allowed), 2 policy errors, 1 bad input`;

/** Parses the command line; throws UsageError with the fix. */
export function parsePolicyArgs(args: readonly string[]): PolicyArgs {
  let format: OutputFormat = "text";
  const packs: Pack[] = [];
  const suppressionFiles: string[] = [];
  const targets: string[] = [];
  let out: string | undefined;
  let help = false;
  let list = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--list") list = true;
    else if (arg === "--format") {
      const v = value();
      if (v !== "text" && v !== "json" && v !== "sarif" && v !== "markdown")
        throw new UsageError(`--format ${JSON.stringify(v)}: expected text, json or sarif (markdown: with --list)`);
      format = v;
    } else if (arg === "--pack") {
      const name = value();
      const pack = packByName(name);
      if (!pack)
        throw new UsageError(`--pack ${JSON.stringify(name)}: expected one of ${PACKS.map((p) => p.name).join(", ")}`);
      packs.push(pack);
    } else if (arg === "--suppressions") suppressionFiles.push(value());
    else if (arg === "--out") out = value();
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    else targets.push(arg);
  }
  if (format === "markdown" && !list)
    throw new UsageError("--format markdown goes with --list (the README's rule table)");
  return { help, list, format, packs: packs.length > 0 ? packs : PACKS, suppressionFiles, out, targets };
}
