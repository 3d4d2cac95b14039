import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkInputsDigest } from "../../scripts/check-inputs-digest";
import { runChecks } from "../../scripts/static-checks";
import { tempDir, writerUnder } from "../support/paths";
import { describeWithCommands } from "../support/tools-available";

/**
 * npm test's static checks (tsc, ESLint, Prettier) reuse a pass under this digest. A type-aware rule's finding in one file can follow from a change in any other, so the
 * digest must move with every file the checks read (or a stale pass could be reused), and only with
 * those (or nothing is ever reused).
 */
describeWithCommands(["git"], "the static checks' key", () => {
  const repo = tempDir("lint-cache");
  const plain = tempDir("lint-cache-plain");
  const write = writerUnder(repo);

  beforeAll(() => {
    execFileSync("git", ["init", "-q"], { cwd: repo });
    write(".gitignore", "node_modules/\ncdktf.out/\n");
    write("lib/types.ts", "export type Id = string;\n");
    write("lib/use.ts", 'import { Id } from "./types";\nexport const id: Id = "a";\n');
    write("README.md", "# Prose\n");
    write("node_modules/.package-lock.json", '{"packages":{"node_modules/typescript":{"version":"5.9.3"}}}\n');
    execFileSync("git", ["add", "."], { cwd: repo });
  });

  const digest = () => {
    const value = checkInputsDigest(repo);
    expect(value).toMatch(/^[0-9a-f]{64}$/);
    return value;
  };

  test("is stable while nothing changes", () => {
    expect(digest()).toBe(digest());
  });

  test("moves when any source changes, even one the linted file only imports", () => {
    const before = digest();
    write("lib/types.ts", "export type Id = number;\n");
    expect(digest()).not.toBe(before);
  });

  test("moves with a new untracked source, and with a tracked source deleted from the working tree", () => {
    const before = digest();
    write("lib/new.ts", "export const added = 1;\n");
    const withNew = digest();
    expect(withNew).not.toBe(before);
    fs.rmSync(path.join(repo, "lib/new.ts"));
    expect(digest()).toBe(before);
    fs.rmSync(path.join(repo, "lib/use.ts"));
    expect(digest()).not.toBe(before);
    write("lib/use.ts", 'import { Id } from "./types";\nexport const id: Id = "a";\n');
    expect(digest()).toBe(before);
  });

  test("moves when the installed packages change (a new typescript-eslint or @types)", () => {
    const before = digest();
    write("node_modules/.package-lock.json", '{"packages":{"node_modules/typescript":{"version":"5.9.4"}}}\n');
    expect(digest()).not.toBe(before);
  });

  test("stays for prose and for ignored output", () => {
    const before = digest();
    write("README.md", "# Prose, edited\n");
    write("cdktf.out/stacks/dev/cdk.tf.json", "{}\n");
    expect(digest()).toBe(before);
  });

  test("is undefined outside a git checkout, so every check runs", () => {
    expect(checkInputsDigest(plain)).toBeUndefined();
  });
});

/** The runner, with stand-in checks that record each run and pass or fail as a file says. */
describeWithCommands(["git"], "the static checks' runner", () => {
  const repo = tempDir("static-checks");
  const cacheRoot = path.join(repo, "node_modules", ".cache", "static-checks");
  const runs = path.join(repo, "runs.log");
  const standIn = (name: string) => () => [
    "-e",
    `require("fs").appendFileSync(${JSON.stringify(runs)}, "${name}\\n");` +
      `process.exit(require("fs").existsSync(${JSON.stringify(path.join(repo, `fail-${name}`))}) ? 3 : 0)`,
  ];
  const checks = { types: standIn("types"), style: standIn("style") };
  const lines: string[] = [];
  const run = (...requested: string[]) => {
    fs.rmSync(runs, { force: true });
    const log = (line: string) => lines.push(line);
    const code = runChecks({ root: repo, cacheRoot, checks, requested, log, logError: log });
    const ran = fs.existsSync(runs) ? fs.readFileSync(runs, "utf8").trim().split("\n") : [];
    return { code, ran };
  };

  beforeAll(() => {
    execFileSync("git", ["init", "-q"], { cwd: repo });
    fs.writeFileSync(path.join(repo, ".gitignore"), "node_modules/\nruns.log\nfail-*\n");
    fs.writeFileSync(path.join(repo, "a.ts"), "export const a = 1;\n");
  });

  test("runs every check the first time, then reuses the passes while nothing changes", () => {
    expect(run()).toEqual({ code: 0, ran: ["types", "style"] });
    expect(run()).toEqual({ code: 0, ran: [] });
    expect(lines.at(-1)).toMatch(/^style: passed before on these exact inputs \([0-9a-f]{12}\); not run again$/);
  });

  test("runs again after a change, and keeps only the newest inputs' passes", () => {
    fs.writeFileSync(path.join(repo, "a.ts"), "export const a = 2;\n");
    expect(run("types")).toEqual({ code: 0, ran: ["types"] });
    expect(run()).toEqual({ code: 0, ran: ["style"] });
    expect(fs.readdirSync(cacheRoot)).toHaveLength(1);
  });

  test("a failing check stops the run with its exit code and is not recorded", () => {
    fs.writeFileSync(path.join(repo, "a.ts"), "export const a = 3;\n");
    fs.writeFileSync(path.join(repo, "fail-types"), "");
    expect(run()).toEqual({ code: 3, ran: ["types"] });
    expect(run()).toEqual({ code: 3, ran: ["types"] });
    fs.rmSync(path.join(repo, "fail-types"));
    expect(run()).toEqual({ code: 0, ran: ["types", "style"] });
  });

  test("a cache that cannot be made only means every check runs, every time", () => {
    const blocked = path.join(repo, "node_modules", "blocked-cache");
    fs.mkdirSync(path.dirname(blocked), { recursive: true });
    fs.writeFileSync(blocked, "a file where the cache folder would be\n");
    const log = (line: string) => lines.push(line);
    for (let i = 0; i < 2; i += 1) {
      fs.rmSync(runs, { force: true });
      expect(runChecks({ root: repo, cacheRoot: blocked, checks, requested: [], log, logError: log })).toBe(0);
      expect(fs.readFileSync(runs, "utf8")).toBe("types\nstyle\n");
    }
  });

  test("an unknown check is a usage error, and nothing runs", () => {
    expect(run("types", "spelling")).toEqual({ code: 64, ran: [] });
    expect(lines.at(-1)).toBe("static-checks: unknown check spelling; the checks are types, style");
  });
});
