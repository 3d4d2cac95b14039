import { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { tempDir } from "../support/paths";
import { DevRun, startDevOnFreePort } from "../dev/support/dev-run";
import { freePort } from "../support/free-port";
import { JUPYTER, spawnJupyterWithoutLogin } from "../support/jupyter";
import { describeUnless } from "../support/tools-available";
import {
  DEV_USER_PASSWORDS as PASSWORDS,
  devPasswordVariables,
  freshPage,
  launchChromiumDuring,
  missingForBrowserTest,
} from "./support/chromium";

/**
 * End to end, with a dashboard that is not ours: Jupyter Notebook (Debian's jupyter-notebook
 * package) runs without any login of its own, and `npm run dev -- --upstream <jupyter>` puts the
 * gateway in front of it, against the local tenant built from the dev config. In Chromium, an
 * allowed user opens a notebook and runs a cell (the kernel talks over a WebSocket through the
 * gateway), a user without the role is refused, and after logout the browser is sent to login.
 */
function collect(child: ChildProcess): () => string {
  let output = "";
  child.stdout?.on("data", (c) => (output += String(c)));
  child.stderr?.on("data", (c) => (output += String(c)));
  return () => output;
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  const kill = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(kill);
}

describeUnless(
  missingForBrowserTest({
    [JUPYTER]: "apt-get install jupyter-notebook python3-ipykernel, or set JUPYTER_NOTEBOOK_PATH",
  }),
  "Jupyter Notebook behind the gateway, in Chromium",
  () => {
    const project = tempDir("e2e-gateway");
    const notebooks = tempDir("e2e-notebooks");
    let jupyter: ChildProcess;
    let dev: DevRun;
    let jupyterOutput: () => string;
    let gatewayUrl: string;
    let issuer: string;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      // A notebook with one cell, to open and run.
      fs.writeFileSync(
        path.join(notebooks, "check.ipynb"),
        JSON.stringify({
          cells: [
            {
              cell_type: "code",
              execution_count: null,
              metadata: {},
              outputs: [],
              source: ["print('answer', 6 * 7)"],
            },
          ],
          metadata: {
            kernelspec: {
              name: "python3",
              display_name: "Python 3",
              language: "python",
            },
          },
          nbformat: 4,
          nbformat_minor: 5,
        }),
      );
      const jupyterPort = await freePort();
      jupyter = spawnJupyterWithoutLogin(jupyterPort, notebooks, ["ignore", "pipe", "pipe"]);
      jupyterOutput = collect(jupyter);

      const gatewayAndJupyter = async () => {
        const { run, ready } = await startDevOnFreePort(project, {
          args: ["--upstream", `http://127.0.0.1:${jupyterPort}`],
          env: devPasswordVariables(),
        });
        dev = run;
        gatewayUrl = ready.dashboardUrl;
        issuer = ready.issuer;
        const deadline = Date.now() + 150_000;
        // Jupyter may still be starting (it does not need to be up for the gateway to be ready).
        for (;;) {
          const up = await fetch(`http://127.0.0.1:${jupyterPort}/api`).then(
            (r) => r.ok,
            () => false,
          );
          if (up) break;
          if (jupyter.exitCode !== null || Date.now() > deadline)
            throw new Error(`jupyter-notebook did not start:\n${jupyterOutput()}`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      };
      ({ browser } = await launchChromiumDuring(gatewayAndJupyter()));
    }, 200_000);

    afterAll(async () => {
      await browser?.close();
      await stop(dev?.child);
      await stop(jupyter);
    }, 60_000);

    beforeEach(async () => {
      ({ context, page } = await freshPage(browser));
    });
    afterEach(async () => context?.close());

    async function logIn(url: string, email: string, password: string): Promise<void> {
      await page.goto(url);
      await page.waitForSelector("#username");
      expect(new URL(page.url()).origin).toBe(new URL(issuer).origin);
      await page.fill("#username", email);
      await page.fill("#password", password);
      await Promise.all([page.waitForLoadState("load"), page.click("button[type=submit]")]);
    }

    test("an allowed user opens a notebook and runs a cell over the kernel's WebSocket", async () => {
      const sockets: string[] = [];
      page.on("websocket", (ws) => sockets.push(ws.url()));
      await logIn(`${gatewayUrl}/notebooks/check.ipynb`, "bob@example.com", PASSWORDS.bob);
      expect(page.url()).toBe(`${gatewayUrl}/notebooks/check.ipynb`);
      await page.waitForSelector("#kernel_indicator_icon.kernel_idle_icon", {
        timeout: 60_000,
      });
      await page.click(".cell .input_area");
      await page.keyboard.press("Shift+Enter");
      const output = page.locator(".output_area pre");
      await output.first().waitFor({ timeout: 60_000 });
      expect(await output.first().textContent()).toContain("answer 42");
      expect(
        sockets.some((url) => url.startsWith(gatewayUrl.replace(/^http/, "ws")) && url.includes("/api/kernels/")),
      ).toBe(true);
    }, 180_000);

    test("a user without an allowed role is refused and never sees Jupyter", async () => {
      await logIn(`${gatewayUrl}/tree`, "carol@example.com", PASSWORDS.carol);
      const refused = page.locator("[data-testid=gateway-error][data-status='403'], [data-testid=access-denied]");
      await refused.first().waitFor();
      expect(await page.locator("#notebook_list").count()).toBe(0);
      expect(await page.textContent("body")).not.toContain("Jupyter");
    }, 120_000);

    test("after logout the same browser is sent to the tenant's login", async () => {
      await logIn(`${gatewayUrl}/tree`, "alice@example.com", PASSWORDS.alice);
      await page.waitForSelector("#notebook_list");
      // The logout chain is four redirects through three processes; a loaded CI machine gets time.
      await page.goto(`${gatewayUrl}/_gateway/logout`);
      await page.waitForSelector("#username", { timeout: 60_000 });
      await page.goto(`${gatewayUrl}/tree`);
      await page.waitForSelector("#username", { timeout: 60_000 });
      expect(new URL(page.url()).origin).toBe(new URL(issuer).origin);
    }, 120_000);

    test("nothing logged contains a password", () => {
      for (const password of Object.values(PASSWORDS)) expect(dev.output()).not.toContain(password);
    });
  },
);
