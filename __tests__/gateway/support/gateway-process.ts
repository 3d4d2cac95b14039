import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { RunningProcess, startNode, startProcess } from "../../dashboard/support/processes";

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

/** Writes a file readable by everyone (the container image's user included) unless `mode` says otherwise. */
export function writeFile(dir: string, name: string, text: string, mode = 0o644): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  fs.chmodSync(file, mode);
  return file;
}

/**
 * The gateway's container image to test instead of `npm run gateway`, when set: CI builds the
 * Dockerfile's image and runs the HTTP suite against it (.ci/gateway-image).
 */
export const GATEWAY_IMAGE = process.env.GATEWAY_IMAGE;

/**
 * Starts `npm run gateway`'s entry point with exactly the given arguments and environment; with
 * GATEWAY_IMAGE, the image's entry point instead, in a buildah container on this host's network,
 * with each file argument's folder mounted read-only at the same path.
 */
export function startGateway(args: readonly string[], env: Readonly<Record<string, string>>): RunningProcess {
  if (GATEWAY_IMAGE === undefined) return startNode(["scripts/run-ts.js", "tools/gateway/server.ts", ...args], env);
  const container = execFileSync("buildah", ["from", "--pull=never", GATEWAY_IMAGE], { encoding: "utf8" }).trim();
  // The image runs as an unprivileged user (uid 65532): the test's folders of mounted files let it
  // in (a temporary folder is the owner's only); the files' own modes are the test's to set.
  const folders = [...new Set(args.filter((a) => path.isAbsolute(a) && fs.existsSync(a)).map((a) => path.dirname(a)))];
  for (const folder of folders) fs.chmodSync(folder, 0o755);
  const mounts = folders.map((folder) => `${folder}:${folder}:ro`);
  // The test's own throwaway secrets: buildah takes the environment as arguments only.
  const settings = Object.entries(env).flatMap(([name, value]) => ["--env", `${name}=${value}`]);
  const proc = startProcess(
    "buildah",
    [
      "run",
      "--isolation",
      "chroot",
      ...mounts.flatMap((m) => ["--volume", m]),
      ...settings,
      container,
      "--",
      "node",
      "/app/gateway.js",
      ...args,
    ],
    {},
  );
  void proc.exited.finally(() => execFileSync("buildah", ["rm", container], { stdio: "ignore" }));
  return proc;
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
