import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../gecko-id';

/** Debian's Firefox ESR; a test tool must never download its own browser. */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/**
 * Firefox gives each profile a random UUID per extension for its moz-extension://
 * origin; pinning it through a pref lets tests open extension pages by URL.
 */
const EXTENSION_UUID = '6f1f3b8e-2c4d-4a5b-9e7f-1a2b3c4d5e6f';

// Over WebDriver BiDi, navigating to a moz-extension:// page loads it but never
// reports it loaded (../shared/notes/browser-testing.md). The navigation gets
// this long to commit, then the caller's selector says when the page is there.
// Waiting for the selector while the navigation is still under way is not an
// option: Firefox 153 fails that evaluation with "TypeError: right-hand side of
// 'in' should be an object, got null" (remote/.../windowglobal/script.sys.mjs).
const EXTENSION_PAGE_COMMIT_MS = 1_500;
const EXTENSION_PAGE_RENDER_MS = 10_000;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The extension's origin, `moz-extension://<uuid>`. */
  origin: string;
  /**
   * Opens an extension page (popup.html, sidepanel.html#qa-4-p2, …) as a tab and
   * waits for `selector` to render in it.
   */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR headless over WebDriver BiDi with the built extension
 * (the output of `wxt build -b firefox`) installed as a temporary add-on.
 * Throws when Firefox or the build is missing, so a test fails instead of skipping.
 */
export async function launchFirefoxWithExtension({
  proxyPort,
}: {
  /** An HTTP proxy on 127.0.0.1 for every request, loopback included (the tests' recorder). */
  proxyPort?: number;
} = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `Firefox ESR not found at ${FIREFOX_PATH}: run \`bash scripts/setup.sh\` (apt-get install firefox-esr)`,
    );
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\``);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // Without it, Firefox 153 refuses to navigate a tab to a moz-extension:// page:
    // "unsupported operation Navigation to "moz-extension://…" is not allowed in this context".
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own remote settings (blocklists and the like) would call home,
      // which the tests' recording proxy counts. Under automation, this dummy
      // server turns them off; a release build honours the override only with
      // MOZ_REMOTE_SETTINGS_DEVTOOLS set (see `env` above).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(proxyPort === undefined
        ? {}
        : {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': proxyPort,
            'network.proxy.share_proxy_settings': true,
            // Firefox never proxies loopback unless told to.
            'network.proxy.allow_hijacking_localhost': true,
            'network.proxy.no_proxies_on': '',
          }),
    },
  });
  const pagesBefore = await browser.pages();
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  // Installing opens the welcome page; tests and measurements start without it.
  await closeWelcomePage(browser, origin, pagesBefore);
  return {
    browser,
    origin,
    async openExtensionPage(path, selector) {
      const page = await browser.newPage();
      await page
        .goto(`${origin}/${path}`, { timeout: EXTENSION_PAGE_COMMIT_MS })
        .catch((error: unknown) => {
          if (!(error instanceof TimeoutError)) throw error;
        });
      await page.waitForSelector(selector, { timeout: EXTENSION_PAGE_RENDER_MS });
      return page;
    },
    close: () => browser.close(),
  };
}

/** How long a fresh install takes, at most, to open its welcome page. */
const WELCOME_TIMEOUT_MS = 10_000;

/**
 * Closes the tab the install opened. WebDriver BiDi reports a moz-extension://
 * tab as about:blank (see EXTENSION_PAGE_COMMIT_MS), so the new tab is found
 * among the ones that were not there before, and asked where it is.
 */
async function closeWelcomePage(browser: Browser, origin: string, before: Page[]): Promise<void> {
  const url = `${origin}/welcome.html`;
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    for (const page of await browser.pages()) {
      if (before.includes(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => null);
      if (href === url) return page.close();
    }
    if (Date.now() > deadline) throw new Error(`the install opened no ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
