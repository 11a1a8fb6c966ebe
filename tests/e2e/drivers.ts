import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { CardView } from '../../lib/page/card-view';
import { contentReplyGuards } from '../../lib/protocol/content-replies';
import type { ContentProtocol } from '../../lib/protocol/content-protocol';
import { readReply, type ResponseOf } from '../../lib/protocol/protocol';
import type { Settings } from '../../lib/settings/settings';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import {
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
} from '../../scripts/lib/firefox';
import { screenshotPath } from './screenshots';
import { setSettings } from './settings-storage';

/**
 * A thin layer both browsers implement, so each core journey is written once
 * (`journeys.test.ts`): Chromium through Playwright, Firefox ESR through
 * Puppeteer over WebDriver BiDi. Only what the journeys need, in the terms of a
 * user (point, type, press) and of what a page shows.
 */
export interface PageDriver {
  url(): string;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn` holds in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A): Promise<void>;
  movePointer(x: number, y: number): Promise<void>;
  /** Types into the element `selector` names (after focusing it). */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** The viewport as drawn, a PNG in base64. */
  capture(): Promise<string>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<PageDriver>;
  /** Opens an extension page (popup.html?tabId=…, sidepanel.html#qa-4-p2) as a tab. */
  openExtensionPage(path: string, readySelector: string): Promise<PageDriver>;
  /** Asks the content script of the tab showing `url` (its top frame). */
  askTab<K extends 'getPageTerms' | 'getCardView'>(
    url: string,
    type: K,
  ): Promise<{ tabId: number; value: ResponseOf<ContentProtocol, K> } | null>;
  setSettings(settings: Partial<Settings>): Promise<void>;
  close(): Promise<void>;
}

/** A card view, from the driver of either browser. */
export async function cardViewOf(
  browser: BrowserDriver,
  page: PageDriver,
): Promise<CardView | null> {
  return (await browser.askTab(page.url(), 'getCardView'))?.value ?? null;
}

/**
 * Runs inside an extension context (Chromium's service worker, or a Firefox
 * extension page), so it refers to nothing outside itself. It asks every tab's
 * top frame which page it shows, then sends `type` to the one showing `url`.
 * (Tab URLs are hidden without the "tabs" permission; content scripts answer
 * with their own.) Firefox's promise-returning API is `browser` (its MV2
 * `chrome.*` takes callbacks); Chromium's is `chrome`.
 */
async function askTabShowing({
  url,
  type,
}: {
  url: string;
  type: string;
}): Promise<{ tabId: number; reply: unknown } | null> {
  const { tabs } = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  for (const tab of await tabs.query({})) {
    if (tab.id === undefined) continue;
    const terms = (await tabs
      .sendMessage(tab.id, { type: 'getPageTerms' }, { frameId: 0 })
      .catch(() => undefined)) as { value?: { url?: string } } | undefined;
    if (terms?.value?.url !== url) continue;
    return { tabId: tab.id, reply: await tabs.sendMessage(tab.id, { type }, { frameId: 0 }) };
  }
  return null;
}

/** Reads what `askTabShowing` brought back. */
const replyOf = <K extends 'getPageTerms' | 'getCardView'>(
  found: { tabId: number; reply: unknown } | null,
  type: K,
) => found && { tabId: found.tabId, value: readReply(found.reply, contentReplyGuards[type]) };

/** Chromium with the built extension, through Playwright. */
export async function chromiumDriver(proxyPort: number): Promise<BrowserDriver> {
  const browser: ExtensionBrowser = await launchWithExtension({ proxyPort });
  const wrap = (page: PlaywrightPage): PageDriver => ({
    url: () => page.url(),
    // Playwright's own argument types (Unboxed<A>) do not line up with a generic
    // pass-through: the journeys pass plain data.
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg) =>
      void (await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout: 10_000 })),
    movePointer: (x, y) => page.mouse.move(x, y),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    screenshot: async (name) =>
      void (await page.screenshot({ path: screenshotPath(`journey-chromium-${name}`) })),
    capture: async () => (await page.screenshot()).toString('base64'),
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path, readySelector) {
      const page = await browser.openExtensionPage(path);
      await page.locator(readySelector).first().waitFor();
      return wrap(page);
    },
    askTab: async (url, type) =>
      replyOf(await browser.worker.evaluate(askTabShowing, { url, type }), type),
    setSettings: (settings) => setSettings(browser.worker, settings),
    close: () => browser.close(),
  };
}

/** Firefox ESR with the built extension, through Puppeteer over WebDriver BiDi. */
export async function firefoxDriver(proxyPort: number): Promise<BrowserDriver> {
  const firefox: FirefoxExtensionBrowser = await launchFirefoxWithExtension({ proxyPort });
  // An extension page kept open in a background tab: messages go from there.
  const home = await firefox.openExtensionPage('popup.html', 'main.popup');
  const wrap = (page: PuppeteerPage): PageDriver => ({
    url: () => page.url(),
    evaluate: async (fn, arg) =>
      (await page.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<ReturnType<typeof fn>>,
    waitFor: async (fn, arg) =>
      void (await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: 10_000 }, arg)),
    movePointer: (x, y) => page.mouse.move(x, y),
    type: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    screenshot: async (name) =>
      void (await page.screenshot({ path: screenshotPath(`journey-firefox-${name}`) })),
    capture: () => page.screenshot({ encoding: 'base64' }),
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    async openPage(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path, readySelector) {
      return wrap(await firefox.openExtensionPage(path, readySelector));
    },
    askTab: async (url, type) => replyOf(await home.evaluate(askTabShowing, { url, type }), type),
    setSettings: (settings) =>
      home.evaluate(async (changed) => {
        const { storage } = (globalThis as unknown as { browser: typeof chrome }).browser;
        const { settings: current } = await storage.local.get('settings');
        await storage.local.set({ settings: { ...(current as object), ...changed } });
      }, settings),
    close: () => firefox.close(),
  };
}
