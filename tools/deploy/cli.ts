// npm run deploy -- <command>: the steps between a reviewed plan and the tenant, as the
// workflows run them (see the README, "Deploying to a real tenant").
//
//   plan   --stack-dir D --out F [--json-out J] (--secrets-from-env NAME | --placeholder-passwords)
//          [--public-variables-from-env NAME] [--detailed-exitcode]
//   apply  --stack-dir D --plan F
//   check-secrets --secrets-from-env NAME D...
//   seal   --key-from-env NAME FILE...      unseal --key-from-env NAME FILE.sealed...
//
// Exit codes: 0 done, 1 bad input or a refused plan (one line, never a secret), 2 the plan has
// changes (with --detailed-exitcode, as Terraform's own), 3 a stale plan.
import { parseArgs } from "node:util";
import { applyPlan } from "./apply-plan";
import { DeployError } from "./errors";
import { PLAN_HAS_CHANGES_EXIT_CODE, planStack } from "./plan-stack";
import { checkSealKey, sealFile, unsealFile } from "./sealed-file";
import { planVariables, secretVariablesFromJson } from "./secret-variables";
import { readDeployStack } from "./stack-variables";

const USAGE = `usage: npm run deploy -- plan --stack-dir <dir> --out <planfile> [--json-out <file>] (--secrets-from-env <NAME> | --placeholder-passwords) [--public-variables-from-env <NAME>] [--detailed-exitcode]
       npm run deploy -- apply --stack-dir <dir> --plan <planfile>
       npm run deploy -- check-secrets --secrets-from-env <NAME> <stack-dir>...
       npm run deploy -- seal|unseal --key-from-env <NAME> <file>...`;

const OPTIONS = {
  "stack-dir": { type: "string" },
  out: { type: "string" },
  "json-out": { type: "string" },
  plan: { type: "string" },
  "secrets-from-env": { type: "string" },
  "placeholder-passwords": { type: "boolean" },
  "detailed-exitcode": { type: "boolean" },
  "public-variables-from-env": { type: "string" },
  "key-from-env": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function required(value: string | undefined, flag: string): string {
  if (!value) throw new DeployError(`${flag} is required\n${USAGE}`);
  return value;
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DeployError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  switch (command) {
    case "plan": {
      const stack = readDeployStack(required(values["stack-dir"], "--stack-dir"));
      const fromEnv = values["secrets-from-env"];
      if (Boolean(fromEnv) === Boolean(values["placeholder-passwords"])) {
        throw new DeployError(
          "plan needs exactly one of --secrets-from-env <NAME> (deploy) and --placeholder-passwords (pull requests, drift)",
        );
      }
      const publicName = values["public-variables-from-env"];
      const variables = planVariables(stack, { secrets: fromEnv, public: publicName }, env);
      // The JSON sources themselves never reach Terraform: only the stack's own variables do.
      const rest = Object.fromEntries(Object.entries(env).filter(([k]) => k !== fromEnv && k !== publicName));
      const { changes } = await planStack({
        stackDir: stack.dir,
        planFile: required(values.out, "--out"),
        jsonFile: values["json-out"],
        variables,
        env: rest,
        detailedExitcode: values["detailed-exitcode"],
      });
      if (changes) process.exitCode = PLAN_HAS_CHANGES_EXIT_CODE;
      return;
    }
    case "apply":
      await applyPlan(required(values["stack-dir"], "--stack-dir"), required(values.plan, "--plan"), env);
      return;
    case "check-secrets": {
      const name = required(values["secrets-from-env"], "--secrets-from-env");
      if (files.length === 0) throw new DeployError(`check-secrets needs the stack folders\n${USAGE}`);
      for (const dir of files) secretVariablesFromJson(readDeployStack(dir), name, env[name]);
      console.log(`${name} holds every secret variable of ${files.length} stack(s)`);
      return;
    }
    case "seal":
    case "unseal": {
      const name = required(values["key-from-env"], "--key-from-env");
      const key = checkSealKey(name, env[name]);
      for (const file of files) console.log(command === "seal" ? sealFile(file, key) : unsealFile(file, key));
      return;
    }
    default:
      throw new DeployError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2), process.env).then(
  () => undefined,
  (err: unknown) => {
    if (err instanceof DeployError) {
      console.error(`deploy: ${err.message}`);
      process.exitCode = err.exitCode;
    } else {
      // One line, never a stack trace (it could quote values).
      console.error(`deploy: unexpected error: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
      process.exitCode = 1;
    }
  },
);
