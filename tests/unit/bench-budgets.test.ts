import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets';
import { summarizePage, type RealSizeResult, type RunSample } from '../../scripts/bench/summarize';

const MARKJS_TIMEOUT_MS = 35_000;

/** One run on a page: ours took `totalMs`; mark.js finished, was stopped, or did not run. */
const sample = (totalMs: number, markjs: 'finished' | 'stopped' | 'not run'): RunSample => ({
  chars: 1_000_000,
  floorMs: 20,
  floorMatches: 100,
  scanMs: 50,
  firstMarksMs: 40,
  totalMs,
  longestSliceMs: 10,
  longTasksAdded: 0,
  rescanRatio: 1,
  heapAddedBytes: 2 ** 20,
  oursMatches: 100,
  advmarkMs: 1000,
  advmarkMatches: 100,
  markjsMs: markjs === 'finished' ? 30_000 : null,
  markjsMatches: markjs === 'finished' ? 110 : null,
  markjsStopped: markjs === 'stopped',
  hoverMs: [3],
  hoverDefaultMs: [3],
});

const page = (name: string, samples: RunSample[]) =>
  summarizePage({ name, samples, markjsTimeoutMs: MARKJS_TIMEOUT_MS, markjsPageBudgetMs: 30_000 });

const markjsBudget = (pages: ReturnType<typeof page>[]) =>
  checkBudgets({
    pages,
    realPages: [],
    growth: [],
    contentWorld: [],
    noHanMs: 0,
    markjsTimeoutMs: MARKJS_TIMEOUT_MS,
  }).find((check) => check.budget.startsWith('markjs_over_ours'))!;

describe('the bench’s mark.js budget', () => {
  it('bounds the ratio by the timeout on a stopped page, and says a page it skipped was not run', () => {
    const fiveMb = page('news-5m', [sample(300, 'not run'), sample(300, 'not run')]);
    const check = markjsBudget([
      page('news-1m', [sample(200, 'stopped'), sample(200, 'not run')]),
      fiveMb,
    ]);
    expect(check.pass).toBe(true);
    expect(check.figure).toBe('news-1m ≥ 175 (stopped), news-5m — (not run)');
    expect(fiveMb.notes.join(' ')).toContain('not run');
  });

  it('fails when mark.js never ran on the 1 MB page, rather than assume a timeout', () => {
    const check = markjsBudget([
      page('news-1m', [sample(200, 'not run')]),
      page('news-5m', [sample(300, 'not run')]),
    ]);
    expect(check.pass).toBe(false);
    expect(check.figure).toContain('news-1m — (not run)');
  });

  it('takes the ratio of finished runs', () => {
    const check = markjsBudget([
      page('news-1m', [sample(200, 'finished')]),
      page('news-5m', [sample(300, 'stopped')]),
    ]);
    expect(check.pass).toBe(true);
    expect(check.figure).toBe('news-1m 150, news-5m ≥ 117 (stopped)');
  });
});

describe('the bench’s other budgets', () => {
  const checks = (pages: ReturnType<typeof page>[], realPages: RealSizeResult[]) =>
    checkBudgets({
      pages,
      realPages,
      growth: [],
      contentWorld: [],
      noHanMs: 0,
      markjsTimeoutMs: MARKJS_TIMEOUT_MS,
    });
  const realPage = (name: string, scanMinusFloorMs: number): RealSizeResult => ({
    name,
    chars: 10_000,
    ours_cpu_ms: 10,
    ours_scan_ms: 5,
    floor_ms: 5 - scanMinusFloorMs,
    advmark_call_ms: 30,
    cpu_over_advmark: 0.33,
    scan_minus_floor_ms: scanMinusFloorMs,
    ours_matches: 3,
  });

  it('writes a scan quicker than its floor with a minus sign, and fails only on the page over budget', () => {
    const check = checks(
      [],
      [realPage('real-10k', -0.2), realPage('real-30k', 6.2), realPage('real-100k', 0)],
    ).find((each) => each.budget.startsWith('ours scan ≤ floor + 3 ms'))!;
    expect(check.figure).toBe('real-10k −0.2 ms, real-30k +6.2 ms, real-100k 0 ms');
    expect(check.pass).toBe(false);
  });

  it('counts fewer long tasks with the extension than without as none added', () => {
    const longTasks = (added: number) =>
      checks([page('news-5m', [{ ...sample(300, 'not run'), longTasksAdded: added }])], []).find(
        (each) => each.budget.startsWith('long_tasks_added'),
      )!.pass;
    expect(longTasks(-1)).toBe(true);
    expect(longTasks(0)).toBe(true);
    expect(longTasks(1)).toBe(false);
  });
});
