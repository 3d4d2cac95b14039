#!/usr/bin/env bash
# Starts the browser tests' Chromium ($ML_DASHBOARD_TEST_CHROMIUM) with its arguments as given, except
# that every --disable-features list is joined into one. Chromium honours only the last
# --disable-features it is given, and both lists must hold: Playwright's own (it keeps headless runs
# offline and deterministic) and the one the tests add (support/chromium.ts).
set -euo pipefail
args=()
features=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if ((${#features[@]} > 0)); then
  args+=("--disable-features=$(
    IFS=,
    echo "${features[*]}"
  )")
fi
exec "${ML_DASHBOARD_TEST_CHROMIUM:?the Chromium to start}" "${args[@]}"
