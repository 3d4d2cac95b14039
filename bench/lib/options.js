// Command-line options of `npm run bench`.
"use strict";

const SECTIONS = ["seed", "scaling", "cli", "plan-review", "gateway", "tool-start", "npm-test"];
const USAGE = `usage: npm run bench [-- options]
  --quick             one run per case, scaling at 1,000 and 10,000 users only, no stock ts-node, no npm test
  --users N[,N...]    only the scaling series, at these user counts (e.g. --users 4000)
  --runs N            measured runs per case, after one warm-up (default 3; --quick: 1)
  --only a,b          sections to run: ${SECTIONS.join(", ")}
  --resources N       plan size for the plan-review section (default 20000)
  --record            write the figures to bench/results.json and bench/scaling.svg, the record
                      BENCHMARKS.md quotes; without it, to bench/last-run.json only (ignored by git)`;

const FULL_SERIES = [10, 1000, 2500, 5000, 10000];
const QUICK_SERIES = [1000, 10000];

function fail(message) {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(64);
}

function positiveIntegers(name, text) {
  const values = String(text ?? "")
    .split(",")
    .map((v) => Number(v.replace(/_/g, "")));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0)) {
    fail(`${name} expects positive whole numbers, found ${JSON.stringify(text)}`);
  }
  return values;
}

function parseOptions(argv) {
  const options = {
    quick: false,
    record: false,
    runs: undefined,
    users: undefined,
    only: undefined,
    resources: 20000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : fail(`${arg} needs a value`));
    if (arg === "--quick") options.quick = true;
    else if (arg === "--record") options.record = true;
    else if (arg === "--runs") [options.runs] = positiveIntegers(arg, value());
    else if (arg === "--users") options.users = positiveIntegers(arg, value());
    else if (arg === "--resources") [options.resources] = positiveIntegers(arg, value());
    else if (arg === "--only") {
      options.only = value().split(",");
      const unknown = options.only.filter((s) => !SECTIONS.includes(s));
      if (unknown.length > 0) fail(`unknown section ${unknown.join(", ")}`);
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${JSON.stringify(arg)}`);
  }
  const sections =
    options.only ?? (options.users ? ["scaling"] : SECTIONS.filter((s) => !(options.quick && s === "npm-test")));
  return {
    runs: options.runs ?? (options.quick ? 1 : 3),
    users: options.users ?? (options.quick ? QUICK_SERIES : FULL_SERIES),
    withStock: !options.quick,
    resources: options.resources,
    sections,
    quick: options.quick,
    record: options.record,
  };
}

module.exports = { parseOptions };
