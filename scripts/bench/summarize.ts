import type { GrowthSample } from './run-growth';
import type { RealSizeSample } from './run-real-size';

/** Everything measured on one page in one run (times in ms). */
export interface RunSample {
  chars: number;
  floorMs: number;
  floorMatches: number;
  scanMs: number;
  firstMarksMs: number;
  totalMs: number;
  longestSliceMs: number;
  longTasksAdded: number;
  rescanRatio: number;
  heapAddedBytes: number;
  oursMatches: number;
  advmarkMs: number;
  advmarkMatches: number;
  /** Null when mark.js did not run to the end: stopped at its timeout, or not run. */
  markjsMs: number | null;
  markjsMatches: number | null;
  markjsStopped: boolean;
  /** Card latencies at a hover delay of 0, and at the default delay. */
  hoverMs: number[];
  hoverDefaultMs: number[];
}

/** One real-size page's line in results.json: medians over the runs, ratios within each run. */
export interface RealSizeResult {
  name: string;
  chars: number;
  ours_cpu_ms: number;
  ours_scan_ms: number;
  floor_ms: number;
  advmark_call_ms: number;
  cpu_over_advmark: number;
  scan_minus_floor_ms: number;
  ours_matches: number;
}

/** One page's line in results.json: medians over the runs, ratios taken within each run. */
export interface PageResult {
  name: string;
  chars: number;
  floor_ms: number;
  ours_scan_ms: number;
  ours_first_marks_ms: number;
  ours_total_ms: number;
  advmark_ms: number;
  markjs_ms: number | null;
  scan_over_floor: number;
  advmark_over_ours: number;
  markjs_over_ours: number | null;
  longest_slice_ms: number;
  long_tasks_added: number;
  rescan_ratio: number;
  hover_p50_ms: number;
  hover_p95_ms: number;
  hover_default_p50_ms: number;
  hover_default_p95_ms: number;
  heap_added_mb: number;
  ours_matches: number;
  advmark_matches: number;
  markjs_matches: number | null;
  floor_matches: number;
  hovers: number;
  /** Runs in which mark.js finished, and runs in which it was stopped at its timeout. */
  markjs_runs: number;
  markjs_stopped_runs: number;
  notes: string[];
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const finished = (samples: readonly RunSample[]) => samples.filter((s) => s.markjsMs !== null);

/** Reduces one page's runs to its results line. */
export function summarizePage({
  name,
  samples,
  markjsTimeoutMs,
  markjsPageBudgetMs,
}: {
  name: string;
  samples: readonly RunSample[];
  markjsTimeoutMs: number;
  markjsPageBudgetMs: number;
}): PageResult {
  const of = (pick: (sample: RunSample) => number, digits = 1) =>
    round(median(samples.map(pick)), digits);
  const markjs = finished(samples);
  const ofMarkjs = (pick: (sample: RunSample) => number, digits = 1) =>
    markjs.length ? round(median(markjs.map(pick)), digits) : null;
  const hovers = samples.flatMap((sample) => sample.hoverMs);
  const hoversDefault = samples.flatMap((sample) => sample.hoverDefaultMs);
  const notes: string[] = [];
  const stopped = samples.filter((sample) => sample.markjsStopped).length;
  if (stopped)
    notes.push(`mark.js did not finish within ${markjsTimeoutMs / 1000} s and was stopped`);
  if (markjs.length + stopped === 0)
    notes.push(
      'mark.js not run: it was stopped on a smaller page, and takes longer on a larger one',
    );
  else if (markjs.length + stopped < samples.length)
    notes.push(
      `mark.js ran in ${markjs.length + stopped} of ${samples.length} runs: a page gets another mark.js run only while its mark.js time stays within ${markjsPageBudgetMs / 1000} s`,
    );
  return {
    name,
    chars: of((s) => s.chars, 0),
    floor_ms: of((s) => s.floorMs),
    ours_scan_ms: of((s) => s.scanMs),
    ours_first_marks_ms: of((s) => s.firstMarksMs),
    ours_total_ms: of((s) => s.totalMs),
    advmark_ms: of((s) => s.advmarkMs),
    markjs_ms: ofMarkjs((s) => s.markjsMs!),
    scan_over_floor: of((s) => s.scanMs / s.floorMs, 2),
    advmark_over_ours: of((s) => s.advmarkMs / s.totalMs, 2),
    markjs_over_ours: ofMarkjs((s) => s.markjsMs! / s.totalMs, 2),
    longest_slice_ms: of((s) => s.longestSliceMs),
    long_tasks_added: of((s) => s.longTasksAdded, 0),
    rescan_ratio: of((s) => s.rescanRatio, 3),
    hover_p50_ms: round(percentile(hovers, 50)),
    hover_p95_ms: round(percentile(hovers, 95)),
    hover_default_p50_ms: round(percentile(hoversDefault, 50)),
    hover_default_p95_ms: round(percentile(hoversDefault, 95)),
    heap_added_mb: of((s) => s.heapAddedBytes / 2 ** 20, 2),
    ours_matches: of((s) => s.oursMatches, 0),
    advmark_matches: of((s) => s.advmarkMatches, 0),
    markjs_matches: ofMarkjs((s) => s.markjsMatches!, 0),
    floor_matches: of((s) => s.floorMatches, 0),
    hovers: hovers.length,
    markjs_runs: markjs.length,
    markjs_stopped_runs: stopped,
    notes,
  };
}

/** Reduces one real-size page's runs to its results line. */
export function summarizeRealSize({
  name,
  samples,
}: {
  name: string;
  samples: readonly RealSizeSample[];
}): RealSizeResult {
  const of = (pick: (sample: RealSizeSample) => number, digits = 1) =>
    round(median(samples.map(pick)), digits);
  return {
    name,
    chars: of((s) => s.chars, 0),
    ours_cpu_ms: of((s) => s.oursCpuMs),
    ours_scan_ms: of((s) => s.oursScanMs),
    floor_ms: of((s) => s.floorMs),
    advmark_call_ms: of((s) => s.advmarkCallMs),
    cpu_over_advmark: of((s) => s.oursCpuMs / s.advmarkCallMs, 2),
    scan_minus_floor_ms: of((s) => s.oursScanMs - s.floorMs),
    ours_matches: of((s) => s.oursMatches, 0),
  };
}

/** One page's cost per million characters of text (the growth table). */
export interface GrowthRow {
  name: string;
  chars: number;
  ours_total_ms: number;
  ours_ms_per_mb: number;
  advmark_ms: number | null;
  advmark_ms_per_mb: number | null;
}

/** Cost per million characters, from the pages' medians and the growth page's one load. */
export function growthRows({
  pages,
  growth,
}: {
  pages: readonly PageResult[];
  growth: { name: string; sample: GrowthSample } | undefined;
}): GrowthRow[] {
  const row = (name: string, chars: number, ours: number, advmark: number | null): GrowthRow => ({
    name,
    chars,
    ours_total_ms: round(ours),
    ours_ms_per_mb: round(ours / (chars / 1e6)),
    advmark_ms: advmark === null ? null : round(advmark),
    advmark_ms_per_mb: advmark === null ? null : round(advmark / (chars / 1e6)),
  });
  return [
    ...pages
      .filter((page) => page.name.startsWith('news-'))
      .map((page) => row(page.name, page.chars, page.ours_total_ms, page.advmark_ms)),
    ...(growth
      ? [row(growth.name, growth.sample.chars, growth.sample.oursTotalMs, growth.sample.advmarkMs)]
      : []),
  ];
}
