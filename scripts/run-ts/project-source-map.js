// A bundle's source map cut down to the project's own sources.
//
// A bundle holds the runtime packages too (bundle-cache.js), and they are most of its map: the
// gateway's map is 2.4 MB, which took about 0.3 s of CPU and 100 MB of memory, kept for the life of
// the process, to parse the first time an Error's stack was formatted (in the gateway, Node
// formats one as soon as an idle connection to the dashboard times out). Its project part is
// 0.27 MB and 6 MB parsed. Positions in the project's sources are what a reader of a stack needs;
// a frame inside a package shows its position in the bundle file, which is on disk
// (stack-traces.js).
"use strict";
const { decode, encode } = require("@jridgewell/sourcemap-codec");

/** Whether a map's source (a path relative to the map) is a package's file. */
const isPackageFile = (source) => /(^|[\\/])node_modules[\\/]/.test(source);

/**
 * The source map (JSON text) with only the segments that point into the project's own files, and
 * only those files in `sources`. Where a package's code (or code of no source) starts on a line,
 * an unmapped segment says so: Node's SourceMap answers a lookup with the nearest segment before
 * it, which would otherwise lend a package's frame the position of the project's code above it.
 */
function projectSourceMap(mapText) {
  const map = JSON.parse(mapText);
  const sources = map.sources ?? [];
  const kept = [];
  // Old source index → new index, or -1 for a package's file.
  const newIndex = sources.map((source) => (isPackageFile(source) ? -1 : kept.push(source) - 1));
  const lines = decode(map.mappings);
  for (let line = 0; line < lines.length; line++) {
    const segments = lines[line];
    const out = [];
    let unmapped = false;
    for (const segment of segments) {
      const index = segment.length === 1 ? -1 : newIndex[segment[1]];
      if (index === -1) {
        if (!unmapped) out.push([segment[0]]);
        unmapped = true;
        continue;
      }
      if (out.length === 0 && segment[0] > 0) out.push([0]);
      segment[1] = index;
      out.push(segment);
      unmapped = false;
    }
    lines[line] = out.length > 0 ? out : [[0]];
  }
  return JSON.stringify({ ...map, sources: kept, sourcesContent: undefined, mappings: encode(lines) });
}

module.exports = { projectSourceMap };
