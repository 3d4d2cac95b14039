// Where the project's scripts and tests keep what they can make again (run-ts's bundles, the static
// checks' passes, the test PostgreSQL template): one folder under node_modules/.cache, where
// Prettier and others keep theirs, so git ignores it and `npm ci` starts it afresh.
"use strict";
const path = require("node:path");

/** The project's cache folder; each user of it keeps a subfolder of its own. */
const PROJECT_CACHE_DIR = path.join(__dirname, "..", "node_modules", ".cache", "ml-dashboard-auth");

module.exports = { PROJECT_CACHE_DIR };
