// A throwaway copy of the project whose one environment has N generated users: config/ and
// cdktf.json are its own, the sources (lib/, .gen/, scripts/, node_modules/) are links to this
// checkout, and main.ts is copied so that its __dirname (the project root it reads) is the copy.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const LINKED = ["lib", ".gen", "scripts", "node_modules", "tsconfig.json", "package.json"];
const COPIED = ["main.ts", "cdktf.json", "rules"];

/** One environment like config/dev.json, with `users` generated users holding one role each. */
function generatedEnvironment(users) {
  const environment = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "dev.json"), "utf8"));
  delete environment.$schema;
  environment.users = {};
  for (let i = 0; i < users; i++) {
    environment.users[`user${i}`] = {
      email: `user${i}@example.com`,
      roles: [i % 10 === 0 ? "ml-admin" : "ml-viewer"],
      passwordVariable: `user${i}_password`,
    };
  }
  return environment;
}

/**
 * Creates the project and returns its folder. `users` undefined: the seed's own config/ (both
 * example environments), as `npx cdktf synth` sees it in this checkout.
 */
function createProject(parent, users) {
  const dir = fs.mkdtempSync(path.join(parent, users === undefined ? "seed-" : `users-${users}-`));
  for (const name of LINKED) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  for (const name of COPIED) fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  if (users === undefined) {
    fs.cpSync(path.join(ROOT, "config"), path.join(dir, "config"), { recursive: true });
  } else {
    fs.mkdirSync(path.join(dir, "config"));
    fs.writeFileSync(path.join(dir, "config", "bench.json"), JSON.stringify(generatedEnvironment(users)));
  }
  return dir;
}

function createWorkspace() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "mlda-bench-"));
}

module.exports = { createProject, createWorkspace, ROOT };
