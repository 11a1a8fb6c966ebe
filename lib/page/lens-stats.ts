import type { PageScannerStats } from './page-scanner';

/** What the content script measured of its own work, for the benchmark (times in ms). */
export interface LensStats {
  url: string;
  /** Scan and match of the first full pass, main-thread time, before marking. */
  scanMs: number;
  /** From the script's start until the first marks were painted. */
  firstMarksMs: number;
  /** From the script's start until the first scan was done and its up-front marks painted. */
  totalMs: number;
  /** Longest slice of our work (scanning or marking). */
  longestSliceMs: number;
  /** Characters scanned by the first pass, and in all (first pass plus rescans). */
  initialChars: number;
  scannedChars: number;
  marks: number;
  /** Time from a hover's delay ending to the card being laid out, per hover. */
  hoverMs: number[];
}

const afterPaint = (callback: () => void) =>
  requestAnimationFrame(() => requestAnimationFrame(callback));

/**
 * Records the content script's own timings. A page's long-task entries cannot
 * name their script, so the script times its own slices instead.
 */
export function createLensStats({
  startedAt,
  scanner,
  markCount,
}: {
  startedAt: number;
  scanner: PageScannerStats;
  markCount: () => number;
}) {
  let firstMarksAt = 0;
  let lastMarksAt = 0;
  let scanPaintedAt = 0;
  let longestMarkSliceMs = 0;
  const hoverMs: number[] = [];
  return {
    /** After each slice of mark creation; `drained` when nothing is left to mark. */
    onMarkSlice(sliceMs: number, drained: boolean): void {
      longestMarkSliceMs = Math.max(longestMarkSliceMs, sliceMs);
      if (!firstMarksAt) afterPaint(() => (firstMarksAt ||= performance.now()));
      // Up-front marking is what lands while the first scan runs or right after it.
      if (drained && (!scanPaintedAt || !lastMarksAt))
        afterPaint(() => (lastMarksAt = performance.now()));
    },
    /** After each scan batch, to note when the first full pass was done and painted. */
    onScanBatch(): void {
      if (scanner.initialScanDoneAt && !scanPaintedAt)
        afterPaint(() => (scanPaintedAt ||= performance.now()));
    },
    recordHover(ms: number): void {
      hoverMs.push(ms);
    },
    snapshot(): LensStats {
      return {
        url: location.href,
        scanMs: scanner.initialScanMs,
        firstMarksMs: firstMarksAt ? firstMarksAt - startedAt : 0,
        totalMs: scanPaintedAt ? Math.max(scanPaintedAt, lastMarksAt) - startedAt : 0,
        longestSliceMs: Math.max(scanner.longestSliceMs, longestMarkSliceMs),
        initialChars: scanner.initialChars,
        scannedChars: scanner.scannedChars,
        marks: markCount(),
        hoverMs: [...hoverMs],
      };
    },
  };
}
