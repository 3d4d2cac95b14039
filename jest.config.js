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
  // The default summary, then the skipped checks and why (see __tests__/support/skip-reporter.js).
  reporters: ["default", "<rootDir>/__tests__/support/skip-reporter.js"],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  testTimeout: 60000,
};
