/**
 * Which pages get a mark.js run. mark.js alone would take most of the time the
 * whole bench may use, so:
 * - a page gets another run only if one more like its last fits its budget;
 * - mark.js's time grows at least in proportion to the page, so a page it
 *   would take past its stop, at the slowest rate (ms per byte) it has shown on
 *   any page so far, is not run. A stop on the 5 M page cost 45 s a bench,
 *   restart included, for a figure that is no budget; mark.js once finished
 *   the 1 M page in 34.5 s, just inside its stop, which let it start there.
 */
export interface MarkjsSchedule {
  /** Whether a page of `bytes` bytes named `name` gets a mark.js run now. */
  runs(name: string, bytes: number): boolean;
  /** Takes a run's time, or `'stopped'` when it was stopped (it took at least the stop). */
  record(name: string, bytes: number, ms: number | 'stopped'): void;
}

export function markjsSchedule({
  timeoutMs,
  pageBudgetMs,
}: {
  timeoutMs: number;
  pageBudgetMs: number;
}): MarkjsSchedule {
  const spentMs = new Map<string, number>();
  const lastMs = new Map<string, number>();
  let msPerByte = 0;
  return {
    runs: (name, bytes) =>
      (spentMs.get(name) ?? 0) + (lastMs.get(name) ?? 0) <= pageBudgetMs &&
      msPerByte * bytes < timeoutMs,
    record(name, bytes, outcome) {
      const ms = outcome === 'stopped' ? timeoutMs : outcome;
      spentMs.set(name, (spentMs.get(name) ?? 0) + ms);
      lastMs.set(name, ms);
      msPerByte = Math.max(msPerByte, ms / bytes);
    },
  };
}
