import * as fs from "node:fs";
import * as path from "node:path";

/** Whether process `pid` is running. EPERM: it exists, but belongs to someone else. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the folders in `parent` named `<prefix><pid>` or `<prefix><pid>-<anything>` whose
 * process has ended: what a killed process left instead of cleaning up. A folder of a process
 * still running (this one included) is left alone.
 */
export function removeFoldersOfEndedProcesses(parent: string, prefix: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const owner = /^([1-9][0-9]*)(-|$)/.exec(entry.slice(prefix.length))?.[1];
    const pid = Number(owner);
    if (owner === undefined || !Number.isSafeInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}
