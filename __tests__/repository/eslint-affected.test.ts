import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileKeys } from "../../scripts/eslint-affected";
import { PROJECT_ROOT, tempDir, writerUnder } from "../support/paths";
import { describeWithCommands } from "../support/tools-available";

const SCRIPT = path.join(PROJECT_ROOT, "scripts", "eslint-affected.js");

/**
 * A file is linted again when its key moves: with its own text, with the text of any project file
 * it imports, directly or not, and with what every file reads (configuration, ambient declarations,
 * installed packages); and only then.
 */
describe("each file's lint key", () => {
  const root = tempDir("eslint-keys");
  const write = writerUnder(root);
  const files = ["tsconfig.json", "a.ts", "b.ts", "c.ts", "lone.ts", "tool.js"];
  const keys = () => fileKeys(root, files, ["a.ts", "b.ts", "c.ts", "lone.ts", "tool.js"]);

  beforeEach(() => {
    write("tsconfig.json", '{ "compilerOptions": { "strict": true } }\n');
    write("a.ts", 'import { b } from "./b";\nexport const a = b;\n');
    write("b.ts", 'import type { C } from "./c";\nexport const b: C = 1;\n');
    write("c.ts", "export type C = number;\n");
    write("lone.ts", "export const lone = 1;\n");
    write("tool.js", "module.exports = 1;\n");
    fs.rmSync(path.join(root, "ambient.d.ts"), { force: true });
    fs.rmSync(path.join(root, "later.ts"), { force: true });
  });

  const moved = (before: Map<string, string>, after: Map<string, string>) =>
    [...before.keys()].filter((file) => before.get(file) !== after.get(file)).sort();

  test("is the same while nothing changes", () => {
    expect(moved(keys(), keys())).toEqual([]);
  });

  test("moves for the file and every file that imports it, directly or not", () => {
    const before = keys();
    write("c.ts", "export type C = string;\n");
    expect(moved(before, keys())).toEqual(["a.ts", "b.ts", "c.ts"]);
    const middle = keys();
    write("a.ts", 'import { b } from "./b";\nexport const a = b; // edited\n');
    expect(moved(middle, keys())).toEqual(["a.ts"]);
  });

  test("moves for every file with the configuration or an ambient declaration", () => {
    const before = keys();
    write("tsconfig.json", '{ "compilerOptions": { "strict": false } }\n');
    expect(moved(before, keys())).toEqual(["a.ts", "b.ts", "c.ts", "lone.ts", "tool.js"]);
    const middle = keys();
    write("ambient.d.ts", "declare const injected: number;\n");
    const withAmbient = fileKeys(root, [...files, "ambient.d.ts"], [...middle.keys()]);
    expect(moved(middle, withAmbient)).toEqual(["a.ts", "b.ts", "c.ts", "lone.ts", "tool.js"]);
    fs.rmSync(path.join(root, "ambient.d.ts"));
    write("lone.ts", "declare global {\n  const injected: number;\n}\nexport {};\n");
    expect(moved(middle, keys())).toEqual(["a.ts", "b.ts", "c.ts", "lone.ts", "tool.js"]);
  });

  test("moves for every file with what the ESLint config imports", () => {
    write("eslint.config.mjs", 'import { rules } from "./lint/rules.mjs";\nexport default [{ rules }];\n');
    write("lint/rules.mjs", "export const rules = {};\n");
    const withConfig = [...files, "eslint.config.mjs", "lint/rules.mjs"];
    const before = fileKeys(root, withConfig, ["a.ts", "lone.ts", "tool.js"]);
    write("lint/rules.mjs", 'export const rules = { "no-console": "error" };\n');
    expect(moved(before, fileKeys(root, withConfig, ["a.ts", "lone.ts", "tool.js"]))).toEqual([
      "a.ts",
      "lone.ts",
      "tool.js",
    ]);
  });

  test("moves when a file appears where an import pointed at nothing", () => {
    write("lone.ts", 'import { later } from "./later";\nexport const lone = later;\n');
    const before = keys();
    write("later.ts", "export const later = 1;\n");
    expect(moved(before, keys())).toEqual(["lone.ts"]);
  });
});

