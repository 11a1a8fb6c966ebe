import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../gecko-id';
import {
  FIREFOX_EXTENSION_DIR,
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
} from '../../scripts/lib/firefox';
import type { CardView } from '../../lib/page/card-view';
import { contentReplyGuards } from '../../lib/protocol/content-replies';
import { readReply } from '../../lib/protocol/protocol';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readMarks, scrollThrough, type Mark } from './page-marks';
import { SCREENSHOT_DIR } from './screenshots';

// The same journeys as the Chromium tests, in Firefox ESR with the MV2 build
// (`npm run build:firefox`; this file builds nothing). No skip when Firefox is
// missing: the launcher throws, and every test here fails with its message.

let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;
/** An extension page kept open in a background tab, to message content scripts from. */
let driver: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
  // Tests set the hover delay to 0 instead of waiting on timers; the options
  // page is an extension page, so it has the storage API.
  const options = await firefox.openExtensionPage('options.html', 'main.options');
  await options.evaluate(() => chrome.storage.local.set({ settings: { hoverDelayMs: 0 } }));
  await options.close();
  driver = await firefox.openExtensionPage('popup.html', 'main.popup');
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const marksIn = (marks: Mark[], id: string) =>
  marks.filter((m) => m.ids.includes(id)).map((m) => m.text);

/** Saves the viewport as artifacts/screenshots/firefox-<name>.png. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `firefox-${name}.png`) as `${string}.png` });
}

/** Opens a fixture page and waits until the content script has marked the given block. */
async function openMarked(path: string, blockId: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/${path}`);
  await scrollThrough(page);
  await page.waitForFunction(
    (id) => {
      for (const [name, highlight] of CSS.highlights)
        if (!name.endsWith('-active'))
          for (const range of highlight)
            if ((range as Range).startContainer.parentElement?.closest(`#${id}`)) return true;
      return false;
    },
    { timeout: 10_000 },
    blockId,
  );
  return page;
}

/**
 * What the card open in `page` shows, asked of its content script from the
 * driver page (the card's shadow root is closed to the page). The tab is found
 * by the URL its content script reports.
 */
async function cardView(page: Page): Promise<CardView | null> {
  const reply = await driver.evaluate(async (url) => {
    // Firefox's promise-returning namespace (its `chrome.*` of MV2 takes callbacks).
    const { tabs } = (globalThis as unknown as { browser: typeof chrome }).browser;
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      const terms = (await tabs
        .sendMessage(tab.id, { type: 'getPageTerms' }, { frameId: 0 })
        .catch(() => undefined)) as { ok?: boolean; value?: { url?: string } } | undefined;
      if (terms?.value?.url === url)
        return tabs.sendMessage(tab.id, { type: 'getCardView' }, { frameId: 0 });
    }
    throw new Error(`no tab reports ${url}`);
  }, page.url());
  return readReply(reply, contentReplyGuards.getCardView);
}

describe('the extension in Firefox ESR', () => {
  it('marks terms, split ones included, and none in a textarea or script', async () => {
    const page = await openMarked('ningbo-simplified.html', 't-split-a');
    const marks = await readMarks(page);
    expect(marksIn(marks, 't-plain')).toEqual(['两个先行']);
    expect(marksIn(marks, 't-split-b'), 'split by <b>').toEqual(['两个先行']);
    expect(marksIn(marks, 't-split-a'), 'split by <a>').toEqual(['浙里甬有']);
    expect(marksIn(marks, 't-split-deep'), 'split over three elements').toEqual(['锋领港城']);
    expect(marksIn(marks, 's-textarea')).toEqual([]);
    expect(marksIn(marks, 's-script')).toEqual([]);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, 'marks-ningbo-simplified');
    await page.close();
  });

  it('marks a Traditional form', async () => {
    const page = await openMarked('hongkong-traditional.html', 't-hk-zheli');
    expect(marksIn(await readMarks(page), 't-hk-zheli')).toEqual(['浙裏甬有']);
    await page.close();
  });

  it('opens the card on a resting pointer and closes it on Esc', async () => {
    const page = await openMarked('ningbo-simplified.html', 't-split-a');
    const box = await page.evaluate(() => {
      document.getElementById('t-split-a')!.scrollIntoView({ block: 'center' });
      for (const [name, highlight] of CSS.highlights)
        if (!name.endsWith('-active'))
          for (const range of highlight) {
            if (!(range as Range).startContainer.parentElement?.closest('#t-split-a')) continue;
            const rect = (range as Range).getClientRects()[0]!;
            return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
          }
      throw new Error('no mark in #t-split-a');
    });
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await expect.poll(() => cardView(page), { timeout: 10_000 }).toMatchObject({ status: 'ready' });
    const shown = (await cardView(page))!;
    expect(shown.term).toBe('浙里甬有');
    expect(shown.text).toMatch(/\nQ5 · /);
    // Firefox will not open its sidebar from a page's click: the card says what to do instead.
    expect(shown.text).toContain('Alt+Shift+R');
    await screenshot(page, 'hover-card-open');

    await page.keyboard.press('Escape');
    await expect.poll(() => cardView(page)).toBeNull();
    await page.close();
  });

  it('opens the popup, the side panel at a deep link, and the options page by URL', async () => {
    const popup = await firefox.openExtensionPage('popup.html', 'main.popup [role="combobox"]');
    expect(await popup.$eval('main.popup h1', (h) => h.textContent)).toBeTruthy();
    await screenshot(popup, 'popup');
    await popup.close();

    const reader = await firefox.openExtensionPage('sidepanel.html#qa-4-p2', '#qa-4-p2');
    await reader.waitForFunction(() => document.activeElement?.id === 'qa-4-p2', {
      timeout: 5_000,
    });
    // The paragraph is in view, below the sticky header rather than under it.
    const { top, headerBottom } = await reader.evaluate(() => ({
      top: document.getElementById('qa-4-p2')!.getBoundingClientRect().top,
      headerBottom: document.querySelector('.reader-head')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(400);
    await screenshot(reader, 'sidepanel-deep-link');
    await reader.close();

    const options = await firefox.openExtensionPage('options.html', 'input[name="hoverDelayMs"]');
    expect(await options.$eval('input[name="hoverDelayMs"]', (i) => i.value)).toBe('0');
    await screenshot(options, 'options');
    await options.close();
  });

  it('builds a manifest with a sidebar and a gecko id', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as {
      manifest_version: number;
      sidebar_action?: { default_panel?: string };
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
  });
});
