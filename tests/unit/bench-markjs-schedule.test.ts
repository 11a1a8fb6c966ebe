import { describe, expect, it } from 'vitest';
import { markjsSchedule } from '../../scripts/bench/markjs-schedule';

const KB = 100_000;
const MB = 1_000_000;

describe('markjsSchedule', () => {
  it('runs every page until it has seen mark.js', () => {
    const schedule = markjsSchedule({ timeoutMs: 35_000, pageBudgetMs: 10_000 });
    expect(schedule.runs('news-100k', KB)).toBe(true);
    expect(schedule.runs('news-5m', 5 * MB)).toBe(true);
  });

  it('gives a page another run only while one more like its last fits its budget', () => {
    const schedule = markjsSchedule({ timeoutMs: 35_000, pageBudgetMs: 10_000 });
    schedule.record('news-100k', KB, 3_000);
    expect(schedule.runs('news-100k', KB)).toBe(true);
    schedule.record('news-100k', KB, 3_000);
    expect(schedule.runs('news-100k', KB)).toBe(true);
    schedule.record('news-100k', KB, 3_000);
    expect(schedule.runs('news-100k', KB)).toBe(false);
  });

  it('skips a page that the slowest rate so far would take past the stop', () => {
    const schedule = markjsSchedule({ timeoutMs: 35_000, pageBudgetMs: 40_000 });
    schedule.record('news-100k', KB, 3_000);
    // 30 ms per K: 1 M would take 30 s, 5 M 150 s.
    expect(schedule.runs('news-1m', MB)).toBe(true);
    expect(schedule.runs('news-5m', 5 * MB)).toBe(false);
  });

  it('keeps the slowest rate, not the latest', () => {
    const schedule = markjsSchedule({ timeoutMs: 35_000, pageBudgetMs: 40_000 });
    schedule.record('news-1m', MB, 34_500);
    schedule.record('news-100k', KB, 1_000);
    expect(schedule.runs('news-2m', 2 * MB)).toBe(false);
    expect(schedule.runs('news-900k', 900_000)).toBe(true);
  });

  it('counts a stopped run as the stop: no page of that size or larger runs again', () => {
    const schedule = markjsSchedule({ timeoutMs: 35_000, pageBudgetMs: 100_000 });
    schedule.record('news-1m', MB, 'stopped');
    expect(schedule.runs('news-1m', MB)).toBe(false);
    expect(schedule.runs('news-5m', 5 * MB)).toBe(false);
    expect(schedule.runs('news-100k', KB)).toBe(true);
  });
});
