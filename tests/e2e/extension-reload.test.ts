import { describe, expect, it } from 'vitest';
import { extensionSuite } from './extension-suite';
import { openMarkedTab, readMarks } from './page-marks';
import { setSettings } from './settings-storage';

// Its own browser: reloading the extension ends the service worker the suite
// drives, so nothing can run after this in the same browser.
const suite = extensionSuite();

/** How many elements the page holds: the card's host is the only one the lens adds. */
const elementCount = () => document.getElementsByTagName('*').length;

describe('an extension reload while pages are open', () => {
  it('takes the old script’s marks and card away, and it stops watching the page', async () => {
    await setSettings(suite.browser.worker, { hoverDelayMs: 0 });
    const { page } = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/ningbo-simplified.html`,
    );
    const quiet = await openMarkedTab(
      suite.browser,
      `${suite.server.origin}/taiwan-traditional.html`,
    );
    const before = await page.evaluate(elementCount);
    // A card is open on the first page when the extension goes.
    await page.bringToFront();
    const term = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights)
        if (!name.endsWith('-active'))
          for (const range of highlight) {
            const rect = (range as Range).getBoundingClientRect();
            if (rect.top > 0 && rect.bottom < innerHeight)
              return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
      return null;
    });
    await page.mouse.move(term!.x, term!.y);
    await expect.poll(() => page.evaluate(elementCount)).toBe(before + 1);

    await suite.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The first pointer move after it finds the extension gone.
    await page.mouse.move(term!.x + 40, term!.y + 40);
    await expect.poll(async () => (await readMarks(page)).length).toBe(0);
    expect(await page.evaluate(elementCount)).toBe(before);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // No longer watching: new text with a term gets no mark.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('afterbegin', '<p>宁波推进“浙里甬有”，成效明显。</p>'),
    );
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual([]);

    // A tab left in the background finds out when the reader comes back to it
    // (or sooner: a tab the reload opened, such as the welcome page, hides it).
    await quiet.page.bringToFront();
    await expect.poll(async () => (await readMarks(quiet.page)).length).toBe(0);
    expect(await quiet.page.evaluate(() => CSS.highlights.size)).toBe(0);
  });
});
