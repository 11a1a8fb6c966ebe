import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/chromium';
import { setSettings } from '../../tests/e2e/settings-storage';
import { waitForLensStopped } from './lens-messages';
import { afterFrames, SETTLE_MS, sleep } from './page-probes';
import { openWithLens } from './run-ours';
import { markWithAdvancedMark } from './run-peers';

/** One load of the growth page (times in ms); advanced-mark.js is null when it was stopped. */
export interface GrowthSample {
  chars: number;
  oursTotalMs: number;
  advmarkMs: number | null;
}

/**
 * Ours and advanced-mark.js, once each, on the growth page: how the cost grows
 * with the page; mark.js is not run. Both share one load, because Chromium
 * takes about 35 s to load and lay out 20 M characters here: the lens marks the
 * page as it loads; then it is switched off, and once it has let go of the
 * page (no stats, no marks, no observers), advanced-mark.js marks it in the
 * same tab, stopped after `advmarkTimeoutMs`. A profile of that tab shows none
 * of our scripts' time once the lens is off.
 */
export async function measureGrowth({
  lens,
  url,
  forms,
  advmarkTimeoutMs,
}: {
  lens: ExtensionBrowser;
  url: string;
  forms: readonly string[];
  advmarkTimeoutMs: number;
}): Promise<GrowthSample> {
  // Only the total is read here: the heap and match probes would take 10 s on this page.
  const ours = await openWithLens({ lens, url });
  try {
    await setSettings(lens.worker, { enabled: false });
    await waitForLensStopped({ worker: lens.worker, url });
    await afterFrames(ours.page);
    await sleep(SETTLE_MS);
    const chars = await ours.page.evaluate(() => document.body.textContent?.length ?? 0);
    const advmark = await withTimeout(
      ours.page,
      markWithAdvancedMark({ page: ours.page, forms }),
      advmarkTimeoutMs,
    );
    return { chars, oursTotalMs: ours.stats.totalMs, advmarkMs: advmark?.ms ?? null };
  } finally {
    // Closed first: switched on again, the lens would scan the other library's marks.
    await ours.page.close();
    await setSettings(lens.worker, { enabled: true });
  }
}

/** The run's result, or null once `timeoutMs` have passed; the page's script is then ended. */
async function withTimeout<T>(page: Page, run: Promise<T>, timeoutMs: number): Promise<T | null> {
  const result = await Promise.race([run, sleep(timeoutMs).then(() => null)]);
  if (result !== null) return result;
  run.catch(() => undefined);
  // Served even while the page's main thread is busy in the script it ends.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.terminateExecution').finally(() => cdp.detach());
  return null;
}
