import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createLensContext } from '../../../content/lens-context';
import { emptyPageTerms } from '../../../content/page-terms';
import { createTermsReporter } from '../../../content/terms-reporter';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTermsReporter', () => {
  it('gets a report ready in idle slices, and sends it once it is ready', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const context = createLensContext();
    const slices: number[] = [];
    const prepare = vi.fn((shouldStop: () => boolean) => {
      const start = performance.now();
      // Work that never runs out within a slice, for the first two slices.
      while (slices.length < 2 && !shouldStop()) continue;
      slices.push(performance.now() - start);
      return slices.length > 2;
    });
    const pageTerms = vi.fn(() => ({ ...emptyPageTerms(), counts: { 'ningbo-2022:x': 2 } }));
    const reporter = createTermsReporter({ pageTerms, prepare, context });

    reporter.changed();
    reporter.changed();
    await expect.poll(() => sent.mock.calls.length, { timeout: 3000 }).toBe(1);
    expect(prepare).toHaveBeenCalledTimes(3);
    // Each slice stopped when told to, about 8 ms in.
    for (const ms of slices.slice(0, 2)) expect(ms).toBeGreaterThan(7);
    expect(pageTerms).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toMatchObject({
      type: 'reportPageTerms',
      terms: { counts: { 'ningbo-2022:x': 2 } },
    });
    context.invalidate();
  });
});
