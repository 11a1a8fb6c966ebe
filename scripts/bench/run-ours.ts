import type { Page } from 'playwright-core';
import type { LensStats } from '../../lib/page/lens-stats';
import type { ExtensionBrowser } from '../lib/chromium';
import { matchCount, waitForLensStats } from './lens-messages';
import { heapUsedBytes, longTaskCount, OURS_SETTLE_MS, sleep } from './page-probes';

/** What one load of a page with the extension shows. */
export interface OursLoad {
  page: Page;
  stats: LensStats;
  longTasks: number;
  heapBytes: number;
  matches: number;
}

/**
 * Loads the page with the extension and waits until the content script reports
 * its first scan done and painted (`totalMs > 0`). The page stays open.
 */
export async function openWithLens({
  lens,
  url,
}: {
  lens: ExtensionBrowser;
  url: string;
}): Promise<{ page: Page; stats: LensStats }> {
  const page = await lens.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    const stats = await waitForLensStats({
      worker: lens.worker,
      url,
      ready: (stats) => stats.totalMs > 0,
    });
    return { page, stats };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * `openWithLens`, then lets the page settle and counts long tasks, the JS heap
 * and the matches. The page stays open for more probes.
 */
export async function loadWithLens({
  lens,
  url,
}: {
  lens: ExtensionBrowser;
  url: string;
}): Promise<OursLoad> {
  const { page } = await openWithLens({ lens, url });
  try {
    await sleep(OURS_SETTLE_MS);
    const stats = await waitForLensStats({ worker: lens.worker, url, ready: () => true });
    const longTasks = await longTaskCount(page);
    const heapBytes = await heapUsedBytes(page);
    const matches = await matchCount(lens.worker, url);
    return { page, stats, longTasks, heapBytes, matches };
  } catch (error) {
    await page.close();
    throw error;
  }
}
