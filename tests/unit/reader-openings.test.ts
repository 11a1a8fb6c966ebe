import { describe, expect, it } from 'vitest';
import {
  createReaderOpenings,
  READER_OPENING_INTERVAL_MS,
} from '../../lib/background/reader-openings';

describe('reader openings from a tab', () => {
  it('lets a tab open the reader once per interval, each tab on its own', () => {
    let now = 10_000;
    const openings = createReaderOpenings(() => now);
    expect(openings.allow(1)).toBe(true);
    expect(openings.allow(1)).toBe(false);
    expect(openings.allow(2)).toBe(true);
    now += READER_OPENING_INTERVAL_MS - 1;
    expect(openings.allow(1)).toBe(false);
    now += 1;
    expect(openings.allow(1)).toBe(true);
  });

  it('refuses a sender with no tab, and forgets a closed tab', () => {
    const now = 5_000;
    const openings = createReaderOpenings(() => now);
    expect(openings.allow(undefined)).toBe(false);
    expect(openings.allow(3)).toBe(true);
    openings.forget(3);
    expect(openings.allow(3)).toBe(true);
  });

  it('lets a hundred quick requests of one tab through once', () => {
    let now = 0;
    const openings = createReaderOpenings(() => now);
    let opened = 0;
    for (let i = 0; i < 100; i++, now += 5) if (openings.allow(7)) opened++;
    expect(opened).toBe(1);
  });
});
