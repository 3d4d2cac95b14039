// Packages that are required when cdktf loads but used only by features this project never
// uses are loaded on first use instead. archiver (with its dependencies, about a sixth of the
// app's start-up) zips TerraformAsset folders; the app synthesizes no assets.
"use strict";
const Module = require("node:module");

const DEFERRED = new Set(["archiver"]);

/** A stand-in that loads the real module the first time it is called or read. */
function deferredModule(load) {
  let real;
  const target = () => (real ??= load());
  return new Proxy(function deferred() {}, {
    apply: (_, self, args) => Reflect.apply(target(), self, args),
    construct: (_, args) => Reflect.construct(target(), args),
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
  });
}

function deferModules(names = DEFERRED) {
  const load = Module._load;
  Module._load = function loadDeferred(request, parent, isMain) {
    if (!names.has(request)) return load.call(this, request, parent, isMain);
    return deferredModule(() => load.call(this, request, parent, isMain));
  };
}

module.exports = { deferModules };
