import type { PageTerms } from '../lib/tab-terms';

/** This frame's report with no terms: before the lens starts, or on a page without Chinese. */
export function emptyPageTerms(): PageTerms {
  return { timeOrigin: performance.timeOrigin, counts: {} };
}
