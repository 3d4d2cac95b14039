// The one place the app names its CDK library: cdktf 0.21 today, CDK Terrain's cdktn after
// scripts/cdktn-switch.js rewrites the line below. Everything else imports from this module
// (ESLint's no-restricted-imports enforces it), so the switch touches one line of the app.
import util from "node:util";

// cdktf 0.21 (final) calls util.isArray when it synthesizes an output, and Node 22 deprecates that
// at run time (DEP0044): every synth on Node 22 and later printed a DeprecationWarning. It reads
// the property at each call, and Array.isArray is the function it stands for.
util.isArray = Array.isArray;

export * from "cdktf";
