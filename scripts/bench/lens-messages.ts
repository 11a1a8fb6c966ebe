import type { Worker } from 'playwright-core';
import type { LensStats } from '../../lib/page/lens-stats';
import { askEveryTab } from '../lib/ask-content';
import { sleep } from './page-probes';

const POLL_MS = 50;

/** What the content script of the tab showing `url` measured of itself. */
export async function lensStats(worker: Worker, url: string): Promise<LensStats | undefined> {
  const answers = await askEveryTab(worker, 'getLensStats', {});
  return answers.find(({ value }) => value?.url === url)?.value ?? undefined;
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

/** Polls until the tab showing `url` has no running lens (its stats are gone). */
export async function waitForLensStopped({
  worker,
  url,
  timeoutMs = 10_000,
}: {
  worker: Worker;
  url: string;
  timeoutMs?: number;
}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await lensStats(worker, url)) {
    if (Date.now() > deadline)
      throw new Error(`the lens on ${url} did not stop in ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

/** How many matches the content script found on the page (all of them, marked yet or not). */
export async function matchCount(worker: Worker, url: string): Promise<number> {
  const answers = await askEveryTab(worker, 'getPageTerms', {});
  const terms = answers.find(({ value }) => value.url === url)?.value;
  return Object.values(terms?.counts ?? {}).reduce((sum, count) => sum + count, 0);
}
