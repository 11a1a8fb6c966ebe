import { describe, expect, it } from 'vitest';
import {
  INTERACTION_QUIET_MS,
  INTERACTIVE_SLICE_BUDGET_MS,
  SLICE_BUDGET_MS,
  sliceBudgetMs,
  STARTING_MS,
} from '../../lib/page/slice-budget';

describe('sliceBudgetMs', () => {
  const settled = { sinceInteraction: Infinity, sinceStart: STARTING_MS };

  it('gives long slices once the scan is under way, while the reader has not interacted lately', () => {
    expect(sliceBudgetMs(settled)).toBe(SLICE_BUDGET_MS);
    expect(sliceBudgetMs({ ...settled, sinceInteraction: INTERACTION_QUIET_MS })).toBe(
      SLICE_BUDGET_MS,
    );
  });

  it('gives short slices right after an interaction', () => {
    expect(sliceBudgetMs({ ...settled, sinceInteraction: 0 })).toBe(INTERACTIVE_SLICE_BUDGET_MS);
    expect(sliceBudgetMs({ ...settled, sinceInteraction: INTERACTION_QUIET_MS - 1 })).toBe(
      INTERACTIVE_SLICE_BUDGET_MS,
    );
  });

  it('gives short slices as the scan starts, so the first marks come sooner', () => {
    expect(sliceBudgetMs({ ...settled, sinceStart: 0 })).toBe(INTERACTIVE_SLICE_BUDGET_MS);
    expect(sliceBudgetMs({ ...settled, sinceStart: STARTING_MS - 1 })).toBe(
      INTERACTIVE_SLICE_BUDGET_MS,
    );
  });

  it('keeps short slices shorter, and both within a frame', () => {
    expect(INTERACTIVE_SLICE_BUDGET_MS).toBeLessThan(SLICE_BUDGET_MS);
    expect(SLICE_BUDGET_MS).toBeLessThanOrEqual(16);
  });
});
