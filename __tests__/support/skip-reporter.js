// Jest reporter: ends every run with the checks that were skipped and why (from skippedName()),
// so a skip is never silent, whether one file or the whole suite ran. A skip without a reason
// fails the run, unless tests were filtered by name (-t), which skips the rest on purpose.
"use strict";
const path = require("node:path");
const { skipReasonOf } = require("./skipped.js");

class SkipReasonReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.filtered = Boolean(globalConfig.testNamePattern);
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    const explained = new Map();
    const unexplained = [];
    for (const file of results.testResults) {
      const where = path.relative(this.rootDir, file.testFilePath);
      for (const test of file.testResults) {
        if (test.status !== "pending" && test.status !== "skipped") continue;
        const titles = [...test.ancestorTitles, test.title];
        const reason = titles.map(skipReasonOf).find((r) => r !== undefined);
        if (reason === undefined) {
          unexplained.push(`${where}: ${titles.join(" › ")}`);
          continue;
        }
        const block = titles.find((t) => skipReasonOf(t) !== undefined);
        const key = `${where}: ${block.slice(0, block.length - reason.length - " [skipped: ]".length)}`;
        const entry = explained.get(key) ?? { reason, count: 0 };
        entry.count += 1;
        explained.set(key, entry);
      }
    }
    const lines = [];
    if (explained.size > 0) {
      lines.push(`Skipped checks (${explained.size}), and why:`);
      for (const [key, { reason, count }] of explained)
        lines.push(`  ${key} (${count} test${count === 1 ? "" : "s"}): ${reason}`);
    }
    if (unexplained.length > 0 && !this.filtered) {
      lines.push(`Skipped without a reason (${unexplained.length}):`);
      for (const test of unexplained) lines.push(`  ${test}`);
      lines.push("  Say why: skip with describeUnless(reason, ...) from __tests__/support/tools-available.ts.");
      this.error = new Error(`${unexplained.length} test(s) skipped without a reason`);
    }
    if (lines.length > 0) process.stderr.write(`\n${lines.join("\n")}\n`);
  }

  getLastError() {
    return this.error;
  }
}

module.exports = SkipReasonReporter;
