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
 * Loads the page with the extension, waits until the content script reports its
 * first scan done and painted (`totalMs > 0`), lets the page settle, then counts
 * long tasks, the JS heap and the matches. The page stays open for more probes.
 */
export async function loadWithLens({
  lens,
  url,
  settleMs = OURS_SETTLE_MS,
}: {
  lens: ExtensionBrowser;
  url: string;
  /** How long the page settles before long tasks and the heap are read. */
  settleMs?: number;
}): Promise<OursLoad> {
  const page = await lens.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await waitForLensStats({ worker: lens.worker, url, ready: (stats) => stats.totalMs > 0 });
    await sleep(settleMs);
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
