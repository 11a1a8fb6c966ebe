import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { cardIn } from './card';
import { openMarkedTab, restOnMark } from './page-marks';
import { recordingProxySuite } from './recording-proxy';
import { screenshot } from './screenshots';
import { setSettings } from './settings-storage';

/** Widths a reader meets: a desktop window, a narrow side panel, and a desktop window at 200% zoom. */
const SIZES = [
  { name: 'wide', width: 1280, height: 900 },
  { name: '320', width: 320, height: 800 },
  // 200% zoom halves the CSS pixels a 1280 × 900 window has.
  { name: 'zoom200', width: 640, height: 450 },
] as const;
const SCHEMES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

/** How far the page is wider than its window: nothing may need sideways scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const recorder = recordingProxySuite();

describe.each([
  { locale: 'zh-CN', page: 'ningbo-simplified.html', term: 't-split-a' },
  { locale: 'zh-TW', page: 'taiwan-traditional.html', term: 't-tw-zheli' },
])('every page and the card in $locale', ({ locale, page: fixture, term }) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ locale, proxyPort: recorder.proxy.port });
    await setSettings(browser.worker, { hoverDelayMs: 0 });
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('fits 320 px and 200% zoom without sideways scrolling, in light, dark and forced colors', async () => {
    const { page: news, tabId } = await openMarkedTab(browser, `${server.origin}/${fixture}`);
    const pages = {
      popup: `popup.html?tabId=${tabId}`,
      options: 'options.html',
      reader: 'sidepanel.html#qa-5-p3',
      welcome: 'welcome.html',
    };
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.openExtensionPage(path);
      await page.locator('h1').first().waitFor();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const scheme of SCHEMES) {
          await page.emulateMedia(scheme.media);
          expect(await overflow(page), `${name} ${size.name} ${scheme.name}`).toBeLessThanOrEqual(
            0,
          );
          await screenshot(page, `matrix-${locale}-${name}-${size.name}-${scheme.name}`);
        }
      }
      await page.close();
    }

    // The card, on a page in the script this browser's readers use.
    for (const size of SIZES) {
      await news.setViewportSize(size);
      for (const scheme of SCHEMES) {
        await news.emulateMedia(scheme.media);
        await news.keyboard.press('Escape');
        await restOnMark(news, { inside: term });
        const rect = (await cardIn(browser, news).open()).box;
        expect(rect.x).toBeGreaterThanOrEqual(0);
        expect(rect.x + rect.width).toBeLessThanOrEqual(size.width);
        await screenshot(news, `matrix-${locale}-card-${size.name}-${scheme.name}`);
      }
    }
    await news.close();
  });
});
