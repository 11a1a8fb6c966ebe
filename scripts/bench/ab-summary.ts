import { median } from './summarize';

/** Which build a load ran: the base revision's, or the working tree's. */
export type AbSide = 'base' | 'this';

/** One load of a page in an A/B run: our main-thread time in ms. */
export interface AbSample {
  page: string;
  /** 1, then 2 with the builds swapped between the two browsers. */
  pass: number;
  side: AbSide;
  ms: number;
}

/** A page in one pass (or `pass` 0: both together), as the A/B table shows it. */
export interface AbRow {
  page: string;
  pass: number;
  loads: number;
  baseMs: number;
  thisMs: number;
  /** This build's median over the base's: below 1 is faster. */
  ratio: number;
}

/**
 * Medians per page and pass, then per page over both passes. A difference
 * counts only when both passes agree on its direction: on a shared machine a
 * single pass moves either way by several per cent.
 */
export function summarizeAb(samples: readonly AbSample[]): AbRow[] {
  const groups = new Map<string, { page: string; pass: number; samples: AbSample[] }>();
  for (const sample of samples) {
    for (const pass of [sample.pass, 0]) {
      const key = `${sample.page}\u0000${pass}`;
      const group = groups.get(key) ?? { page: sample.page, pass, samples: [] };
      group.samples.push(sample);
      groups.set(key, group);
    }
  }
  const rows = [...groups.values()].map(({ page, pass, samples: group }): AbRow => {
    const of = (side: AbSide) => group.filter((sample) => sample.side === side).map((s) => s.ms);
    const baseMs = median(of('base'));
    const thisMs = median(of('this'));
    return { page, pass, loads: of('this').length, baseMs, thisMs, ratio: thisMs / baseMs };
  });
  return rows.sort((a, b) => a.page.localeCompare(b.page) || passOrder(a) - passOrder(b));
}

/** Passes in order, the combined row last. */
const passOrder = (row: AbRow) => (row.pass === 0 ? Infinity : row.pass);

/** The verdict on one page: faster, slower, or not told apart (the passes disagree). */
export function abVerdict(rows: readonly AbRow[], page: string): 'faster' | 'slower' | 'unclear' {
  const passes = rows.filter((row) => row.page === page && row.pass !== 0);
  if (passes.length > 0 && passes.every((row) => row.ratio < 1)) return 'faster';
  if (passes.length > 0 && passes.every((row) => row.ratio > 1)) return 'slower';
  return 'unclear';
}
