import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BudgetCheck } from './budgets';
import type { BundleSize } from './bundle-sizes';
import type { MachineInfo } from './machine';
import type { GrowthRow, PageResult, RealSizeResult } from './summarize';

/** What `bench/results.json` holds; the keys are documented in the README. */
export interface BenchResults {
  machine: MachineInfo;
  chromium_version: string;
  runs: number;
  bench_seconds: number;
  no_han_chars: number;
  no_han_ms: number;
  pages: PageResult[];
  real_pages: RealSizeResult[];
  growth: GrowthRow[];
  bundles: BundleSize[];
}

const show = (value: number | null) => (value === null ? '—' : `${value}`);

/** A header and rows of cells as a Markdown table. */
export function markdownTable(header: readonly string[], lines: readonly unknown[][]): string {
  return [header, header.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

/** The per-page results as a Markdown table (the README shows the same). */
export function pagesTable(pages: readonly PageResult[]): string {
  const rows = [
    ['page', 'chars', 'floor ms', 'ours scan ms', 'ours first marks ms', 'ours total ms'],
    ['advmark ms', 'mark.js ms', 'scan ÷ floor', 'advmark ÷ ours', 'mark.js ÷ ours'],
    ['longest slice ms', 'long tasks added', 'rescan ratio', 'hover p50 / p95 ms (delay 0)'],
    ['hover p50 / p95 ms (default delay)'],
    ['heap added MB', 'matches ours / advmark / mark.js'],
  ].flat();
  const lines = pages.map((page) => [
    page.name,
    page.chars,
    page.floor_ms,
    page.ours_scan_ms,
    page.ours_first_marks_ms,
    page.ours_total_ms,
    page.advmark_ms,
    show(page.markjs_ms),
    page.scan_over_floor,
    page.advmark_over_ours,
    show(page.markjs_over_ours),
    page.longest_slice_ms,
    page.long_tasks_added,
    page.rescan_ratio,
    `${page.hover_p50_ms} / ${page.hover_p95_ms}`,
    `${page.hover_default_p50_ms} / ${page.hover_default_p95_ms}`,
    page.heap_added_mb,
    `${page.ours_matches} / ${page.advmark_matches} / ${show(page.markjs_matches)}`,
  ]);
  return markdownTable(rows, lines);
}

/** The real-size pages as a Markdown table. */
export function realSizeTable(pages: readonly RealSizeResult[]): string {
  const rows = [
    ['page', 'chars', 'matches', 'ours CPU ms', 'advmark call ms', 'ours ÷ advmark'],
    ['ours scan ms', 'floor ms', 'scan − floor ms'],
  ].flat();
  const lines = pages.map((page) => [
    page.name,
    page.chars,
    page.ours_matches,
    page.ours_cpu_ms,
    page.advmark_call_ms,
    page.cpu_over_advmark,
    page.ours_scan_ms,
    page.floor_ms,
    page.scan_minus_floor_ms,
  ]);
  return markdownTable(rows, lines);
}

/** Cost per million characters, page by page, as a Markdown table. */
export function growthTable(rows: readonly GrowthRow[]): string {
  return markdownTable(
    ['page', 'chars', 'ours total ms', 'ours ms / M chars', 'advmark ms', 'advmark ms / M chars'],
    rows.map((row) => [
      row.name,
      row.chars,
      row.ours_total_ms,
      row.ours_ms_per_mb,
      show(row.advmark_ms),
      show(row.advmark_ms_per_mb),
    ]),
  );
}

/** The bundle sizes as a Markdown table. */
export function bundlesTable(bundles: readonly BundleSize[]): string {
  return markdownTable(
    ['file', 'bytes', 'gzip bytes'],
    bundles.map((bundle) => [bundle.file, bundle.bytes, bundle.gzip_bytes]),
  );
}

/** The budget check as a Markdown list, one PASS or MISS per budget. */
export function budgetList(checks: readonly BudgetCheck[]): string {
  return checks
    .map((check) => `- ${check.pass ? 'PASS' : 'MISS'} ${check.budget}: ${check.figure}`)
    .join('\n');
}

/** Writes the results as stable, pretty-printed JSON. */
export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
