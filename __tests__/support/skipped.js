// How a skipped check carries its reason to the summary: in its name, the one thing jest passes
// from a test file's worker to the reporters whatever the run's options (verbose, silent, workers).
"use strict";

const MARK = " [skipped: ";

/** The name of a block that is skipped, with the reason the summary prints. */
function skippedName(name, reason) {
  return `${name}${MARK}${reason}]`;
}

/** The reason in a skipped block's name, or undefined. */
function skipReasonOf(title) {
  const at = title.lastIndexOf(MARK);
  return at >= 0 && title.endsWith("]") ? title.slice(at + MARK.length, -1) : undefined;
}

module.exports = { skippedName, skipReasonOf };
