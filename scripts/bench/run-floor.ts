import type { Page } from 'playwright-core';
import { heapUsedBytes, longTaskCount } from './page-probes';

/** The page without the extension: its long tasks and heap, then the floor's cost. */
export interface Baseline {
  longTasks: number;
  heapBytes: number;
  floorMs: number;
  floorMatches: number;
  chars: number;
}

/** The floor of a page scan, and what it found. */
export type Floor = Pick<Baseline, 'floorMs' | 'floorMatches' | 'chars'>;

/**
 * On a settled tab without the extension: counts long tasks and the JS heap,
 * then times the floor (`measureFloor`).
 */
export async function measureBaseline({
  page,
  alternation,
}: {
  page: Page;
  alternation: string;
}): Promise<Baseline> {
  const longTasks = await longTaskCount(page);
  const heapBytes = await heapUsedBytes(page);
  return { longTasks, heapBytes, ...(await measureFloor({ page, alternation })) };
}

/**
 * Times the floor in the page's main world: read `document.body.textContent`
 * and run one RegExp alternation of all term forms over it with an `exec`
 * loop, marking nothing.
 */
export async function measureFloor({
  page,
  alternation,
}: {
  page: Page;
  alternation: string;
}): Promise<Floor> {
  const floor = await page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const start = performance.now();
    const text = document.body.textContent ?? '';
    let matches = 0;
    while (pattern.exec(text)) matches++;
    return { ms: performance.now() - start, matches, chars: text.length };
  }, alternation);
  return {
    floorMs: floor.ms,
    floorMatches: floor.matches,
    chars: floor.chars,
  };
}
