import { spawnSync } from "node:child_process";

/** Whether a command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * describe() when every command is available; otherwise the block is skipped and the reason
 * printed, so that a skipped check is never silent.
 */
export function describeWithCommands(commands: string[], name: string, body: () => void): void {
  const missing = commands.filter((c) => !hasCommand(c));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  console.warn(`SKIPPED "${name}": ${missing.join(", ")} not on PATH (install them to run this check).`);
  describe.skip(name, body);
}
