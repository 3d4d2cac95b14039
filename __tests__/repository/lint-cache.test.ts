import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { lintInputsDigest } from "../../scripts/eslint-cached";
import { tempDir } from "../support/paths";
import { describeWithCommands } from "../support/tools-available";

/**
 * npm test's ESLint keeps its results in a cache named by this digest. A type-aware rule's finding
 * in one file can follow from a change in any other, so the digest must move with every file the
 * lint reads (or a stale pass could be reused), and only with those (or the cache is never warm).
 */
describeWithCommands(["git"], "the lint cache's key", () => {
  const repo = tempDir("lint-cache");
  const plain = tempDir("lint-cache-plain");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  };

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
    const value = lintInputsDigest(repo);
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

  test("is undefined outside a git checkout, so the lint runs uncached", () => {
    expect(lintInputsDigest(plain)).toBeUndefined();
  });
});