/**
 * The script with the real ESLint and typescript-eslint, in a small git project of its own: the case
 * ESLint's own cache gets wrong (a finding in a file that did not change) and the files it lints.
 */
describeWithCommands(["git"], "ESLint over the affected files", () => {
  const root = tempDir("eslint-affected");
  const record = path.join(tempDir("eslint-affected-record"), "passed.json");
  const write = writerUnder(root);
  const lint = () => {
    const run = spawnSync(process.execPath, [SCRIPT, root, record], { encoding: "utf8", timeout: 120_000 });
    return { status: run.status, output: run.stdout + run.stderr };
  };

  beforeAll(() => {
    execFileSync("git", ["init", "-q"], { cwd: root });
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(root, "node_modules"));
    write(".gitignore", "node_modules\n");
    write(
      "eslint.config.mjs",
      'import tseslint from "typescript-eslint";\n' +
        "export default tseslint.config({\n" +
        '  files: ["**/*.ts"],\n' +
        "  extends: [tseslint.configs.recommendedTypeChecked],\n" +
        "  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },\n" +
        "});\n",
    );
    write(
      "tsconfig.json",
      '{ "compilerOptions": { "strict": true, "target": "ES2022", "types": [] }, "include": ["*.ts"] }\n',
    );
    write("callee.ts", "export function work(): void {}\n");
    write("caller.ts", 'import { work } from "./callee";\nexport function run(): void {\n  work();\n}\n');
    write("lone.ts", "export const lone = 1;\n");
  });

  // Four files: eslint.config.mjs is linted too, as `eslint .` lints it.
  test("lints every file the first time and none the next", () => {
    expect(lint()).toEqual({ status: 0, output: "" });
    expect(lint()).toEqual({
      status: 0,
      output: "eslint: all 4 files passed before on these exact inputs; none linted again\n",
    });
  });

  test("a callee that now returns a promise makes the unchanged caller fail, and only those two are linted", () => {
    write("callee.ts", "export function work(): Promise<void> {\n  return Promise.resolve();\n}\n");
    const first = lint();
    expect(first.status).toBe(1);
    expect(first.output).toContain("eslint: 2 of 4 files, whose inputs changed since they last passed");
    expect(first.output).toMatch(/caller\.ts\n\s+3:3\s+error\s+Promises must be awaited/);
    expect(first.output).not.toContain("callee.ts");
    // The callee passed and is not linted again; the failing caller is, until it is fixed.
    expect(lint()).toMatchObject({ status: 1, output: expect.stringContaining("eslint: 1 of 4 files") as unknown });
    write("caller.ts", 'import { work } from "./callee";\nexport function run(): void {\n  void work();\n}\n');
    expect(lint()).toEqual({
      status: 0,
      output: "eslint: 1 of 4 files, whose inputs changed since they last passed\n",
    });
    expect(lint()).toMatchObject({ status: 0, output: expect.stringContaining("none linted again") as unknown });
  });

  test("an edit undone finds the earlier pass: nothing is linted again", () => {
    const before = fs.readFileSync(path.join(root, "lone.ts"), "utf8");
    write("lone.ts", "export const lone = 2;\n");
    expect(lint()).toEqual({
      status: 0,
      output: "eslint: 1 of 4 files, whose inputs changed since they last passed\n",
    });
    write("lone.ts", before);
    expect(lint()).toEqual({
      status: 0,
      output: "eslint: all 4 files passed before on these exact inputs; none linted again\n",
    });
  });

  test("a record that is not ours, or cannot be read, means every file is linted", () => {
    fs.writeFileSync(record, "not json");
    expect(lint()).toEqual({ status: 0, output: "" });
    expect(lint().output).toContain("none linted again");
  });
});
