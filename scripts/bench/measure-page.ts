import type { ExtensionBrowser } from '../lib/chromium';
import { lensStats } from './lens-messages';
import type { PlainBrowser } from './plain-browser';
import { hoverMarks } from './run-hover';
import { measureBaseline, type Baseline } from './run-floor';
import { loadWithLens } from './run-ours';
import { markWithAdvancedMark, markWithMarkJs, type PeerResult } from './run-peers';
import { measureRescan } from './run-rescan';
import type { RunSample } from './summarize';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { setSettings } from '../../tests/e2e/settings-storage';
import { sleep } from './page-probes';

/** Long enough for a settings change to reach the page's content script. */
const SETTINGS_SETTLE_MS = 300;

/** What every page measurement of a bench run shares. */
export interface BenchSetup {
  lens: ExtensionBrowser;
  plain: PlainBrowser;
  /** All term forms, longest first, and their RegExp alternation. */
  forms: readonly string[];
  alternation: string;
  /** Paragraphs to append for the incremental measurement. */
  appended: readonly string[];
  hovers: number;
  markjsTimeoutMs: number;
}

/**
 * One run on one page, in order: ours (load, stats, long tasks, heap, matches,
 * then the appended paragraphs and the hovers); the page without the extension
 * (long tasks, heap, floor, then advanced-mark.js in the same tab); and mark.js
 * in a tab of its own unless `skipMarkjs`.
 */
export async function measurePage({
  setup,
  url,
  skipMarkjs,
}: {
  setup: BenchSetup;
  url: string;
  skipMarkjs: boolean;
}): Promise<RunSample> {
  const { lens, plain, forms } = setup;
  const ours = await loadWithLens({ lens, url });
  let rescanRatio: number;
  let hoverMs: number[];
  let hoverDefaultMs: number[];
  try {
    rescanRatio = await measureRescan({
      page: ours.page,
      worker: lens.worker,
      url,
      paragraphs: setup.appended,
    });
    const hovered = await hoverMarks({ page: ours.page, worker: lens.worker, count: setup.hovers });
    hoverMs = (await lensStats(lens.worker, url))?.hoverMs ?? [];
    // Then as a reader has it: the default delay, on marks not hovered yet.
    await setSettings(lens.worker, { hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    await sleep(SETTINGS_SETTLE_MS);
    try {
      await hoverMarks({
        page: ours.page,
        worker: lens.worker,
        count: setup.hovers,
        skip: hovered,
      });
    } finally {
      await setSettings(lens.worker, { hoverDelayMs: 0 });
    }
    hoverDefaultMs = ((await lensStats(lens.worker, url))?.hoverMs ?? []).slice(hoverMs.length);
  } finally {
    await ours.page.close();
  }

  const plainPage = await plain.open(url);
  let baseline: Baseline;
  let advmark: PeerResult;
  try {
    baseline = await measureBaseline({ page: plainPage, alternation: setup.alternation });
    advmark = await markWithAdvancedMark({ page: plainPage, forms });
  } finally {
    await plainPage.close();
  }
  const markjs: PeerResult | null = skipMarkjs
    ? null
    : await markWithMarkJs({ plain, url, forms, timeoutMs: setup.markjsTimeoutMs });

  return {
    chars: baseline.chars,
    floorMs: baseline.floorMs,
    floorMatches: baseline.floorMatches,
    scanMs: ours.stats.scanMs,
    firstMarksMs: ours.stats.firstMarksMs,
    totalMs: ours.stats.totalMs,
    longestSliceMs: ours.stats.longestSliceMs,
    longTasksAdded: ours.longTasks - baseline.longTasks,
    rescanRatio,
    heapAddedBytes: ours.heapBytes - baseline.heapBytes,
    oursMatches: ours.matches,
    advmarkMs: advmark.ms,
    advmarkMatches: advmark.matches,
    markjsMs: markjs?.ms ?? null,
    markjsMatches: markjs?.matches ?? null,
    markjsStopped: !skipMarkjs && markjs === null,
    hoverMs,
    hoverDefaultMs,
  };
}
