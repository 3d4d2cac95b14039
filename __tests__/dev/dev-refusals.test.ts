import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { freePort } from "../support/free-port";
import { devProject, listening, startDev } from "./support/dev-run";

/** Runs npm run dev should refuse before it binds any port, saying why and what to do. */

describe("npm run dev refuses, up front, what it cannot run locally", () => {
  const dir = tempDir("dev-refusals");

  test("--env prod: its dashboards are not on loopback, so nothing is started (no port 443 on every interface)", async () => {
    const project = devProject(path.join(dir, "prod"));
    fs.copyFileSync(path.join(PROJECT_ROOT, "config", "prod.json"), path.join(project, "config", "prod.json"));
    const run = startDev({ viaNpm: false, args: ["--project", project, "--env", "prod"], env: {} });
    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toContain("dev: --env prod cannot run locally: none of its dashboards is on this machine:");
    expect(output).toContain("mlflow: https://mlflow.ml.example.com is not on this machine");
    expect(output).toContain("grafana: https://grafana.ml.example.com is not on this machine");
    expect(output).toContain("run an environment made for local use (--env dev)");
    // Refused before the tenant or the dashboard started.
    expect(output).not.toMatch(/^tenant: |^dashboard: /m);
    expect(await listening(443)).toBe(false);
  }, 120_000);

  test("--dashboard picks a dashboard that is not on loopback: refused, naming it", async () => {
    const project = devProject(path.join(dir, "mixed"), (config) => {
      config.dashboards.remote = { ...config.dashboards.mlflow, url: "https://remote.ml.example.com" };
    });
    const run = startDev({ viaNpm: false, args: ["--project", project, "--dashboard", "remote"], env: {} });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      'dev: --env dev: dashboard "remote" at https://remote.ml.example.com is not on this machine',
    );
    expect(run.output()).not.toMatch(/^tenant: /m);
  }, 120_000);

  test("PORT with fixed callbackUrls that do not follow it: refused, naming the field and both fixes", async () => {
    const port = await freePort();
    const project = devProject(path.join(dir, "fixed-callbacks"), (config) => {
      config.dashboards.mlflow.callbackUrls = ["http://localhost:3000/callback"];
    });
    const run = startDev({ viaNpm: false, args: ["--project", project], env: { PORT: String(port) } });
    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toContain(
      `dev: dashboard "mlflow": PORT=${port} moves it to http://localhost:${port}, but its client in the stack does not allow the callback http://localhost:${port}/callback (it allows http://localhost:3000/callback)`,
    );
    expect(output).toContain("dashboards.mlflow in config/dev.json lists fixed callbackUrls");
    expect(output).toContain("run without PORT");
    expect(output).not.toMatch(/^tenant: /m);
  }, 120_000);

  test("the dashboard's port in use: refused before anything starts, saying how to pick another", async () => {
    const port = await freePort();
    const project = devProject(path.join(dir, "busy"));
    const net = await import("node:net");
    const blocker = net.createServer().listen(port, "127.0.0.1");
    try {
      const run = startDev({ viaNpm: false, args: ["--project", project, "--port", String(port)], env: {} });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`dev: port ${port} on localhost is in use`);
      expect(run.output()).toContain("PORT=<port> npm run dev");
      expect(run.output()).not.toMatch(/^tenant: /m);
    } finally {
      blocker.close();
    }
  }, 120_000);
});
