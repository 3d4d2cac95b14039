import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";

/** Debian's Chromium (apt-get install chromium), driven by playwright-core; CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// As root in a container there is no sandbox to use; the rest keeps a headless run quiet and offline.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Why a browser test cannot run here (the skip reason its summary prints), or undefined.
 * `others`: further programs it needs, each with how to install it.
 */
export function missingForBrowserTest(others: Readonly<Record<string, string>> = {}): string | undefined {
  const needed: Record<string, string> = {
    [CHROMIUM]: "apt-get install chromium, or set CHROMIUM_PATH",
    ...others,
  };
  const missing = Object.entries(needed).filter(([file]) => !fs.existsSync(file));
  return missing.length === 0 ? undefined : missing.map(([file, fix]) => `no ${file} (${fix})`).join("; ");
}

/**
 * Chromium features the browser tests turn off. Headless Chromium renders the address bar's popup
 * (and its AI-mode variant) as a WebUI page, in a renderer of its own, for every window: one per
 * browser context, so one per test, at about half a second of CPU each. No test uses an address bar.
 */
export const DISABLED_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/**
 * Chromium takes only the last --disable-features, and Playwright passes its own list first, so the
 * browser is started through a script that joins the two lists into one.
 */
export const MERGED_FEATURES_LAUNCHER = path.join(__dirname, "chromium-merged-features.sh");

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: MERGED_FEATURES_LAUNCHER,
    env: { ...process.env, ML_DASHBOARD_TEST_CHROMIUM: CHROMIUM },
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(",")}`],
  });

/**
 * Launches Chromium while `starting` (the servers a test file needs) gets ready: neither needs the
 * other, and both spend much of their start waiting. If either fails, a browser that did start is
 * closed again and the first failure is thrown.
 */
export async function launchChromiumDuring<T>(starting: Promise<T>): Promise<{ browser: Browser; started: T }> {
  const [browser, started] = await Promise.allSettled([launchChromium(), starting]);
  if (browser.status === "fulfilled" && started.status === "fulfilled")
    return { browser: browser.value, started: started.value };
  if (browser.status === "fulfilled") await browser.value.close();
  throw browser.status === "rejected" ? browser.reason : (started as PromiseRejectedResult).reason;
}

/** A new context (no cookies from another user's session, at the dashboard, the tenant or an IdP) and its page. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // The local tenant serves a self-signed certificate.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  return { context, page: await context.newPage() };
}

/**
 * Passwords of config/dev.json's example users for the browser tests. They pass the database
 * connection's policy, which the local tenant enforces like Auth0 (no part of the user's name
 * or email in it).
 */
export const DEV_USER_PASSWORDS = {
  alice: "Tq7-e2e-Admin-pass",
  bob: "Rz4-e2e-Viewer-pass",
  carol: "Wm2-e2e-Norole-pass",
  dave: "Hk9-e2e-Blocked-pass",
};

/** The same, as the TF_VAR_<user>_password variables `npm run dev` reads them from. */
export const devPasswordVariables = (): Record<string, string> =>
  Object.fromEntries(Object.entries(DEV_USER_PASSWORDS).map(([user, pw]) => [`TF_VAR_${user}_password`, pw]));
