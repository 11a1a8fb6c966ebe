import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import {
  afterFrames,
  KEEP_NAMES_HELPER,
  LONG_TASK_COUNTER,
  SETTLE_MS,
  sleep,
  VIEWPORT,
} from './page-probes';

/** Chromium without the extension, restartable when a peer has to be stopped mid-task. */
export interface PlainBrowser {
  /** A fresh tab (long tasks counted from the first byte) with `url` loaded, rendered and settled. */
  open(url: string): Promise<Page>;
  version(): string;
  /** Kills the browser (and whatever script it is stuck in) and starts a new one. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(LONG_TASK_COUNTER);
  await context.addInitScript(KEEP_NAMES_HELPER);
  return { browser, context };
}

/** Launches Debian's Chromium without the extension, with the flags this sandbox needs. */
export async function launchPlainBrowser(): Promise<PlainBrowser> {
  let current = await launch();
  return {
    async open(url) {
      const page = await current.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
      await afterFrames(page);
      await sleep(SETTLE_MS);
      return page;
    },
    version: () => current.browser.version(),
    async restart() {
      await current.browser.close().catch(() => undefined);
      current = await launch();
    },
    close: () => current.browser.close(),
  };
}
