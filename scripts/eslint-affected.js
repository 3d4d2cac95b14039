#!/usr/bin/env node
// ESLint over the files whose result can have changed since they last passed, and no others.
// A file's result depends on its own text and, through the type-aware rules, on the types of every
// project file it imports, directly or not; on the ESLint and TypeScript configuration; on ambient
// declarations (.d.ts files, `declare global`); and on the installed packages. Each file's key is
// the digest of all of those, and a file whose key passed before (no error, no warning) is not
// linted again. ESLint's own --cache keys a file by its text alone, which misses the finding that
// appears in an unchanged caller when a callee's types change; this does not.
//
// The files are those `eslint .` lints, as git lists them (tracked, or untracked and not ignored).
// Without git every file is linted and nothing is recorded.
//
// Usage: node scripts/eslint-affected.js [root [record-file]]   (npm test's static checks run it
// on this checkout; the exit code is ESLint's)
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { listedFiles, contentHash, INSTALLED } = require("./check-inputs-digest");
const { PROJECT_CACHE_DIR } = require("./project-cache");
const { writeAtomic } = require("./write-atomic");

const ROOT = path.resolve(__dirname, "..");
const RECORD_FILE = path.join(PROJECT_CACHE_DIR, "eslint-passed.json");
/** What ESLint lints in this project: TypeScript with type information, JavaScript without. */
const LINTED = /\.(?:ts|js|mjs|cjs)$/;
const TYPESCRIPT = /\.ts$/;
/** Read by every file's lint: the configurations, whatever their name, and what ESLint's imports. */
const CONFIGURATION = /(?:^|\/)(?:tsconfig[^/]*\.json|package\.json)$/;
const ESLINT_CONFIGURATION = /(?:^|\/)eslint\.config\.[cm]?[jt]s$/;
/** Declarations that reach files which do not import them. */
const AMBIENT = /\bdeclare\s+(?:global|module)\b/;
const RECORD_VERSION = 2;
/**
 * Passed keys kept, per linted file: enough that going back to an earlier state (undoing an edit,
 * switching branches and back) finds its passes, bounded so that the record does not grow forever.
 */
const KEPT_PER_FILE = 4;

/**
 * The key of each of `targets`, by its path relative to `root`: the digest of the global inputs
 * (read from `files`, all that git lists), its own text and the text of every project file it
 * imports, transitively, with each import's resolution: a file created where an import pointed at
 * nothing changes the key too.
 */
function fileKeys(root, files, targets) {
  const hashes = new Map(files.map((file) => [file, contentHash(path.join(root, file))]));
  // Each file's text is read once: the ambient check and the import scan both need it.
  const texts = new Map();
  const textOf = (file) => {
    if (!texts.has(file)) {
      let text = "";
      try {
        text = fs.readFileSync(path.join(root, file), "utf8");
      } catch {
        // Deleted since git listed it: no text, no imports.
      }
      texts.set(file, text);
    }
    return texts.get(file);
  };
  const global = crypto.createHash("sha256");
  global.update(`version\0${RECORD_VERSION}\ninstalled\0${contentHash(path.join(root, INSTALLED))}\n`);
  for (const file of files) {
    const ambient = file.endsWith(".d.ts") || (TYPESCRIPT.test(file) && AMBIENT.test(textOf(file)));
    if (ambient || CONFIGURATION.test(file)) global.update(`${file}\0${hashes.get(file)}\n`);
    if (!ESLINT_CONFIGURATION.test(file)) continue;
    for (const read of [file, ...localImports(root, file, textOf)]) {
      global.update(`${read}\0${hashes.get(read) ?? contentHash(path.join(root, read))}\n`);
    }
  }
  const globalKey = global.digest("hex");

  const options = compilerOptions(root);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const inProject = (absolute) => {
    const relative = path.relative(root, absolute);
    return relative.startsWith("..") || relative.split(path.sep).includes("node_modules") ? undefined : relative;
  };
  /** A TypeScript file's project imports (relative paths) and the names that resolved to nothing. */
  const importsOf = new Map();
  const imports = (file) => {
    let found = importsOf.get(file);
    if (found) return found;
    found = { files: [], unresolved: [] };
    importsOf.set(file, found);
    if (!TYPESCRIPT.test(file) || file.endsWith(".d.ts")) return found;
    const absolute = path.join(root, file);
    for (const { fileName } of ts.preProcessFile(textOf(file), true, true).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, absolute, options, ts.sys, cache).resolvedModule;
      const target = resolved && inProject(resolved.resolvedFileName);
      if (target !== undefined) found.files.push(target.split(path.sep).join("/"));
      else if (!resolved && (fileName.startsWith(".") || fileName.startsWith("/"))) found.unresolved.push(fileName);
    }
    return found;
  };
  const keys = new Map();
  for (const file of targets) {
    const key = crypto.createHash("sha256").update(`${globalKey}\n`);
    const seen = new Set([file]);
    const pending = [file];
    while (pending.length > 0) {
      const next = pending.pop();
      const found = imports(next);
      for (const name of found.unresolved) key.update(`unresolved\0${next}\0${name}\n`);
      for (const target of found.files) if (!seen.has(target)) (seen.add(target), pending.push(target));
    }
    for (const input of [...seen].sort()) {
      key.update(`${input}\0${hashes.get(input) ?? contentHash(path.join(root, input))}\n`);
    }
    keys.set(file, key.digest("hex"));
  }
  return keys;
}

