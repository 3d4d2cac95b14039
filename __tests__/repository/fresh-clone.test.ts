import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { freePort } from "../support/free-port";
import { describeWithCommands } from "../support/tools-available";

/**
 * What a new user meets in a fresh clone: the documented commands work as written, and what
 * they write is either tracked or ignored, so a secret never shows up as a file to commit.
 */

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });

/** The first ```sh block after `heading` in a Markdown file. */
function shellBlock(file: string, heading: string): string {
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`${file} has no heading ${heading}`);
  const block = /```sh\n([\s\S]*?)```/.exec(text.slice(start));
  if (!block) throw new Error(`${file}: no sh block under ${heading}`);
  return block[1];
}

/**
 * The checkout's tracked files (as they are in the working tree) in a new repository, with the
 * project's node_modules linked in place of `npm ci`.
 */
function freshClone(dir: string): string {
  const files = git(PROJECT_ROOT, "ls-files", "-z", "--cached").split("\0").filter(Boolean);
  for (const file of files) {
    const from = path.join(PROJECT_ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** Files git would offer to commit: neither tracked nor ignored (a linked node_modules included). */
const untracked = (dir: string) =>
  git(dir, "status", "--porcelain", "--untracked-files=all")
    .split("\n")
    .filter((line) => line.startsWith("??"));

describeWithCommands(["git"], "a fresh clone", () => {
  test(".gitignore ignores no tracked file", () => {
    expect(git(PROJECT_ROOT, "ls-files", "--cached", "--ignored", "--exclude-standard")).toBe("");
  });

  describe('docs/local-tenant.md "Run it", as written', () => {
    const clone = freshClone(tempDir("fresh-clone"));
    // A fresh clone's bundle cache is empty, as after npm ci. The linked node_modules' cache is keyed by
    // where the entry point is, and each clone is somewhere new: it kept two bundles there per run.
    const runTsCache = tempDir("fresh-clone-run-ts-cache");
    let tenant: ChildProcess | undefined;
    let stdout = "";
    let stderr = "";

    afterAll(() => {
      // The block runs in its own process group: stop the shell and the tenant together.
      if (tenant?.pid && tenant.exitCode === null) process.kill(-tenant.pid, "SIGTERM");
    });

    test("starts the tenant, writing its outputs (0600) into a private, ignored .local-tenant/", async () => {
      // The only change: a free port instead of 4443, which a developer's own run may hold.
      const commands = shellBlock(path.join(clone, "docs", "local-tenant.md"), "### Run it").replace(
        "--port 4443",
        `--port ${await freePort()}`,
      );
      expect(commands).toContain("--outputs-file .local-tenant/outputs.json");
      tenant = spawn("sh", ["-e", "-c", commands], {
        cwd: clone,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "/tmp",
          CHECKPOINT_DISABLE: "1",
          ML_DASHBOARD_RUN_TS_CACHE: runTsCache,
        },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      tenant.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      tenant.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const exited = new Promise((resolve) => tenant!.once("exit", resolve));
      const ready = new Promise<void>((resolve) =>
        tenant!.stdout!.on("data", () => /^\{"issuer":/m.test(stdout) && resolve()),
      );
      const outcome = await Promise.race([ready.then(() => "ready"), exited.then(() => "exited")]);
      expect({ outcome, stderr: outcome === "ready" ? "" : stderr }).toEqual({ outcome: "ready", stderr: "" });

      const folder = path.join(clone, ".local-tenant");
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(folder, "outputs.json")).mode & 0o777).toBe(0o600);
      const outputs = JSON.parse(fs.readFileSync(path.join(folder, "outputs.json"), "utf8")) as Record<string, unknown>;
      expect(typeof outputs.mlflow_client_secret).toBe("string");
      expect(fs.existsSync(path.join(folder, "cert.pem"))).toBe(true);
    }, 180_000);

    test("leaves nothing git would offer to commit: cdktf.out/ and .local-tenant/ are ignored", () => {
      expect(fs.existsSync(path.join(clone, "cdktf.out"))).toBe(true);
      expect(untracked(clone)).toEqual([]);
    });
  });
});
