// scripts/run-ts.js as the app command and every tool use it: the bundle cache follows the
// sources' content, Errors keep their TypeScript positions, and the stacks cdktf captures on
// plain objects for every token are formatted only under ML_DASHBOARD_DEBUG.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const RUN_TS = path.resolve(__dirname, "../../scripts/run-ts.js");

let dir: string;
let cacheDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-ts-test-"));
  cacheDir = path.join(dir, "cache");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(entry: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [RUN_TS, entry, "an-argument"], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, ML_DASHBOARD_RUN_TS_CACHE: cacheDir, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const bundles = () => fs.readdirSync(cacheDir).filter((f) => f.endsWith(".js"));

describe("bundle cache", () => {
  test("reuses the bundle while the sources are unchanged and rebuilds when one changes", () => {
    write("greeting.ts", 'export const greeting: string = "hello";\n');
    const entry = write(
      "main.ts",
      'import { greeting } from "./greeting";\nconsole.log(`${greeting} ${process.argv[2]} ${path.basename(__filename)}`);\nimport * as path from "node:path";\n',
    );
    expect(run(entry)).toMatchObject({ status: 0, stdout: "hello an-argument main.ts\n" });
    const [first] = bundles();
    const firstWritten = fs.statSync(path.join(cacheDir, first)).mtimeMs;

    expect(run(entry)).toMatchObject({ status: 0, stdout: "hello an-argument main.ts\n" });
    expect(bundles()).toEqual([first]);
    expect(fs.statSync(path.join(cacheDir, first)).mtimeMs).toBe(firstWritten);

    // An imported file changes, the entry does not: the cache must still notice.
    write("greeting.ts", 'export const greeting: string = "bonjour";\n');
    expect(run(entry)).toMatchObject({ status: 0, stdout: "bonjour an-argument main.ts\n" });
    expect(bundles()).toHaveLength(1); // the stale bundle is gone
    expect(bundles()).not.toEqual([first]);
  });

  test("forgets entry points that no longer exist once another is bundled, and keeps the rest", () => {
    const gone = write("gone.ts", 'console.log("gone");\n');
    const kept = write("kept.ts", 'console.log("kept");\n');
    expect(run(gone)).toMatchObject({ status: 0, stdout: "gone\n" });
    expect(run(kept)).toMatchObject({ status: 0, stdout: "kept\n" });
    const filesOf = (name: string) => fs.readdirSync(cacheDir).filter((f) => f.startsWith(`${name}-`));
    expect(filesOf("gone").length).toBeGreaterThan(0);
    fs.rmSync(gone);
    expect(filesOf("gone").length).toBeGreaterThan(0); // nothing was bundled since

    const next = write("next.ts", 'console.log("next");\n');
    expect(run(next)).toMatchObject({ status: 0, stdout: "next\n" });
    expect(filesOf("gone")).toEqual([]);
    expect(filesOf("kept").length).toBeGreaterThan(0);
    expect(run(kept)).toMatchObject({ status: 0, stdout: "kept\n" });
  });

  test("a damaged cache is rebuilt, not trusted", () => {
    const entry = write("damaged.ts", 'console.log("intact");\n');
    expect(run(entry).stdout).toBe("intact\n");
    const manifest = fs.readdirSync(cacheDir).find((f) => f.startsWith("damaged-") && f.endsWith(".json"))!;
    fs.writeFileSync(path.join(cacheDir, manifest), "{ not json");
    expect(run(entry)).toMatchObject({ status: 0, stdout: "intact\n" });
  });

  test("a change that keeps a source's size and modification time is still noticed", () => {
    const source = write("same-size.ts", 'export const word: string = "left";\n');
    const entry = write("same-size-main.ts", 'import { word } from "./same-size";\nconsole.log(word);\n');
    const stamp = new Date("2020-01-01T00:00:00Z"); // a whole second, so that it is put back exactly
    fs.utimesSync(source, stamp, stamp);
    expect(run(entry).stdout).toBe("left\n");
    // Same length, and the old modification time put back (as rsync -t or an archive would):
    // the change time the kernel keeps still differs, so the file is hashed again.
    fs.writeFileSync(source, 'export const word: string = "west";\n');
    fs.utimesSync(source, stamp, stamp);
    expect(fs.statSync(source).mtimeMs).toBe(stamp.getTime());
    expect(run(entry).stdout).toBe("west\n");
  });

  test("keeps V8's code cache beside the bundle, and a damaged one is refused and written anew", () => {
    const entry = write("code-cache.ts", 'console.log("compiled");\n');
    expect(run(entry).stdout).toBe("compiled\n");
    const caches = fs.readdirSync(cacheDir).filter((f) => f.startsWith("code-cache-") && f.endsWith(".v8cache"));
    expect(caches).toHaveLength(1);
    const cacheFile = path.join(cacheDir, caches[0]);
    expect(fs.statSync(cacheFile).size).toBeGreaterThan(0);
    fs.writeFileSync(cacheFile, "not V8's code cache");
    expect(run(entry)).toMatchObject({ status: 0, stdout: "compiled\n", stderr: "" });
    expect(fs.readFileSync(cacheFile, "utf8")).not.toBe("not V8's code cache");
  });

  test("an entry with import() runs from V8's code cache, its import() of an ES-module package and of Node's modules working", () => {
    // jose is ESM-only: bundled as CommonJS, like oidc-provider and openid-client in the tools.
    const entry = write(
      "dynamic.ts",
      'void Promise.all([import("node:os"), import("jose")]).then(([os, jose]) => console.log(typeof os.cpus, typeof jose.SignJWT));\n',
    );
    // The entry is outside the project: it finds the project's packages as Node would, by NODE_PATH.
    const nodePath = { NODE_PATH: path.resolve(__dirname, "../../node_modules") };
    expect(run(entry, nodePath)).toMatchObject({ status: 0, stdout: "function function\n", stderr: "" });
    const caches = () => fs.readdirSync(cacheDir).filter((f) => f.startsWith("dynamic-") && f.endsWith(".v8cache"));
    expect(caches()).toHaveLength(1);
    // No import() is left for Node 20 to lose when the script comes from the code cache.
    const [bundle] = fs.readdirSync(cacheDir).filter((f) => f.startsWith("dynamic-") && f.endsWith(".js"));
    expect(fs.readFileSync(path.join(cacheDir, bundle), "utf8")).not.toMatch(/\bimport\(/);
    expect(run(entry, nodePath)).toMatchObject({ status: 0, stdout: "function function\n", stderr: "" });
  });

  test("an unwritable cache folder still runs the entry", () => {
    const entry = write("uncached.ts", 'console.log("ran");\n');
    const blocker = write("not-a-folder", "");
    expect(run(entry, { ML_DASHBOARD_RUN_TS_CACHE: path.join(blocker, "cache") })).toMatchObject({
      status: 0,
      stdout: "ran\n",
    });
  });
});

describe("stack traces", () => {
  // The interface disappears from the bundle, so bundle and source lines differ.
  const source = [
    "interface Shape {",
    "  readonly sides: number;",
    "  readonly name: string;",
    "}",
    "function fail(shape: Shape): never {",
    "  throw new Error(`no shape with ${shape.sides} sides`);",
    "}",
    "const token = { stack: '' };",
    "Error.captureStackTrace(token);",
    'console.log(JSON.stringify({ tokenStack: token.stack.split("\\n").length > 1 }));',
    'fail({ sides: 7, name: "heptagon" });',
    "",
  ].join("\n");

  test("an Error shows the TypeScript file, line and column", () => {
    const entry = write("fails.ts", source);
    const result = run(entry);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Error: no shape with 7 sides");
    expect(result.stderr).toContain(`at fail (${entry}:6:9)`);
    expect(result.stderr).toContain(`(${entry}:11:1)`);
  });

  test("a frame inside a bundled package points at the cached bundle; the map read is the project's part", () => {
    const entry = write(
      "package-frame.ts",
      [
        'import { serialize } from "cookie";',
        "",
        "export function setBadCookie(name: string): string {",
        '  return serialize(name, "value");',
        "}",
        'setBadCookie("no spaces allowed");',
        "",
      ].join("\n"),
    );
    const result = run(entry, { NODE_PATH: path.resolve(__dirname, "../../node_modules") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("TypeError: argument name is invalid");
    expect(result.stderr).toContain(`at setBadCookie (${entry}:4:10)`);
    // The package's frame: its line in the bundle file on disk, never a line of the entry file.
    const frame = /^ {4}at serialize\w* \((.+):(\d+):(\d+)\)$/m.exec(result.stderr);
    expect(frame?.[1]).toMatch(new RegExp(`^${cacheDir}/package-frame-[0-9a-f]+-[0-9a-f]{16}\\.js$`));
    expect(fs.readFileSync(frame![1], "utf8").split("\n")[Number(frame![2]) - 1]).toContain("argument name is invalid");
    // The project map was cut once and kept beside the whole map, without the package's sources.
    const projectMap = bundles()
      .filter((f) => f.startsWith("package-frame-"))
      .map((f) => path.join(cacheDir, `${f}.project.map`))[0];
    const map = JSON.parse(fs.readFileSync(projectMap, "utf8")) as { sources: string[] };
    expect(map.sources.map((source) => path.basename(source))).toEqual(["package-frame.ts"]);
    expect(fs.statSync(projectMap).size).toBeLessThan(fs.statSync(projectMap.replace(/\.project\.map$/, ".map")).size);
  });

  test("stacks captured on plain objects are left unformatted, unless ML_DASHBOARD_DEBUG is set", () => {
    const entry = write("captures.ts", source);
    expect(JSON.parse(run(entry).stdout)).toEqual({ tokenStack: false });
    const debug = run(entry, { ML_DASHBOARD_DEBUG: "1" });
    expect(JSON.parse(debug.stdout)).toEqual({ tokenStack: true });
    expect(debug.stderr).toContain(`at fail (${entry}:6:9)`);
  });
});

describe("deferred modules", () => {
  test("cdktf loads without archiver, and archiver works when first used", () => {
    const entry = write(
      "assets.ts",
      [
        'import "cdktf";',
        'const loaded = () => Object.keys(require.cache).some((f) => f.includes("/node_modules/archiver/"));',
        "const before = loaded();",
        'import archiver = require("archiver");',
        'const archive = archiver("zip");',
        "console.log(JSON.stringify({ before, after: loaded(), zip: typeof archive.finalize }));",
        "",
      ].join("\n"),
    );
    // The fixture lives outside the project: it finds the project's packages through NODE_PATH.
    const result = run(entry, { NODE_PATH: path.resolve(__dirname, "../../node_modules") });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ before: false, after: true, zip: "function" });
  });
});

describe("the app command", () => {
  test("synthesizes on this Node without a deprecation warning (cdktf 0.21 calls util.isArray, deprecated at run time since Node 22)", () => {
    const outdir = path.join(dir, "app-out");
    const result = spawnSync(process.execPath, ["--throw-deprecation", RUN_TS, "main.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      encoding: "utf8",
      env: { PATH: process.env.PATH, ML_DASHBOARD_RUN_TS_CACHE: cacheDir, CDKTF_OUTDIR: outdir },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(fs.readdirSync(path.join(outdir, "stacks")).length).toBeGreaterThan(0);
  });
});
