import type { Frame, Page, Worker } from 'playwright-core';
import type { PageTerms } from '../../lib/tab-terms';
import { tabReporting } from './tabs';

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
