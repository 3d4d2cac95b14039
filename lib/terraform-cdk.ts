// The one place the app names its CDK library: cdktf 0.21 today, CDK Terrain's cdktn after
// scripts/cdktn-switch.js rewrites the line below. Everything else imports from this module
// (ESLint's no-restricted-imports enforces it), so the switch touches one line of the app.
export * from "cdktf";
