import { parseArgs } from "node:util";
import { PlanReviewError } from "./errors";
import { DEFAULT_MAX_CHARS } from "./markdown";

export const USAGE = `usage: plan-review [options] <plan.json>...

Reviews "terraform show -json <planfile>" outputs: dangers first, then every change.

options:
  --out FILE                 write the review to FILE (atomically) instead of stdout
  --format markdown|json     output format (default: markdown)
  --allow-danger "<reason>"  approve the dangers found: print the reason and exit 0
  --stack-name FILE=NAME     name the stack of a plan file (default: from the file name)
  --config [STACK=]FILE      the stack's synthesized cdk.tf.json in this change ...
  --base-config [STACK=]FILE ... and on the base branch: flags prevent_destroy removals
  --first-apply              the files are cdk.tf.json stacks: review creating all of them
  --max-chars N              cap the Markdown length (default: ${DEFAULT_MAX_CHARS}; 0: no cap)
  -h, --help                 show this help

exit codes: 0 no danger (or approved), 2 danger found, 1 bad usage or input`;

export interface CliOptions {
  readonly files: readonly string[];
  readonly out?: string;
  readonly format: "markdown" | "json";
  readonly allowDanger?: string;
  /** Stack names by plan file, from --stack-name. */
  readonly stackNames: ReadonlyMap<string, string>;
  readonly configs: readonly ConfigArg[];
  readonly baseConfigs: readonly ConfigArg[];
  readonly firstApply: boolean;
  readonly maxChars: number;
  readonly help: boolean;
}

/** A --config or --base-config value: the file, and the stack when it was named. */
export interface ConfigArg {
  readonly stack?: string;
  readonly file: string;
}

/** Parses the command line; throws PlanReviewError with a one-line message on bad usage. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        format: { type: "string" },
        "allow-danger": { type: "string" },
        "stack-name": { type: "string", multiple: true },
        config: { type: "string", multiple: true },
        "base-config": { type: "string", multiple: true },
        "first-apply": { type: "boolean" },
        "max-chars": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new PlanReviewError(`${(err as Error).message.split("\n")[0]}; run with --help for usage`);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help && positionals.length === 0)
    throw new PlanReviewError("no plan file given; usage: plan-review [options] <plan.json>... (--help for more)");

  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") {
    throw new PlanReviewError(
      `--format ${JSON.stringify(format)} is not supported; use --format markdown or --format json`,
    );
  }
  const allowDanger = values["allow-danger"];
  if (allowDanger !== undefined && allowDanger.trim() === "") {
    throw new PlanReviewError(
      '--allow-danger needs a reason, e.g. --allow-danger "rotating the mlflow client, approved by @lead"',
    );
  }
  const maxChars = values["max-chars"] === undefined ? DEFAULT_MAX_CHARS : Number(values["max-chars"]);
  if (!Number.isInteger(maxChars) || maxChars < 0) {
    throw new PlanReviewError(
      `--max-chars ${JSON.stringify(values["max-chars"])} must be a whole number of characters (0 for no cap)`,
    );
  }
  if (values.out !== undefined && values.out.trim() === "") throw new PlanReviewError("--out needs a file path");

  const stackNames = new Map<string, string>();
  for (const mapping of values["stack-name"] ?? []) {
    const at = mapping.lastIndexOf("=");
    if (at <= 0 || at === mapping.length - 1) {
      throw new PlanReviewError(
        `--stack-name ${JSON.stringify(mapping)} must be FILE=NAME, e.g. --stack-name plans/dev.json=ml-dashboard-auth-dev`,
      );
    }
    stackNames.set(mapping.slice(0, at), mapping.slice(at + 1));
  }
  const configs = (values.config ?? []).map((v) => configArg(v, "--config"));
  const baseConfigs = (values["base-config"] ?? []).map((v) => configArg(v, "--base-config"));
  if ((configs.length === 0) !== (baseConfigs.length === 0)) {
    throw new PlanReviewError(
      "--config and --base-config go together: prevent_destroy removals are found by comparing the stack's cdk.tf.json in this change with the base branch's",
    );
  }
  return {
    files: positionals,
    ...(values.out !== undefined ? { out: values.out } : {}),
    format,
    ...(allowDanger !== undefined ? { allowDanger } : {}),
    stackNames,
    configs,
    baseConfigs,
    firstApply: values["first-apply"] === true,
    maxChars,
    help,
  };
}

/** `STACK=FILE` names the stack; a bare `FILE` leaves it to be worked out from the path. */
function configArg(value: string, option: string): ConfigArg {
  if (value.trim() === "") throw new PlanReviewError(`${option} needs a cdk.tf.json file path`);
  const match = /^([A-Za-z0-9_.-]+)=(.+)$/.exec(value);
  return match ? { stack: match[1], file: match[2] } : { file: value };
}
