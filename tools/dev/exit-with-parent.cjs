// Preloaded (`node --require`) into every process that npm run dev launches. The launcher gives
// each child an IPC channel; the operating system closes it when the launcher exits, however it
// exits (Ctrl-C, SIGTERM, SIGHUP, a crash, or SIGKILL, which no handler can see). The child then
// stops itself, so no orphan keeps a port or a client secret. Plain CommonJS because it runs
// before any TypeScript loader.
"use strict";

/** Grace period for the child's own shutdown (its SIGTERM handler) before it is forced out. */
const FORCED_EXIT_MS = 5000;

if (process.channel) {
  // The channel only watches the launcher: it must not keep the child alive by itself.
  process.channel.unref();
  process.once("disconnect", () => {
    setTimeout(() => process.exit(1), FORCED_EXIT_MS).unref();
    process.kill(process.pid, "SIGTERM");
  });
}
