const os = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  // `npm test` type-checks the whole project with tsc first, so ts-jest only transpiles
  // (isolatedModules in tsconfig.json): type-checking the ~100k lines of .gen/ bindings once
  // per test file would dominate the run.
  transform: { "^.+\\.ts$": "ts-jest" },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  // One temporary folder per run, removed at its end (cdktf's Testing helpers never remove theirs).
  globalSetup: "<rootDir>/__tests__/support/global-setup.ts",
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.ts",
  // The default summary, then the skipped checks and why (see __tests__/support/skip-reporter.js).
  reporters: ["default", "<rootDir>/__tests__/support/skip-reporter.js"],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: on a 2-core machine, one, so the files run one
  // after another in jest's own process, and the core left idle while a file waits on its browser,
  // servers or Terraform is not used. At least two workers keep both cores busy.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
};