/**
 * The project files a JavaScript module imports by relative path, transitively: what an ESLint
 * config reads besides itself (a shared rule set, a local plugin).
 */
function localImports(root, file, textOf) {
  const found = new Set();
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const { fileName } of ts.preProcessFile(textOf(current), true, true).importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const base = path.posix.join(path.posix.dirname(current), fileName);
      const target = [base, `${base}.js`, `${base}.mjs`, `${base}.cjs`, `${base}/index.js`].find((candidate) => {
        try {
          return fs.statSync(path.join(root, candidate)).isFile();
        } catch {
          return false;
        }
      });
      if (target !== undefined && !found.has(target)) (found.add(target), pending.push(target));
    }
  }
  return found;
}

/** tsconfig.json's compiler options (module resolution), or TypeScript's defaults. */
function compilerOptions(root) {
  const file = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return config ? ts.parseJsonConfigFileContent(config, ts.sys, root).options : {};
}

/** The keys that passed, oldest first (each key is one file's, as its own path is in it). */
function readRecord(file) {
  try {
    const record = JSON.parse(fs.readFileSync(file, "utf8"));
    if (record.version === RECORD_VERSION && Array.isArray(record.passed)) return record.passed;
  } catch {
    // None yet, or not one we wrote: every file is linted.
  }
  return [];
}

/** Writes the record whole or not at all; one that cannot be written only means more linting next time. */
function writeRecord(file, passed) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, JSON.stringify({ version: RECORD_VERSION, passed }));
  } catch {
    // Not recorded.
  }
}

/**
 * Lints the files of `root` whose key has not passed, prints ESLint's report, records the files
 * that came out clean, and returns ESLint's exit code (1 on an error, 0 otherwise).
 */
async function lintAffected({ root, recordFile, log = console.log, write = (text) => process.stdout.write(text) }) {
  const { ESLint } = require("eslint");
  const eslint = new ESLint({ cwd: root, warnIgnored: false });
  const files = listedFiles(root);
  /** Prints ESLint's report of `results` and returns its exit code. */
  const report = async (results) => {
    write((await eslint.loadFormatter("stylish")).format(results));
    return results.some((r) => r.errorCount > 0 || r.fatalErrorCount > 0) ? 1 : 0;
  };
  if (!files) return report(await eslint.lintFiles(["."]));
  const linted = [];
  for (const file of files.filter((f) => LINTED.test(f) && fs.existsSync(path.join(root, f)))) {
    if (!(await eslint.isPathIgnored(path.join(root, file)))) linted.push(file);
  }
  const before = fileKeys(root, files, linted);
  const passed = readRecord(recordFile);
  const known = new Set(passed);
  const affected = linted.filter((file) => !known.has(before.get(file)));
  if (affected.length === 0) {
    log(`eslint: all ${linted.length} files passed before on these exact inputs; none linted again`);
    return 0;
  }
  if (affected.length < linted.length) {
    log(`eslint: ${affected.length} of ${linted.length} files, whose inputs changed since they last passed`);
  }
  const results = await eslint.lintFiles(affected.map((file) => path.join(root, file)));
  const exitCode = await report(results);
  // A pass is recorded only under the inputs the lint read: a file edited meanwhile is linted again.
  const after = fileKeys(root, listedFiles(root) ?? files, linted);
  const cleanNow = new Set();
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join("/");
    const problems = result.errorCount + result.fatalErrorCount + result.warningCount;
    if (problems === 0 && before.get(file) === after.get(file)) cleanNow.add(after.get(file));
  }
  // The current passes go last, so the oldest keys of earlier states are the first to go.
  const current = linted.map((file) => after.get(file)).filter((key) => known.has(key) || cleanNow.has(key));
  const currentSet = new Set(current);
  const next = [...passed.filter((key) => !currentSet.has(key)), ...current].slice(-KEPT_PER_FILE * linted.length);
  writeRecord(recordFile, next);
  return exitCode;
}

if (require.main === module) {
  const [root = ROOT, recordFile = RECORD_FILE] = process.argv.slice(2).map((arg) => path.resolve(arg));
  lintAffected({ root, recordFile }).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`eslint: ${error.message}`);
      process.exitCode = 2;
    },
  );
}

module.exports = { lintAffected, fileKeys };
