#!/usr/bin/env bash
# Proves the move to CDK Terrain: in a copy of this checkout, swaps cdktf, cdktf-cli and
# @cdktf/provider-generator for cdktn 0.24 (cdktn, cdktn-cli, @cdktn/provider-generator; constructs
# 10.6), switches the imports, regenerates .gen/ with cdktn's generator from the same vendored
# schema, synthesizes every example environment (through the app and through `npx cdktn synth`), and
# compares each cdk.tf.json with cdktf's.
# Identical apart from the documented metadata differences (scripts/cdktn-compare.js), or it fails.
# Needs Node 22.19 or later (cdktn-cli's engines) and the npm registry. The checkout is not changed.
#
# Usage: scripts/cdktn-check.sh [--keep]   (--keep leaves the switched copy for a look)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export CHECKPOINT_DISABLE=1

node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 19) ? 0 : 1)' || {
  echo "cdktn-check: cdktn-cli 0.24 needs Node 22.19 or later; this is Node $(node --version). Run it under Node 22 or 24 (.ci/run does)." >&2
  exit 2
}

work="$(mktemp -d "${TMPDIR:-/tmp}/cdktn-check.XXXXXX")"
[ "${1:-}" = "--keep" ] && echo "cdktn-check: the switched copy stays in $work" || trap 'rm -rf "$work"' EXIT

echo "== cdktf: synthesizing every example environment"
CDKTF_OUTDIR="$work/out-cdktf" node "$root/scripts/run-ts.js" "$root/main.ts" >/dev/null

echo "== copying the checkout and switching to CDK Terrain"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work" --one-top-level=app
cd "$work/app"
node "$root/scripts/cdktn-switch.js"

echo "== installing cdktn (npm registry)"
npm install --no-audit --no-fund --loglevel=error >/dev/null

echo "== regenerating .gen/ with @cdktn/provider-generator from the vendored schema"
node scripts/generate-provider-bindings.js --out .gen >/dev/null

echo "== cdktn: synthesizing every example environment"
CDKTF_OUTDIR="$work/out-cdktn" node scripts/run-ts.js main.ts >/dev/null

echo "== comparing"
node "$root/scripts/cdktn-compare.js" "$work/out-cdktf" "$work/out-cdktn"

# cdktf-cli 0.21 cannot start on Node 24 (its node-pty has no Node 24 build), so on Node 24 the CLI
# users run is cdktn's: prove `npx cdktn synth` itself writes the same stacks.
echo "== npx cdktn synth (the CLI, as a user runs it)"
npx --no-install cdktn synth --output "$work/out-cdktn-cli" >/dev/null
node "$root/scripts/cdktn-compare.js" "$work/out-cdktn" "$work/out-cdktn-cli"
