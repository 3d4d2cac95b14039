import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { tempDir } from "../support/paths";
import { describeUnless } from "../support/tools-available";
import { DevReady, DevRun, interrupt, startDevOnFreePort } from "../dev/support/dev-run";
import {
  DEV_USER_PASSWORDS as PASSWORDS,
  DISABLED_FEATURES,
  devPasswordVariables,
  freshPage,
  launchChromiumDuring,
  MERGED_FEATURES_LAUNCHER,
  missingForBrowserTest,
} from "./support/chromium";

/**
 * End to end, in a real browser: `npm run dev`'s launcher synthesizes the dev config, starts the
 * local tenant built from that stack and the reference dashboard, and Debian's Chromium logs in
 * through the tenant's login page, the post-login Action and the dashboard's OIDC client.
 */

describeUnless(missingForBrowserTest(), "logging in to the dashboard through the local tenant, in Chromium", () => {
  const project = tempDir("e2e");
  let dev: DevRun;
  let ready: DevReady;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The dev config as shipped.
    ({
      browser,
      started: { run: dev, ready },
    } = await launchChromiumDuring(startDevOnFreePort(project, { env: devPasswordVariables() })));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    // Ctrl-C stops both cleanly.
    if (dev) expect(await interrupt(dev)).toBe(0);
  }, 60_000);

  beforeEach(async () => {
    ({ context, page } = await freshPage(browser));
  });
  afterEach(async () => context?.close());

  async function logIn(email: string, password: string): Promise<void> {
    await page.goto(ready.dashboardUrl);
    await page.waitForSelector("#username");
    expect(new URL(page.url()).origin).toBe(new URL(ready.issuer).origin);
    await page.fill("#username", email);
    await page.fill("#password", password);
    await Promise.all([page.waitForLoadState("load"), page.click("button[type=submit]")]);
  }

  test("Chromium runs with one --disable-features list: Playwright's and the tests' own", async () => {
    await page.goto("chrome://version");
    const lists = (await page.textContent("#command_line"))!
      .split(/\s+/)
      .filter((arg) => arg.startsWith("--disable-features="))
      .map((arg) => arg.slice("--disable-features=".length).split(","));
    expect(lists).toHaveLength(1);
    expect(lists[0]).toEqual(expect.arrayContaining(DISABLED_FEATURES));
    // Playwright's come first.
    expect(lists[0].length).toBeGreaterThan(DISABLED_FEATURES.length);
    expect(lists[0].slice(-DISABLED_FEATURES.length)).toEqual(DISABLED_FEATURES);
  });

  test("the launcher printed both URLs and the example users, without their passwords", () => {
    expect(dev.output()).toContain(ready.dashboardUrl);
    expect(dev.output()).toContain(ready.issuer);
    for (const [user, password] of Object.entries(PASSWORDS)) {
      expect(dev.output()).toContain(`${user}@example.com`);
      expect(dev.output()).toContain(`password: from TF_VAR_${user}_password`);
      expect(dev.output()).not.toContain(password);
    }
  });

  test("a viewer sees the metrics but not the admin panel", async () => {
    await logIn("bob@example.com", PASSWORDS.bob);
    await page.waitForSelector("[data-testid=metrics-table]");
    expect(page.url()).toBe(`${ready.dashboardUrl}/`);
    expect(await page.textContent("[data-testid=user-email]")).toContain("bob@example.com");
    expect(await page.locator("[data-testid=metrics-chart]").count()).toBe(1);
    expect(await page.locator("[data-testid=admin-panel]").count()).toBe(0);
  });

  test("an admin sees the metrics and the admin panel", async () => {
    await logIn("alice@example.com", PASSWORDS.alice);
    await page.waitForSelector("[data-testid=admin-panel]");
    expect(await page.locator("[data-testid=metrics-table]").count()).toBe(1);
  });

  test("a user without an allowed role is denied by the Action and sees the access-denied page", async () => {
    await logIn("carol@example.com", PASSWORDS.carol);
    const denied = page.locator("[data-testid=access-denied]");
    await denied.waitFor();
    expect(await denied.getAttribute("data-reason")).toBe("login-denied");
    expect(await page.textContent("body")).toContain(
      "You need one of the roles ml-viewer, ml-admin to use ML Dashboard (dev).",
    );
    expect(await page.locator("[data-testid=metrics-table]").count()).toBe(0);
  });

  test("a wrong password is rejected at the tenant's login page", async () => {
    await logIn("bob@example.com", "not-bobs-Password-9");
    expect(await page.textContent("[data-testid=login-error]")).toBe("Wrong email or password.");
    expect(new URL(page.url()).origin).toBe(new URL(ready.issuer).origin);
  });

  test("a blocked user cannot log in", async () => {
    await logIn("dave@example.com", PASSWORDS.dave);
    expect(await page.textContent("body")).toMatch(/blocked/i);
    expect(await page.locator("[data-testid=metrics-table]").count()).toBe(0);
  });

  test("logout ends the session: the next visit asks for credentials again", async () => {
    await logIn("alice@example.com", PASSWORDS.alice);
    await page.waitForSelector("[data-testid=metrics-table]");
    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(ready.issuer) && url.pathname.includes("login")),
      page.click("a[href='/logout']"),
    ]);
    // Back at the tenant's login form: neither the dashboard's session nor the tenant's survived.
    await page.waitForSelector("#username");
    await page.goto(ready.dashboardUrl);
    await page.waitForSelector("#username");
    expect(new URL(page.url()).origin).toBe(new URL(ready.issuer).origin);
  });

  test("a callback URL that is not in the config is refused by the local tenant", async () => {
    const authorize = new URL("authorize", ready.issuer);
    authorize.search = new URLSearchParams({
      client_id: ready.clientId,
      redirect_uri: `${ready.dashboardUrl}/evil-callback`,
      response_type: "code",
      scope: "openid",
      state: "e2e",
      nonce: "e2e",
    }).toString();
    const response = await page.goto(authorize.href);
    expect(new URL(page.url()).origin).toBe(new URL(ready.issuer).origin);
    expect(response!.status()).toBe(400);
    expect(await page.textContent("body")).toMatch(/redirect_uri/);
  });
});

describe("the browser tests' Chromium launcher", () => {
  const dir = tempDir("chromium-launcher");

  test("passes every argument on in order and joins the --disable-features lists into one, last", () => {
    // A stand-in for Chromium that prints the arguments it was given, one a line.
    const printArgs = path.join(dir, "print-args");
    fs.writeFileSync(printArgs, '#!/bin/sh\nprintf "%s\\n" "$@"\n', { mode: 0o755 });
    const args = ["--a", "--disable-features=X,Y", "an argument with spaces", "--disable-features=Z", "--b=c,d"];
    const run = spawnSync(MERGED_FEATURES_LAUNCHER, args, {
      encoding: "utf8",
      env: { PATH: process.env.PATH, ML_DASHBOARD_TEST_CHROMIUM: printArgs },
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout.split("\n").slice(0, -1)).toEqual([
      "--a",
      "an argument with spaces",
      "--b=c,d",
      "--disable-features=X,Y,Z",
    ]);
  });

  test("without a --disable-features, the arguments are passed on unchanged", () => {
    const run = spawnSync(MERGED_FEATURES_LAUNCHER, ["--headless", ""], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, ML_DASHBOARD_TEST_CHROMIUM: "/bin/echo" },
    });
    expect(run.stdout).toBe("--headless \n");
  });
});
