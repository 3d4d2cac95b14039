// Entry point: node scripts/run-ts.js dashboard/server.ts
// Reads the settings from the environment (see docs/dashboard.md), then serves the dashboard.
import { createDashboardApp } from "./app";
import { openSessionStore, OpenSessionStore } from "./session";
import { parseSettings } from "./settings";

function main(): void {
  const parsed = parseSettings(process.env);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(problem);
    console.error("dashboard: not started; see docs/dashboard.md for the settings.");
    process.exitCode = 1;
    return;
  }
  const { settings } = parsed;
  let app: ReturnType<typeof createDashboardApp>;
  let sessions: OpenSessionStore;
  try {
    sessions = openSessionStore(settings.session, (line) => console.error(`dashboard: ${line}`));
    app = createDashboardApp(settings, sessions);
  } catch (err) {
    // Settings are validated above, so this is unexpected; still one line, no stack trace.
    console.error(`dashboard: not started: ${(err as Error).message ?? String(err)}`);
    process.exitCode = 1;
    return;
  }
  const server = app.listen(settings.port, settings.host ?? "::", () => {
    console.log(
      `dashboard: listening on ${settings.host ?? "every interface"}, port ${settings.port}, serving ${settings.baseUrl} (issuer ${settings.issuerBaseUrl}; ${settings.session.store.kind} session store)`,
    );
  });
  server.on("error", (err: NodeJS.ErrnoException) => {
    console.error(
      `dashboard: cannot listen on port ${settings.port}: ${err.code === "EADDRINUSE" ? "the port is in use; set PORT to another port" : err.message}`,
    );
    process.exitCode = 1;
    void sessions.close();
  });
  // Finish open requests on Ctrl-C or when a launcher stops the server, then exit.
  const stop = () => {
    server.close(() => void sessions.close().finally(() => process.exit()));
    server.closeIdleConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main();
