import type { ExtensionBrowser } from '../lib/chromium';
import { OURS_SETTLE_MS } from './page-probes';
import type { PlainBrowser } from './plain-browser';
import { measureBaseline } from './run-floor';
import { loadWithLens } from './run-ours';
import { markWithAdvancedMark } from './run-peers';
import { measureScriptCost } from './run-script-cost';

/** One run on a page of ordinary size (times in ms). */
export interface RealSizeSample {
  chars: number;
  /** Our scripts' whole main-thread time on the page, bundle evaluation included. */
  oursCpuMs: number;
  /** Our first scan, as the content script times it. */
  oursScanMs: number;
  oursMatches: number;
  floorMs: number;
  /** advanced-mark.js's synchronous call on the same page. */
  advmarkCallMs: number;
}

/**
 * Our whole cost on an ordinary page against the floor and advanced-mark.js:
 * our scripts' CPU time from a profile (the page in a frame), our scan and
 * matches from a load of its own, then the floor and advanced-mark.js in a tab
 * without the extension.
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
  const ours = await loadWithLens({ lens, url, settleMs: 0 });
  await ours.page.close();
  const plainPage = await plain.open(url);
  try {
    const baseline = await measureBaseline({ page: plainPage, alternation });
    const advmark = await markWithAdvancedMark({ page: plainPage, forms });
    return {
      chars: baseline.chars,
      oursCpuMs,
      oursScanMs: ours.stats.scanMs,
      oursMatches: ours.matches,
      floorMs: baseline.floorMs,
      advmarkCallMs: advmark.callMs,
    };
  } finally {
    await plainPage.close();
  }
}
