import * as fs from "node:fs";
import * as path from "node:path";
import { RunningProcess, startNode } from "../../dashboard/support/processes";

/** Outputs as `terraform output -json` writes them, for one dashboard (secrets included, as Terraform prints them). */
export function terraformOutputsJson(values: Record<string, unknown>, sensitive: readonly string[] = []): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        {
          sensitive: sensitive.includes(name),
          type: Array.isArray(value) ? ["list", "string"] : "string",
          value,
        },
      ]),
    ),
    null,
    2,
  );
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Starts `npm run gateway`'s entry point with exactly the given arguments and environment. */
export function startGateway(args: readonly string[], env: Readonly<Record<string, string>>): RunningProcess {
  return startNode(["scripts/run-ts.js", "tools/gateway/server.ts", ...args], env);
}

/** Polls the gateway's health endpoint until it answers, or fails if the process exits first. */
export async function waitForGateway(proc: RunningProcess, baseUrl: string): Promise<void> {
  for (;;) {
    const ok = await fetch(new URL("/_gateway/healthz", baseUrl)).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    const exited = await Promise.race([proc.exited.then((code) => ({ code })), new Promise((r) => setTimeout(r, 100))]);
    if (exited) throw new Error(`gateway exited before it was healthy:\n${proc.output()}`);
  }
}
