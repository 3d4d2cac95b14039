// The compiled bundle of a TypeScript entry point, cached by the content of every source that
// went into it. esbuild runs only when a source, tsconfig.json, esbuild itself or this runner
// changed; otherwise the bundle is read from node_modules/.cache (or $ML_DASHBOARD_RUN_TS_CACHE).
// Cache problems never stop a run: an unreadable or unwritable cache just means bundling in
// memory, as without a cache.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { projectSourceMap } = require("./project-source-map");
const { PROJECT_CACHE_DIR } = require("../project-cache");
const { writeAtomic } = require("../write-atomic");

const ROOT = path.resolve(__dirname, "..", "..");
const CACHE_DIR = process.env.ML_DASHBOARD_RUN_TS_CACHE
  ? path.resolve(process.env.ML_DASHBOARD_RUN_TS_CACHE)
  : path.join(PROJECT_CACHE_DIR, "run-ts");
/** Files whose change invalidates every cached bundle: the build options live in these. */
const BUILD_DEFINITION = [
  path.join(__dirname, "bundle-cache.js"),
  path.join(__dirname, "stack-traces.js"),
  path.join(__dirname, "project-source-map.js"),
  path.join(__dirname, "..", "run-ts.js"),
  path.join(ROOT, "tsconfig.json"),
  // The packages left out of the bundle are read from it.
  path.join(ROOT, "package.json"),
];

const sha256 = (data) => crypto.createHash("sha256").update(data).digest("hex");

function hashFile(file) {
  try {
    return sha256(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * A file's size, inode and modification and change times, as git's index records them: when they
 * are what they were when the file was hashed, its content is too (the kernel sets the change time
 * on every write, and no tool can set it back), so the hash need not be recomputed. Hashing every
 * input, the bundled packages' included, was a tenth of the seed's synth.
 */
function statKey(file) {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return undefined;
  }
}

function esbuildVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "esbuild", "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** What every bundle depends on besides its own sources. */
function buildKey() {
  return sha256([process.version, esbuildVersion(), ...BUILD_DEFINITION.map(hashFile)].join("\n"));
}

/** Prefix of one entry point's cache files: <name>-<hash of its path>. */
function entryPrefix(entry) {
  return `${path.basename(entry, ".ts")}-${sha256(entry).slice(0, 12)}`;
}

/** The manifest of an entry point: its current bundle and the content hash of every input. */
function manifestFile(entry) {
  return path.join(CACHE_DIR, `${entryPrefix(entry)}.json`);
}

/** The cached bundle if every input still has the content it was built from. */
function readCached(entry, key) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile(entry), "utf8"));
  } catch {
    return undefined;
  }
  if (manifest.key !== key || manifest.entry !== entry) return undefined;
  const stats = manifest.stats ?? {};
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    const absolute = path.resolve(ROOT, file);
    if (stats[file] !== undefined && statKey(absolute) === stats[file]) continue;
    if (hashFile(absolute) !== hash) return undefined;
  }
  const bundleFile = path.join(CACHE_DIR, manifest.bundle);
  try {
    const code = fs.readFileSync(bundleFile, "utf8");
    return bundleOf(code, () => readProjectSourceMap(bundleFile), bundleFile);
  } catch {
    return undefined;
  }
}

/**
 * The runtime packages (package.json's dependencies) are bundled with the sources: read as one
 * file and compiled from V8's code cache (run-ts.js), a tool starts in about a third of the time
 * it took to resolve, read and compile each package's files from node_modules (`npm run adopt --
 * --help`: 0.19 s of CPU against 0.65 s; the CDK library alone: 0.46 s against 0.65 s for the
 * seed's synth).
 * Their inputs are hashed like the sources, so the cache follows an upgrade. Left to node_modules:
 * the development tools (devDependencies), the CDK library's archiver (loaded only for assets, see
 * deferred-modules.js), Node's own modules and the packages below.
 */
const NOT_BUNDLED = [
  // Creates its table from table.sql beside its own file (createTableIfMissing): from a bundle it
  // would look beside the entry point.
  "connect-pg-simple",
  // Its main file is a UMD wrapper whose require() calls esbuild cannot follow.
  "jsonc-parser",
  // pg requires its native binding only when asked for it; it is not installed.
  "pg-native",
  "archiver",
];

/** The packages read from node_modules, by name and subpath. */
function externalPackages() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const names = [...Object.keys(pkg.devDependencies ?? {}), ...NOT_BUNDLED];
  return [...names, ...names.map((n) => `${n}/*`)];
}

