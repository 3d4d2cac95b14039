// bench/lib/until-ready.js, with which `npm run bench -- --only tool-start` times a server's start:
// it stops the command with Ctrl-C once the ready file appears, and fails loudly if the command
// ends before it is ready (a timing of a crash would look like a fast start).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "../support/paths";

const UNTIL_READY = path.join(PROJECT_ROOT, "bench", "lib", "until-ready.js");
const dir = tempDir("until-ready");

const run = (...args: string[]) =>
  spawnSync(process.execPath, [UNTIL_READY, ...args], { encoding: "utf8", timeout: 30_000 });

test("stops a server with Ctrl-C once its ready file appears", () => {
  const ready = path.join(dir, "server.ready");
  const stopped = path.join(dir, "server.stopped");
  const server = `process.on("SIGINT", () => { require("node:fs").writeFileSync(${JSON.stringify(stopped)}, ""); process.exit(0); }); setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(ready)}, ""), 50); setInterval(() => {}, 60_000);`;
  const result = run(ready, "--", process.execPath, "-e", server);
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  expect(fs.existsSync(stopped)).toBe(true);
});

test("fails, with the command's output, when the command ends before it is ready", () => {
  const result = run(
    path.join(dir, "never.ready"),
    "--",
    process.execPath,
    "-e",
    'console.error("no config"); process.exit(3)',
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("ended (exit 3) before it was ready");
  expect(result.stderr).toContain("no config");
});

test('with "-", waits for the command to end, and passes only a successful end', () => {
  expect(run("-", "--", process.execPath, "-e", "0").status).toBe(0);
  expect(run("-", "--", process.execPath, "-e", "process.exit(2)").status).toBe(1);
});
