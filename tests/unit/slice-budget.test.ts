import { describe, expect, it } from 'vitest';
import {
  INTERACTION_QUIET_MS,
  INTERACTIVE_SLICE_BUDGET_MS,
  SLICE_BUDGET_MS,
  sliceBudgetMs,
} from '../../lib/page/slice-budget';

describe('sliceBudgetMs', () => {
  it('gives long slices while the reader has not interacted, or not lately', () => {
    expect(sliceBudgetMs(Infinity)).toBe(SLICE_BUDGET_MS);
    expect(sliceBudgetMs(INTERACTION_QUIET_MS)).toBe(SLICE_BUDGET_MS);
  });

  it('gives short slices right after an interaction', () => {
    expect(sliceBudgetMs(0)).toBe(INTERACTIVE_SLICE_BUDGET_MS);
    expect(sliceBudgetMs(INTERACTION_QUIET_MS - 1)).toBe(INTERACTIVE_SLICE_BUDGET_MS);
  });

  it('keeps short slices shorter, and both within a frame', () => {
    expect(INTERACTIVE_SLICE_BUDGET_MS).toBeLessThan(SLICE_BUDGET_MS);
    expect(SLICE_BUDGET_MS).toBeLessThanOrEqual(16);
  });
});
