#!/usr/bin/env node
// Runs a command until it is ready, then stops it as a developer does (Ctrl-C), so that a bench
// case can time a server's start: `until-ready.js <ready-file> -- <command> [args...]` waits for
// the command to create <ready-file>; `until-ready.js - -- <command> ...` waits for it to exit.
// Exits 0 once the command has ended after its Ctrl-C (or by itself, for "-"); 1, with the
// command's output, if it exits before it is ready.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const { setInterval, clearInterval } = require("node:timers");

const POLL_MS = 10;
const [readyFile, separator, command, ...args] = process.argv.slice(2);
if (!readyFile || separator !== "--" || !command) {
  console.error("usage: until-ready.js <ready-file|-> -- <command> [args...]");
  process.exit(64);
}

const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
let output = "";
child.stdout.on("data", (chunk) => (output += chunk));
child.stderr.on("data", (chunk) => (output += chunk));
let stopping = false;

const poll = setInterval(() => {
  if (readyFile === "-" || stopping || !fs.existsSync(readyFile)) return;
  stopping = true;
  child.kill("SIGINT");
}, POLL_MS);

child.on("exit", (code, signal) => {
  clearInterval(poll);
  if (stopping || (readyFile === "-" && code === 0)) process.exit(0);
  process.stderr.write(
    `${command} ${args.join(" ")} ended (${signal ?? `exit ${code}`}) before it was ready:\n${output}`,
  );
  process.exit(1);
});
