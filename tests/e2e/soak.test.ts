import { describe, expect, it } from 'vitest';
import { tabIdOf, tabReporting } from '../../scripts/lib/ask-content';
import { extensionSuite } from './extension-suite';
import { readMarks } from './page-marks';

// A long session in one profile: many pages and frames come and go, and what
// the extension keeps for them must go with them.
const suite = extensionSuite();

/** Pages with frames of their own, pages without terms, and plain articles. */
const PAGES = [
  'ningbo-simplified.html',
  'inline-frames.html',
  'taiwan-traditional.html',
  'no-chinese.html',
  'ningbo-variants.html',
];
const ROUNDS = 20;
const TABS_AT_ONCE = 10;
/**
 * On a two-core machine the browser alone takes about 5 s to open and load a
 * round of ten pages (6.5 s with the extension), so the 200 pages need minutes.
 */
const SOAK_TIMEOUT_MS = 300_000;

/** Session-storage keys the background keeps per tab, with the tab each names. */
async function perTabKeys(): Promise<{ key: string; tabId: number }[]> {
  const stored = await suite.browser.worker.evaluate(() => chrome.storage.session.get(null));
  return Object.keys(stored).flatMap((key) => {
    const id = /^(?:tabTerms|tab-site):(\d+)$/.exec(key)?.[1];
    return id === undefined ? [] : [{ key, tabId: Number(id) }];
  });
}

describe('a long session', () => {
  it(
    'keeps nothing for the 200 pages it closed, and still marks the next one',
    { timeout: SOAK_TIMEOUT_MS },
    async () => {
      const closed = new Set<number>();
      for (let round = 0; round < ROUNDS; round++) {
        const tabs = await Promise.all(
          Array.from({ length: TABS_AT_ONCE }, async (_, i) => {
            const page = await suite.browser.context.newPage();
            const url = `${suite.server.origin}/${PAGES[(round + i) % PAGES.length]}?round=${round}&tab=${i}`;
            await page.goto(url);
            // Every page's frame reports, terms or none.
            await expect
              .poll(() => tabReporting(suite.browser.worker, url), { timeout: 10_000 })
              .toBeDefined();
            return { page, tabId: await tabIdOf(suite.browser.worker, url) };
          }),
        );
        for (const { page, tabId } of tabs) {
          await page.close();
          closed.add(tabId);
        }
      }
      expect(closed.size).toBe(ROUNDS * TABS_AT_ONCE);
      // Tab removal is handled a moment after the tab goes.
      await expect
        .poll(async () => (await perTabKeys()).filter(({ tabId }) => closed.has(tabId)))
        .toEqual([]);

      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.origin}/ningbo-simplified.html`);
      await expect.poll(async () => (await readMarks(page)).length).toBeGreaterThan(5);
      await page.close();
    },
  );
});
