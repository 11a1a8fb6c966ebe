import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardViewOf,
  chromiumDriver,
  firefoxDriver,
  type BrowserDriver,
  type PageDriver,
} from './drivers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { recordingProxySuite } from './recording-proxy';

// The core journeys, written once and run in Chromium and in Firefox ESR
// (the MV2 build, with its sidebar): marks, the card, the popup's search and
// its "on this page" list, and the reader at a deep link.

const recorder = recordingProxySuite();
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** The marks the page itself can see, as text, in the block `id` (scrolled into view: blocks are marked as they near it). */
const marksIn = (page: PageDriver, id: string) =>
  page.evaluate((blockId) => {
    document.getElementById(blockId)!.scrollIntoView({ block: 'center' });
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights)
      if (!name.endsWith('-active'))
        for (const range of highlight)
          if ((range as Range).startContainer.parentElement?.closest(`#${blockId}`))
            texts.push(range.toString());
    return texts;
  }, id);

/** The centre of the first mark in block `id`, scrolled into view. */
const markCentre = (page: PageDriver, id: string) =>
  page.evaluate((blockId) => {
    document.getElementById(blockId)!.scrollIntoView({ block: 'center' });
    for (const [name, highlight] of CSS.highlights)
      if (!name.endsWith('-active'))
        for (const range of highlight)
          if ((range as Range).startContainer.parentElement?.closest(`#${blockId}`)) {
            const rect = (range as Range).getClientRects()[0]!;
            return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
    return null;
  }, id);

/** A region of the viewport, in CSS pixels. */
interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Scrolls to the first mark whose text starts in block `id` (looked up in the
 * document, or in the shadow root of `host`) and gives the region of the
 * element `within` holds it in, or of the mark itself; null while unmarked.
 */
const markRegion = (page: PageDriver, at: { id: string; host?: string; within?: string }) =>
  page.evaluate(({ id, host, within }): Region | null => {
    const root = host ? document.getElementById(host)!.shadowRoot! : document;
    const block = root.getElementById(id)!;
    block.scrollIntoView({ block: 'center' });
    for (const [name, highlight] of CSS.highlights)
      if (!name.endsWith('-active'))
        for (const range of highlight)
          if (block.contains((range as Range).startContainer)) {
            const box = within
              ? block.querySelector(within)!.getBoundingClientRect()
              : (range as Range).getClientRects()[0]!;
            const x = Math.ceil(box.x);
            const y = Math.ceil(box.y);
            return { x, y, width: Math.floor(box.right) - x, height: Math.floor(box.bottom) - y };
          }
    return null;
  }, at);

/** The share of a region's pixels that differ between two captures of the viewport. */
const changedShare = (page: PageDriver, before: string, after: string, region: Region) =>
  page.evaluate(
    async ({ before, after, region }) => {
      const pixels = async (png: string) => {
        const image = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${png}`)).blob(),
        );
        const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { x, y, width, height } = region;
        return context.getImageData(x, y, width, height).data;
      };
      const [a, b] = [await pixels(before), await pixels(after)];
      let changed = 0;
      for (let i = 0; i < a.length; i += 4)
        if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) changed++;
      return changed / (a.length / 4);
    },
    { before, after, region },
  );

/** Waits until `read` gives a value `holds` accepts, and returns it. */
async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe.each([
  { name: 'Chromium', launch: chromiumDriver },
  { name: 'Firefox ESR', launch: firefoxDriver },
])('the core journeys in $name', ({ launch }) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch(recorder.proxy.port);
    await browser.setSettings({ hoverDelayMs: 0 });
  });
  afterAll(() => browser?.close());

  it('marks the terms of a page, split across tags too', async () => {
    const page = await browser.openPage(`${server.origin}/ningbo-simplified.html`);
    await page.waitFor(() => CSS.highlights.size > 0, null);
    expect(
      await until(
        () => marksIn(page, 't-split-a'),
        (m) => m.length > 0,
      ),
    ).toEqual(['浙里甬有']);
    expect(
      await until(
        () => marksIn(page, 't-plain'),
        (m) => m.length > 0,
      ),
    ).toEqual(['两个先行']);
    await page.screenshot('marks');
    await page.close();
  });

  it('paints marks on text nested in inline elements and in a shadow root', async () => {
    await browser.setSettings({ markStyle: 'tint', markIntensity: 'strong' });
    const page = await browser.openPage(`${server.origin}/ningbo-simplified.html`);
    // 甬有 of 浙里甬有 is in a link; 天一甬宁保 in an open shadow root.
    const places = [
      { id: 't-split-a', within: 'a' },
      { id: 't-shadow', host: 'shadow-host' },
    ];
    const drawn: { region: Region; capture: string }[] = [];
    for (const place of places) {
      const region = (await until(
        () => markRegion(page, place),
        (found) => found !== null,
      ))!;
      drawn.push({ region, capture: await page.capture() });
    }
    await browser.setSettings({ markStyle: 'none' });
    await page.waitFor(
      () => [...CSS.highlights.values()].every((highlight) => highlight.size === 0),
      null,
    );
    for (const [index, place] of places.entries()) {
      // Scrolled back where it was drawn: the region holds the same text.
      await page.evaluate(
        ({ id, host }) =>
          (host ? document.getElementById(host)!.shadowRoot! : document)
            .getElementById(id)!
            .scrollIntoView({ block: 'center' }),
        place,
      );
      const { region, capture } = drawn[index]!;
      expect(region.width * region.height).toBeGreaterThan(100);
      expect(await changedShare(page, capture, await page.capture(), region)).toBeGreaterThan(0.3);
    }
    await browser.setSettings({ markStyle: 'underline', markIntensity: 'medium' });
    await page.close();
  });

  it('opens the card on a resting pointer, with its question, and closes it on Esc', async () => {
    const page = await browser.openPage(`${server.origin}/ningbo-simplified.html`);
    const at = await until(
      () => markCentre(page, 't-split-a'),
      (c) => c !== null,
    );
    await page.movePointer(5, 5);
    await page.movePointer(at!.x, at!.y);
    const card = await until(
      () => cardViewOf(browser, page),
      (view) => view?.status === 'ready',
    );
    expect(card!.term).toBe('浙里甬有');
    expect(card!.text).toMatch(/\nQ5 · /);
    expect(card!.onTop).toBe(true);
    // Firefox opens its sidebar only from the extension's own UI events, never
    // from a click relayed by a page: there the card says how to open the reader.
    if (browser.name === 'firefox') expect(card!.text).toContain('Alt+Shift+R');
    await page.screenshot('card');
    await page.press('Escape');
    await until(
      () => cardViewOf(browser, page),
      (view) => view === null,
    );
    await page.close();
  });

  it('searches the interview from the popup, and lists the terms on the page', async () => {
    const url = `${server.origin}/ningbo-simplified.html`;
    const page = await browser.openPage(url);
    const { tabId } = (await until(
      () => browser.askTab(url, 'getPageTerms'),
      (found) => Object.keys(found?.value.counts ?? {}).length > 5,
    ))!;
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`, '.page-term');
    // The list follows the frames' reports, which come as the page is scanned.
    await popup.waitFor(
      () =>
        Array.from(document.querySelectorAll('.page-term')).some((chip) =>
          chip.textContent?.includes('浙里甬有'),
        ),
      null,
    );
    await popup.type('[role="combobox"]', 'lgxx');
    await popup.waitFor(
      () => document.querySelector('[role="option"]')?.textContent?.includes('两个先行'),
      null,
    );
    await popup.screenshot('popup-search');
    await popup.close();
    await page.close();
  });

  it('opens the reader at a deep-linked paragraph', async () => {
    const reader = await browser.openExtensionPage('sidepanel.html#qa-4-p2', '#qa-4-p2');
    await reader.waitFor(() => document.activeElement?.id === 'qa-4-p2', null);
    const { top, headBottom } = await reader.evaluate(
      () => ({
        top: document.getElementById('qa-4-p2')!.getBoundingClientRect().top,
        headBottom: document.querySelector('.reader-head')!.getBoundingClientRect().bottom,
      }),
      null,
    );
    expect(top).toBeGreaterThanOrEqual(headBottom);
    expect(top).toBeLessThan(headBottom + 60);
    await reader.screenshot('reader-deep-link');
    await reader.close();
  });

  it('shows the stored settings in the options page', async () => {
    const options = await browser.openExtensionPage('options.html', 'input[name="hoverDelayMs"]');
    await options.waitFor(
      () => document.querySelector<HTMLInputElement>('input[name="hoverDelayMs"]')?.value === '0',
      null,
    );
    await options.screenshot('options');
    await options.close();
  });
});
