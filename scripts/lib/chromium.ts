import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Debian's Chromium; a test tool must never download its own browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Flags Chromium needs in this sandbox (../shared/notes/browser-testing.md):
 * no sandbox as root, no GPU, and none of the background traffic a closed
 * network would refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // The browser's own calls home, which the tests' recording proxy would count
  // against the extension: autofill's server queries and the network clock are
  // switched off; the account list (fetched at every profile start, with no
  // switch to stop it) and the updaters are pointed at a closed local port.
  '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying',
  '--gaia-url=http://127.0.0.1:9',
  '--apps-gallery-update-url=http://127.0.0.1:9/update',
  '--component-updater=url-source=http://127.0.0.1:9/update',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The welcome page the install opened, when asked to keep it (`keepWelcome`); otherwise closed. */
  welcome: Page | null;
  /** Opens an extension page (popup.html, sidepanel.html#qa-4-p2, …) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension (the output of `wxt build`, not
 * `wxt dev`), headless, with the flags this sandbox needs (see
 * ../shared/notes/browser-testing.md).
 */
export async function launchWithExtension({
  extensionDir = EXTENSION_DIR,
  locale = 'en-US',
  colorScheme = 'light',
  headless = true,
  extraArgs = [],
  keepWelcome = false,
  proxyPort,
}: {
  /** A built extension; `npm run build`'s output unless given (the A/B bench loads two builds). */
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  extraArgs?: string[];
  keepWelcome?: boolean;
  /** An HTTP proxy on 127.0.0.1 for every request, loopback included (the tests' recorder). */
  proxyPort?: number;
} = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'interview-lens-'));
  // Typing into a page (the design-mode test) would fetch spell-check
  // dictionaries, another call home of the browser's own: off in a fresh profile.
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({
      browser: { enable_spellchecking: false },
      spellcheck: { dictionaries: [], dictionary: '' },
    }),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    locale,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    // On Linux, Chromium's UI language (and so the extension's locale) follows
    // LANGUAGE as well as --lang; both are set so neither overrides the other.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      ...CHROMIUM_ARGS,
      // `<-loopback>` removes the implicit bypass of 127.0.0.1 and localhost.
      ...(proxyPort === undefined
        ? []
        : [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>']),
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install, so the extension opens its welcome
  // page; tests and measurements start without it.
  const welcome = await welcomePage(context, extensionId);
  if (!keepWelcome) await welcome.close();
  return {
    context,
    extensionId,
    worker,
    welcome: keepWelcome ? welcome : null,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How long a fresh install takes, at most, to open its welcome page. */
const WELCOME_TIMEOUT_MS = 10_000;

/** The welcome page the install opened, once it has loaded. */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) {
      await page.waitForLoadState();
      return page;
    }
    if (Date.now() > deadline) throw new Error(`the install opened no ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
