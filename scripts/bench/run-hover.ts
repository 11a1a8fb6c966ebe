import type { Page, Worker } from 'playwright-core';
import { tabIdOf, waitForCard } from '../lib/ask-content';

/** Where the pointer rests between hovers: the navigation bar, which has no terms. */
const AWAY = { x: 3, y: 3 };
const CARD_TIMEOUT_MS = 5_000;

/**
 * Centres of the marks fully inside the viewport (below the top bar), after the
 * marks near a fresh scroll position have been painted. Reads the page's own
 * view of the highlight registry.
 */
function visibleMarkCentres(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const centres: { x: number; y: number }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.endsWith('-active')) continue;
      for (const range of highlight) {
        const rect = (range as Range).getClientRects()[0];
        if (!rect || rect.top < 60 || rect.bottom > innerHeight - 10) continue;
        if (rect.left < 0 || rect.right > innerWidth) continue;
        centres.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
    }
    return centres;
  });
}

/**
 * Hovers `count` different visible marks, one at a time: pointer to the mark,
 * wait for the card's content, Esc, pointer away, wait for the card to go. The
 * content script records each card's latency itself (`hoverMs`); this returns
 * how many hovers were made (fewer when the page runs out of marks). The first
 * `skip` marks met are passed over, so a second pass meets terms whose cards
 * the first one has not opened.
 */
export async function hoverMarks({
  page,
  worker,
  count,
  skip = 0,
}: {
  page: Page;
  worker: Worker;
  count: number;
  skip?: number;
}): Promise<number> {
  const tabId = await tabIdOf(worker, page.url());
  const card = (state: 'ready' | 'gone') =>
    waitForCard({ worker, tabId, state, timeoutMs: CARD_TIMEOUT_MS });
  let hovered = 0;
  let passed = 0;
  await page.mouse.move(AWAY.x, AWAY.y);
  await page.evaluate(() => scrollTo(0, 0));
  for (let more = true; hovered < count && more;) {
    for (const centre of await visibleMarkCentres(page)) {
      if (hovered >= count) break;
      if (passed++ < skip) continue;
      await page.mouse.move(centre.x, centre.y);
      const opened = await card('ready');
      await page.keyboard.press('Escape');
      await page.mouse.move(AWAY.x, AWAY.y);
      await card('gone');
      if (opened) hovered++;
    }
    more = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight * 0.8);
      return scrollY !== before;
    });
  }
  return hovered;
}
