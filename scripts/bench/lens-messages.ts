import type { Worker } from 'playwright-core';
import type { PageTerms } from '../../lib/messages';
import type { LensStats } from '../../lib/page/lens-stats';
import { sleep } from './page-probes';

const POLL_MS = 50;

/**
 * Sends a request to the top-frame content script of the tab showing `url`. Tab
 * URLs are hidden without the "tabs" permission, so every tab is asked and the
 * answer that names `url` wins.
 */
function askTab<T extends { url: string }>(
  worker: Worker,
  url: string,
  type: 'getLensStats' | 'getPageTerms',
): Promise<T | undefined> {
  return worker.evaluate(
    async ({ url, type }) => {
      const tabs = (await chrome.tabs.query({})).filter((tab) => tab.id !== undefined);
      const answers = await Promise.all(
        tabs.map((tab) =>
          chrome.tabs.sendMessage(tab.id!, { type }, { frameId: 0 }).catch(() => undefined),
        ),
      );
      return answers.find((answer) => (answer as { url?: string } | undefined)?.url === url);
    },
    { url, type },
  ) as Promise<T | undefined>;
}

/** What the content script of the tab showing `url` measured of itself. */
export function lensStats(worker: Worker, url: string): Promise<LensStats | undefined> {
  return askTab<LensStats>(worker, url, 'getLensStats');
}

/** Polls the content script's stats until `ready` holds for them. */
export async function waitForLensStats({
  worker,
  url,
  ready,
  timeoutMs = 60_000,
}: {
  worker: Worker;
  url: string;
  ready: (stats: LensStats) => boolean;
  timeoutMs?: number;
}): Promise<LensStats> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stats = await lensStats(worker, url);
    if (stats && ready(stats)) return stats;
    if (Date.now() > deadline) throw new Error(`no ready stats from ${url} in ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

/** How many matches the content script found on the page (all of them, marked yet or not). */
export async function matchCount(worker: Worker, url: string): Promise<number> {
  const terms = await askTab<PageTerms>(worker, url, 'getPageTerms');
  return Object.values(terms?.counts ?? {}).reduce((sum, count) => sum + count, 0);
}
