import { describe, expect, it } from 'vitest';
import { mergeFrameReports, recordFrameReport, type FrameReports } from '../../lib/tab-terms';

const report = (timeOrigin: number, counts: Record<string, number>) => ({ timeOrigin, counts });

describe('recordFrameReport', () => {
  it('keeps an iframe that reported before its page', () => {
    let reports: FrameReports = {};
    reports = recordFrameReport({ reports, frameId: 5, terms: report(1010, { 'p:a': 1 }) });
    reports = recordFrameReport({ reports, frameId: 0, terms: report(1000, { 'p:a': 2 }) });
    expect(Object.keys(reports).sort()).toEqual(['0', '5']);
    expect(mergeFrameReports(reports).counts).toEqual({ 'p:a': 3 });
  });

  it('drops the frames of the previous page when a new page reports', () => {
    let reports: FrameReports = {};
    reports = recordFrameReport({ reports, frameId: 0, terms: report(1000, { 'p:a': 2 }) });
    reports = recordFrameReport({ reports, frameId: 5, terms: report(1010, { 'p:b': 1 }) });
    reports = recordFrameReport({ reports, frameId: 0, terms: report(2000, { 'p:c': 1 }) });
    expect(mergeFrameReports(reports).counts).toEqual({ 'p:c': 1 });
  });

  it('ignores a leaving page’s last report when it arrives after the next page’s', () => {
    let reports: FrameReports = {};
    reports = recordFrameReport({ reports, frameId: 0, terms: report(2000, { 'p:new': 2 }) });
    reports = recordFrameReport({ reports, frameId: 3, terms: report(2100, { 'p:frame': 1 }) });
    // The old top page's pagehide report, and an old iframe document's.
    reports = recordFrameReport({ reports, frameId: 0, terms: report(1000, {}) });
    reports = recordFrameReport({ reports, frameId: 3, terms: report(2050, {}) });
    expect(mergeFrameReports(reports).counts).toEqual({ 'p:new': 2, 'p:frame': 1 });
    // The frame's own document leaving empties it.
    reports = recordFrameReport({ reports, frameId: 3, terms: report(2100, {}) });
    expect(mergeFrameReports(reports).counts).toEqual({ 'p:new': 2 });
  });

  it('ignores a late report from a frame of a page that is gone', () => {
    let reports: FrameReports = {};
    reports = recordFrameReport({ reports, frameId: 0, terms: report(2000, { 'p:c': 1 }) });
    reports = recordFrameReport({ reports, frameId: 7, terms: report(1500, { 'p:old': 4 }) });
    expect(mergeFrameReports(reports).counts).toEqual({ 'p:c': 1 });
  });
});

describe('mergeFrameReports', () => {
  it('sums counts and lists, per term, the frames that have it in frame order', () => {
    const merged = mergeFrameReports({
      9: report(3, { 'p:a': 1 }),
      0: report(1, { 'p:a': 2, 'p:b': 1 }),
      4: report(2, { 'p:a': 0, 'p:b': 3 }),
    });
    expect(merged.counts).toEqual({ 'p:a': 3, 'p:b': 4 });
    expect(merged.framesWithTerm).toEqual({ 'p:a': [0, 9], 'p:b': [0, 4] });
    expect(merged.frames.map((f) => f.frameId)).toEqual([0, 4, 9]);
  });
});