function build(entry, outfile) {
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: externalPackages(),
    // cdktf writes each stack with json-stable-stringify; stable-json.js writes the same text faster.
    alias: { "json-stable-stringify": "./scripts/run-ts/stable-json.js" },
    // import() becomes a require() in a promise: the ES-module packages (oidc-provider,
    // openid-client, jose) are bundled as CommonJS, and a script compiled from V8's code cache loses its
    // dynamic-import callback on Node 20, so a bundle with import() could not use the cache.
    supported: { "dynamic-import": false },
    // Bundled packages are found as Node finds them, NODE_PATH included, for an entry outside the project.
    nodePaths: (process.env.NODE_PATH ?? "").split(path.delimiter).filter(Boolean),
    // A separate map, read only when an Error's stack is formatted (see stack-traces.js).
    sourcemap: "external",
    sourcesContent: false,
    outfile,
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles.find((f) => f.path.endsWith(".js")).text;
  const sourceMap = result.outputFiles.find((f) => f.path.endsWith(".map")).text;
  return { code, sourceMap, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * The project part of a cached bundle's source map (project-source-map.js), cut from the whole map
 * the first time a stack needs it and kept beside it: bundling stays as fast as it was, and a
 * process that formats no stack never pays for it.
 */
function readProjectSourceMap(bundleFile) {
  const projectMapFile = `${bundleFile}.project.map`;
  try {
    return fs.readFileSync(projectMapFile, "utf8");
  } catch {
    // Not cut yet.
  }
  const projectMap = projectSourceMap(fs.readFileSync(`${bundleFile}.map`, "utf8"));
  try {
    writeAtomic(projectMapFile, projectMap);
  } catch {
    // Cut again next time.
  }
  return projectMap;
}

function store(entry, key, built) {
  const stats = {};
  const inputs = {};
  for (const file of built.inputs) {
    // Each file's stat before its hash: a change in between shows as a stat that no longer matches.
    stats[file] = statKey(path.resolve(ROOT, file));
    inputs[file] = hashFile(path.resolve(ROOT, file));
  }
  // Named by content: a run reading an older manifest still finds the bundle that manifest names.
  const prefix = entryPrefix(entry);
  const bundle = `${prefix}-${sha256(built.code).slice(0, 16)}.js`;
  const bundleFile = path.join(CACHE_DIR, bundle);
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // A project map cut from an earlier build of the same code may be from an older cut.
    fs.rmSync(`${bundleFile}.project.map`, { force: true });
    writeAtomic(`${bundleFile}.map`, built.sourceMap);
    writeAtomic(bundleFile, built.code);
    writeAtomic(manifestFile(entry), JSON.stringify({ entry, key, bundle, inputs, stats }));
    removeStaleBundles(prefix, bundle);
    removeOrphanedEntries();
    return bundleFile;
  } catch {
    // Not cached this time; the next run bundles again.
    return undefined;
  }
}

/** A bundle's files after its entry point's prefix: the code (named by its hash), its maps and V8's code cache. */
const BUNDLE_FILE = /^-[0-9a-f]{16}\.js(\.map|\.project\.map|\.v8cache)?$/;

/** The files of the entry point with this prefix's bundles, among the cache's `files`. */
const bundleFilesOf = (prefix, files) =>
  files.filter((file) => file.startsWith(prefix) && BUNDLE_FILE.test(file.slice(prefix.length)));

/** Earlier bundles of the same entry point; a run still reading one just bundles again. */
function removeStaleBundles(prefix, current) {
  for (const file of bundleFilesOf(prefix, fs.readdirSync(CACHE_DIR)))
    if (!file.startsWith(current)) fs.rmSync(path.join(CACHE_DIR, file), { force: true });
}

/**
 * The files of entry points that no longer exist (a deleted script, a removed copy of the
 * project), so that the cache does not grow with every folder an entry point was ever run from.
 * Run only after a bundle is built, which is when the cache grows.
 */
function removeOrphanedEntries() {
  const files = fs.readdirSync(CACHE_DIR);
  for (const file of files) {
    if (!file.endsWith(".json") || file.includes(".tmp-")) continue;
    let entry;
    try {
      entry = JSON.parse(fs.readFileSync(path.join(CACHE_DIR, file), "utf8")).entry;
    } catch {
      continue;
    }
    if (typeof entry !== "string" || fs.existsSync(entry)) continue;
    const prefix = file.slice(0, -".json".length);
    for (const own of [file, ...bundleFilesOf(prefix, files)]) fs.rmSync(path.join(CACHE_DIR, own), { force: true });
  }
}

/**
 * What loadBundle returns: { code, readSourceMap(): the project part of the source map, as JSON
 * text; sourceMapDir: what its sources are relative to; file: the cached bundle (undefined when
 * the bundle is not cached); codeCacheFile: where V8's code cache of this bundle is kept }.
 */
function bundleOf(code, readSourceMap, bundleFile) {
  const codeCacheFile = bundleFile && `${bundleFile}.v8cache`;
  return { code, readSourceMap, sourceMapDir: CACHE_DIR, file: bundleFile, codeCacheFile };
}

/** The CommonJS bundle of `entry` (absolute path), from the cache when its sources are unchanged (see bundleOf). */
function loadBundle(entry) {
  const key = buildKey();
  const cached = readCached(entry, key);
  if (cached) return cached;
  const built = build(entry, path.join(CACHE_DIR, `${entryPrefix(entry)}.js`));
  const bundleFile = store(entry, key, built);
  const readSourceMap = bundleFile ? () => readProjectSourceMap(bundleFile) : () => projectSourceMap(built.sourceMap);
  return bundleOf(built.code, readSourceMap, bundleFile);
}

module.exports = { loadBundle, CACHE_DIR };
