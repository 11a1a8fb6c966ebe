import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { PageTerms } from '../../lib/tab-terms';
import { tabIdOf, tabReporting } from '../../scripts/lib/ask-content';

/** Anything that runs a function in a page: a Playwright page or frame, or a Puppeteer page. */
export interface PageEvaluator {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** A painted mark: its text and the ids of its ancestors, nearest first. */
export interface Mark {
  text: string;
  ids: string[];
}

/**
 * Reads the marks as the page itself can see them: every range in the
 * highlight registry (minus the "active" one). Runs in the page's main world.
 */
export function readMarks(target: PageEvaluator): Promise<Mark[]> {
  return target.evaluate(() => {
    const marks: { text: string; ids: string[] }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.endsWith('-active')) continue;
      for (const range of highlight) {
        const node = (range as Range).commonAncestorContainer;
        const ids: string[] = [];
        for (let e = node instanceof Element ? node : node.parentElement; e; e = e.parentElement)
          if (e.id) ids.push(e.id);
        marks.push({ text: range.toString(), ids });
      }
    }
    return marks;
  });
}

/** Scrolls through the whole page so every block comes near the viewport and gets marked. */
export async function scrollThrough(target: PageEvaluator): Promise<void> {
  await target.evaluate(async () => {
    const frame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

/** What the top-frame content script of the tab showing `url` found. */
export async function pageTerms(worker: Worker, url: string): Promise<PageTerms | undefined> {
  return (await tabReporting(worker, url))?.terms;
}

/** Waits until the content script has marked at least `count` ranges. */
export async function waitForMarks(target: Page | Frame, count = 1): Promise<void> {
  await target.waitForFunction(
    (min) => {
      let total = 0;
      for (const [name, highlight] of CSS.highlights)
        if (!name.endsWith('-active')) total += highlight.size;
      return total >= min;
    },
    count,
    { timeout: 10_000 },
  );
}

/** Where a mark is drawn, in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Which mark: the first inside the element with this id, the first with this text, or the first. */
export interface MarkQuery {
  inside?: string;
  text?: string;
}

/**
 * The box of the first drawn mark the query names, or null while there is
 * none. The box comes back as a string, parsed here: Playwright serializes
 * objects with the page's own built-ins, which a hostile page may have broken.
 */
export async function findMarkBox(
  target: Page | Frame,
  query: MarkQuery = {},
): Promise<Box | null> {
  const found = await target.evaluate(({ inside, text }) => {
    for (const [name, highlight] of CSS.highlights) {
      if (name.endsWith('-active')) continue;
      for (const item of highlight) {
        const range = item as Range;
        if (inside && !range.startContainer.parentElement?.closest(`#${inside}`)) continue;
        if (text !== undefined && range.toString() !== text) continue;
        const rect = range.getClientRects()[0];
        if (rect) return `${rect.x} ${rect.y} ${rect.width} ${rect.height}`;
      }
    }
    return '';
  }, query);
  if (!found) return null;
  const [x = 0, y = 0, width = 0, height = 0] = found.split(' ').map(Number);
  return { x, y, width, height };
}

/**
 * Scrolls the element the query names into view, waits for its mark (blocks
 * are marked as they near the viewport) and returns the mark's box.
 */
export async function markBox(page: Page, query: MarkQuery = {}): Promise<Box> {
  if (query.inside) await page.locator(`#${query.inside}`).scrollIntoViewIfNeeded();
  await expect
    .poll(() => findMarkBox(page, query), { message: JSON.stringify(query) })
    .not.toBeNull();
  return (await findMarkBox(page, query))!;
}

/** The middle of a box. */
const centreOf = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * Rests the pointer on the mark the query names (its card opens; see
 * `card.ts`). The pointer jumps there in one move: on a path it could cross
 * other marks and open their cards instead.
 */
export async function restOnMark(page: Page, query: MarkQuery = {}): Promise<void> {
  const { x, y } = centreOf(await markBox(page, query));
  await page.mouse.move(1, 1);
  await page.mouse.move(x, y);
}

/** Opens `url` in a new tab, waits for its first marks, and gives the tab's id. */
export async function openMarkedTab(
  browser: { context: BrowserContext; worker: Worker },
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForMarks(page);
  return { page, tabId: await tabIdOf(browser.worker, url) };
}
