import type { ExtensionBrowser } from '../lib/chromium';
import { sleep } from './page-probes';
import type { PlainBrowser } from './plain-browser';
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
 * with the page. advanced-mark.js is stopped after `advmarkTimeoutMs` (the
 * browser is restarted to stop it); mark.js is not run.
 */
export async function measureGrowth({
  lens,
  plain,
  url,
  forms,
  advmarkTimeoutMs,
}: {
  lens: ExtensionBrowser;
  plain: PlainBrowser;
  url: string;
  forms: readonly string[];
  advmarkTimeoutMs: number;
}): Promise<GrowthSample> {
  // Only the total is read here: the heap and match probes would take 10 s on this page.
  const ours = await openWithLens({ lens, url });
  await ours.page.close();
  const page = await plain.open(url);
  const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
  const run = markWithAdvancedMark({ page, forms });
  const advmark = await Promise.race([run, sleep(advmarkTimeoutMs).then(() => null)]);
  if (advmark === null) {
    run.catch(() => undefined);
    await plain.restart();
  } else {
    await page.close();
  }
  return { chars, oursTotalMs: ours.stats.totalMs, advmarkMs: advmark?.ms ?? null };
}
