import { mkdtempSync, rmSync } from 'node:fs';
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
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
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
  locale = 'en-US',
  colorScheme = 'light',
  headless = true,
  extraArgs = [],
}: {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  extraArgs?: string[];
} = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'interview-lens-'));
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${locale}`,
      ...CHROMIUM_ARGS,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
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
