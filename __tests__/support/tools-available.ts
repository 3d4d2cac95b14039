import { spawnSync } from "node:child_process";
import { skippedName } from "./skipped";

/** Whether a command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * describe(), or, when `skipReason` is given, a skipped block whose reason the run's summary
 * prints (__tests__/support/skip-reporter.js): a skipped check is never silent.
 */
export function describeUnless(skipReason: string | undefined, name: string, body: () => void): void {
  if (skipReason === undefined) describe(name, body);
  else describe.skip(skippedName(name, skipReason), body);
}

/** describe() when every command is on PATH; otherwise skipped, saying which are missing. */
export function describeWithCommands(commands: string[], name: string, body: () => void): void {
  const missing = commands.filter((c) => !hasCommand(c));
  describeUnless(
    missing.length === 0 ? undefined : `${missing.join(", ")} not on PATH (install them to run this check)`,
    name,
    body,
  );
}
