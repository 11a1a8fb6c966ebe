import type { Page, Worker } from 'playwright-core';
import type { PageTerms } from '../../lib/messages';

/**
 * Reads the marks as the page itself can see them: every range in the
 * highlight registry (minus the "active" one), as text plus the id of the
 * nearest ancestor with an id. Runs in the page's main world.
 */
export function readMarks(page: Page): Promise<{ text: string; blockId: string | null }[]> {
  return page.evaluate(() => {
    const marks: { text: string; blockId: string | null }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.endsWith('-a')) continue;
      for (const range of highlight) {
        const node = range.commonAncestorContainer;
        const element = node instanceof Element ? node : node.parentElement;
        marks.push({ text: range.toString(), blockId: element?.closest('[id]')?.id ?? null });
      }
    }
    return marks;
  });
}

/**
 * Asks the top-frame content script of the tab showing `url` which terms it
 * found. Without the "tabs" permission tab URLs are hidden, so every tab is asked
 * and the one whose content script reports that URL answers.
 */
export function pageTerms(worker: Worker, url: string): Promise<PageTerms | undefined> {
  return worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const terms = (await chrome.tabs
        .sendMessage(tab.id, { type: 'getPageTerms' }, { frameId: 0 })
        .catch(() => undefined)) as PageTerms | undefined;
      if (terms?.url === target) return terms;
    }
    return undefined;
  }, url);
}

/** Waits until the content script has marked at least `count` ranges. */
export async function waitForMarks(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (min) => {
      let total = 0;
      for (const [name, highlight] of CSS.highlights) if (!name.endsWith('-a')) total += highlight.size;
      return total >= min;
    },
    count,
    { timeout: 10_000 },
  );
}
