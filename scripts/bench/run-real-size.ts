import type { ExtensionBrowser } from '../lib/chromium';
import { OURS_SETTLE_MS } from './page-probes';
import type { PlainBrowser } from './plain-browser';
import { matchCount } from './lens-messages';
import { measureFloor } from './run-floor';
import { openWithLens } from './run-ours';
import { markWithAdvancedMark } from './run-peers';
import { measureScriptCost, underProfiler } from './run-script-cost';

/** One run on a page of ordinary size (times in ms). */
export interface RealSizeSample {
  chars: number;
  /** Our scripts' whole main-thread time on the page, bundle evaluation included. */
  oursCpuMs: number;
  /** Our first scan, as the content script times it. */
  oursScanMs: number;
  oursMatches: number;
  floorMs: number;
  /** advanced-mark.js's synchronous call on the same page, under the same profiler as ours. */
  advmarkCallMs: number;
}

/**
 * Our whole cost on an ordinary page against the floor and advanced-mark.js:
 * our scripts' CPU time from a profile (the page in a frame), our scan and
 * matches from a load of its own, then the floor and advanced-mark.js's call
 * (under the same profiler) in a tab without the extension.
 */
export async function measureRealSize({
  lens,
  plain,
  url,
  hostUrl,
  forms,
  alternation,
}: {
  lens: ExtensionBrowser;
  plain: PlainBrowser;
  url: string;
  /** A page without Chinese to hold the frame. */
  hostUrl: string;
  forms: readonly string[];
  alternation: string;
}): Promise<RealSizeSample> {
  const oursCpuMs = await measureScriptCost({ lens, hostUrl, url, settleMs: OURS_SETTLE_MS });
  // Only the scan's figures and the matches are read from this load: no need to settle.
  const ours = await openWithLens({ lens, url });
  const oursMatches = await matchCount(lens.worker, url).finally(() => ours.page.close());
  const plainPage = await plain.open(url);
  try {
    const floor = await measureFloor({ page: plainPage, alternation });
    const advmark = await underProfiler(plainPage, () =>
      markWithAdvancedMark({ page: plainPage, forms }),
    );
    return {
      chars: floor.chars,
      oursCpuMs,
      oursScanMs: ours.stats.scanMs,
      oursMatches,
      floorMs: floor.floorMs,
      advmarkCallMs: advmark.result.callMs,
    };
  } finally {
    await plainPage.close();
  }
}
