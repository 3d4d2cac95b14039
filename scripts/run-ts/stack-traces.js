// How stack traces are formatted in a process started by run-ts.js.
//
// - An Error's stack shows the TypeScript sources' positions (file.ts:line:column), mapped
//   through the project part of the bundle's source map (project-source-map.js), which is read the
//   first time an Error's stack is formatted. A frame inside a bundled package shows its position
//   in the cached bundle file.
// - Stacks captured on plain objects are not formatted unless ML_DASHBOARD_DEBUG is set. cdktf
//   captures one for every token it creates (Error.captureStackTrace on an object, for its
//   "created at" hints); formatting those, let alone source-mapping them as Node's
//   process-wide source maps did, cost more than the rest of a big synth.
"use strict";
const path = require("node:path");
const { SourceMap } = require("node:module");
const { types } = require("node:util");

/** An Error, from this realm or another (jest runs tests in their own). */
const isError = (value) => value instanceof Error || types.isNativeError(value);

/**
 * Formats the stacks of Errors with `format(error, callSites)` and leaves the stacks captured on
 * plain objects empty, unless `debug`.
 */
function formatErrorStacksOnly(format, { debug }) {
  Error.prepareStackTrace = (error, callSites) => (isError(error) || debug ? format(error, callSites) : "");
}

/** Node's own format: the error's toString(), then one "    at <call site>" line per frame. */
function defaultFormat(error, callSites, formatCallSite = String) {
  let header;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = "Error";
  }
  return header + callSites.map((callSite) => `\n    at ${formatCallSite(callSite)}`).join("");
}

/**
 * @param {object} options
 * @param {string} options.bundleFile the file name the bundle runs under
 * @param {string | undefined} options.bundleOnDisk the cached bundle file, for frames without a source position
 * @param {() => string} options.readSourceMap the bundle's source map (JSON text)
 * @param {string} options.sourceMapDir what the map's sources are relative to
 * @param {boolean} options.debug also format plain objects' stacks (ML_DASHBOARD_DEBUG)
 */
function installStackTraces({ bundleFile, bundleOnDisk, readSourceMap, sourceMapDir, debug }) {
  let sourceMap; // undefined: not read yet; null: unreadable
  const originalPosition = (line, column) => {
    if (sourceMap === undefined) {
      try {
        sourceMap = new SourceMap(JSON.parse(readSourceMap()));
      } catch {
        sourceMap = null;
      }
    }
    const entry = sourceMap?.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return undefined;
    const source = path.resolve(sourceMapDir, entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };

  const formatCallSite = (callSite) => {
    const text = callSite.toString();
    if (callSite.getFileName() !== bundleFile) return text;
    const lineAndColumn = `${callSite.getLineNumber()}:${callSite.getColumnNumber()}`;
    const position = `${bundleFile}:${lineAndColumn}`;
    const original = originalPosition(callSite.getLineNumber(), callSite.getColumnNumber());
    if (original) return text.replace(position, original);
    // A package's code (or esbuild's): where it is in the bundle, not a line the entry file lacks.
    return bundleOnDisk ? text.replace(position, `${bundleOnDisk}:${lineAndColumn}`) : text;
  };

  formatErrorStacksOnly((error, callSites) => defaultFormat(error, callSites, formatCallSite), { debug });
}

/**
 * For test runners that format stacks themselves (jest maps every frame through source maps):
 * keeps their format for Errors and skips the stacks of plain objects, as run-ts.js does.
 */
function skipPlainObjectStacks({ debug }) {
  const format = Error.prepareStackTrace ?? defaultFormat;
  formatErrorStacksOnly(format, { debug });
}

module.exports = { installStackTraces, skipPlainObjectStacks };
