import { describe, expect, it } from 'vitest';
import { abVerdict, summarizeAb, type AbSample } from '../../scripts/bench/ab-summary';

/** Loads of one page in one pass: the base's times, then this build's. */
const loads = (page: string, pass: number, base: number[], mine: number[]): AbSample[] => [
  ...base.map((ms) => ({ page, pass, side: 'base' as const, ms })),
  ...mine.map((ms) => ({ page, pass, side: 'this' as const, ms })),
];

describe('summarizeAb', () => {
  it('gives medians per page and pass, then over both passes, the combined row last', () => {
    const rows = summarizeAb([
      ...loads('real-30k', 2, [50, 70, 60], [40, 45, 80]),
      ...loads('real-10k', 1, [40, 20, 30], [25, 15, 20]),
      ...loads('real-30k', 1, [30, 40, 10], [20, 60, 30]),
    ]);
    expect(rows.map((row) => [row.page, row.pass])).toEqual([
      ['real-10k', 1],
      ['real-10k', 0],
      ['real-30k', 1],
      ['real-30k', 2],
      ['real-30k', 0],
    ]);
    expect(rows[0]).toEqual({
      page: 'real-10k',
      pass: 1,
      loads: 3,
      baseMs: 30,
      thisMs: 20,
      ratio: 20 / 30,
    });
    // Both passes of real-30k: base 10 30 40 50 60 70, this 20 30 40 45 60 80.
    expect(rows[4]).toMatchObject({ loads: 6, baseMs: 45, thisMs: 42.5 });
  });
});

describe('abVerdict', () => {
  it('tells a change only when both passes agree on its direction', () => {
    const rows = summarizeAb([
      ...loads('faster', 1, [40], [30]),
      ...loads('faster', 2, [41], [39]),
      ...loads('slower', 1, [30], [40]),
      ...loads('slower', 2, [30], [31]),
      ...loads('mixed', 1, [40], [30]),
      ...loads('mixed', 2, [30], [40]),
    ]);
    expect(abVerdict(rows, 'faster')).toBe('faster');
    expect(abVerdict(rows, 'slower')).toBe('slower');
    expect(abVerdict(rows, 'mixed')).toBe('unclear');
    expect(abVerdict(rows, 'absent')).toBe('unclear');
  });
});
