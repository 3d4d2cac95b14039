import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { parseCliArgs } from "../../tools/local-tenant/cli-args";
import { PROJECT_ROOT, tempDir } from "../support/paths";
import { startTenantProcess, synthDevStack, writeStack } from "./harness";

describe("local tenant CLI", () => {
  const dir = tempDir("local-tenant-cli");
  let stack: string;
  beforeAll(() => {
    stack = writeStack(dir, "dev", synthDevStack(dir));
  });

  test("parses its options and refuses unknown ones", () => {
    expect(parseCliArgs(["--stack", "s.json", "--port", "4443", "--outputs-file", "o.json"])).toMatchObject({
      stack: "s.json",
      port: 4443,
      outputsFile: "o.json",
      help: false,
    });
    expect(() => parseCliArgs(["--stack", "s.json", "--verbose"])).toThrow("see --help");
    expect(() => parseCliArgs([])).toThrow("--stack <cdk.tf.json> is required");
    expect(() => parseCliArgs(["--stack", "s.json", "--port", "70000"])).toThrow("--port 70000 is invalid");
  });

  test("--help prints the usage and exits 0", () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, "scripts", "run-ts.js"),
        path.join(PROJECT_ROOT, "tools", "local-tenant", "cli.ts"),
        "--help",
      ],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--outputs-file FILE");
  });

  // One start for both checks: a start is most of this file's time.
  test("SIGINT stops it cleanly (exit 0); it runs oidc-provider 9 on Node 22 and later, 8 on Node 20, and says which", async () => {
    const tenant = await startTenantProcess({ stack, dir });
    expect(await tenant.signal("SIGINT")).toBe(0);
    expect(tenant.stderr()).toContain("SIGINT: stopping");
    const expectedMajor = Number(process.versions.node.split(".")[0]) >= 22 ? 9 : 8;
    expect(tenant.stderr()).toContain(`oidc-provider ${expectedMajor}.`);
    expect(tenant.stderr()).toContain(`on Node ${process.versions.node}`);
  });

  test("with --stop-with-stdin it stops when its stdin closes (its parent went away)", async () => {
    const tenant = await startTenantProcess({ stack, dir });
    expect(await tenant.closeStdin()).toBe(0);
    expect(tenant.stderr()).toContain("stdin closed: stopping");
  });
});
