import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { UpstreamUser, writeDirectory } from "../../tools/upstream-idp/directory";
import { tempDir } from "../support/paths";
import { DevReady, DevRun, interrupt, startDevOnFreePort } from "../dev/support/dev-run";
import { describeUnless } from "../support/tools-available";
import { freshPage, launchChromiumDuring, missingForBrowserTest } from "./support/chromium";

/**
 * End to end through a federated connection, in Chromium: `npm run dev -- --env dev-sso`
 * synthesizes the example environment whose dashboard logs in with an OIDC IdP, the local
 * tenant emulates that connection against a local upstream IdP (oidc-provider) with users in
 * groups, and the post-login Action maps the groups to roles.
 */
/** The connection's upstream client secret, as TF_VAR_: it must never be printed. */
const CLIENT_SECRET = "canary-upstream-Client-Secret-4f1c";

const user = (sub: string, email: string, groups: string[]): UpstreamUser => ({
  sub,
  email,
  name: sub,
  password: `${sub}-Upstream-pass-9`,
  groups,
  claims: { department: "research" },
});
const ADA = user("ada", "ada@example.com", ["ml-team", "everyone"]);
const GRACE = user("grace", "grace@example.com", ["ml-platform-admins"]);
const EVE = user("eve", "eve@example.com", ["everyone"]);
const MALLORY = user("mallory", "mallory@evil.example.net", ["ml-team"]);

/** What npm run dev writes to --ready-file, with the local upstream IdP of --idp-directory. */
type Ready = DevReady & { readonly upstreamIssuer: string };

describeUnless(
  missingForBrowserTest(),
  "logging in through a federated OIDC connection with groups, in Chromium",
  () => {
    const project = tempDir("e2e-sso");
    const directoryFile = path.join(project, "upstream-directory.json");
    let dev: DevRun;
    let ready: Ready;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      writeDirectory(directoryFile, [ADA, GRACE, EVE, MALLORY]);
      const launched = await launchChromiumDuring(
        startDevOnFreePort(project, {
          environment: "dev-sso",
          args: ["--idp-directory", directoryFile],
          env: { TF_VAR_corp_sso_client_secret: CLIENT_SECRET },
        }),
      );
      browser = launched.browser;
      dev = launched.started.run;
      ready = launched.started.ready as Ready;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (dev) expect(await interrupt(dev)).toBe(0);
    }, 60_000);

    beforeEach(async () => {
      ({ context, page } = await freshPage(browser));
    });
    afterEach(async () => context?.close());

    /** Dashboard -> tenant login page -> "Continue with Example Corp SSO" -> upstream sign-in -> back. */
    async function logInUpstream(who: UpstreamUser): Promise<void> {
      await page.goto(ready.dashboardUrl);
      const button = page.locator("[data-testid=federated-connection]");
      await button.waitFor();
      expect(new URL(page.url()).origin).toBe(new URL(ready.issuer).origin);
      expect(await button.textContent()).toBe("Continue with Example Corp SSO");
      // Only the federated connection is enabled for this dashboard: no password form.
      expect(await page.locator("#password").count()).toBe(0);
      await Promise.all([page.waitForSelector("#upstream-email"), button.click()]);
      expect(new URL(page.url()).origin).toBe(new URL(ready.upstreamIssuer).origin);
      await page.fill("#upstream-email", who.email);
      await page.fill("#upstream-password", who.password);
      await Promise.all([page.waitForLoadState("load"), page.click("button[type=submit]")]);
    }

    test("npm run dev names the upstream IdP and never prints the upstream client secret", () => {
      expect(dev.output()).toContain(ready.upstreamIssuer);
      expect(dev.output()).not.toContain(CLIENT_SECRET);
    });

    test("a member of the upstream group ml-team logs in and sees the dashboard (viewer, not admin)", async () => {
      await logInUpstream(ADA);
      await page.waitForSelector("[data-testid=metrics-table]");
      expect(page.url()).toBe(`${ready.dashboardUrl}/`);
      expect(await page.textContent("[data-testid=user-email]")).toContain(ADA.email);
      expect(await page.locator("[data-testid=admin-panel]").count()).toBe(0);
    });

    test("a member of ml-platform-admins gets the admin panel", async () => {
      await logInUpstream(GRACE);
      await page.waitForSelector("[data-testid=admin-panel]");
    });

    test("a user in no mapped group is denied by the Action", async () => {
      await logInUpstream(EVE);
      const denied = page.locator("[data-testid=access-denied]");
      await denied.waitFor();
      expect(await denied.getAttribute("data-reason")).toBe("login-denied");
      expect(await page.textContent("body")).toContain("You need one of the roles ml-viewer, ml-admin");
      expect(await page.locator("[data-testid=metrics-table]").count()).toBe(0);
    });

    test("a group member outside the allowed email domains is denied by the Action", async () => {
      await logInUpstream(MALLORY);
      await page.locator("[data-testid=access-denied]").waitFor();
      expect(await page.textContent("body")).toContain("verified email address at example.com");
    });

    test("a user removed from the group upstream is denied at the next login, with no config change", async () => {
      const bea = user("bea", "bea@example.com", ["ml-team"]);
      writeDirectory(directoryFile, [ADA, GRACE, EVE, MALLORY, bea]);
      await logInUpstream(bea);
      await page.waitForSelector("[data-testid=metrics-table]");
      await context.close();

      writeDirectory(directoryFile, [ADA, GRACE, EVE, MALLORY, { ...bea, groups: ["everyone"] }]);
      ({ context, page } = await freshPage(browser));
      await logInUpstream(bea);
      await page.locator("[data-testid=access-denied]").waitFor();
      expect(await page.textContent("body")).toContain("You need one of the roles ml-viewer, ml-admin");
    });
  },
);
