import type { PageScannerStats } from './page-scanner';

/** What the content script measured of its own work, for the benchmark (times in ms). */
export interface LensStats {
  url: string;
  /** The first full scan (reading and finding candidates), main-thread time, before marking. */
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

const NUMBER_FIELDS = [
  'scanMs',
  'firstMarksMs',
  'totalMs',
  'longestSliceMs',
  'initialChars',
  'scannedChars',
  'marks',
] as const;

/** Whether a value read back from a content script has the shape of its stats. */
export function isLensStats(value: unknown): value is LensStats {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Record<string, unknown> = { ...value };
  return (
    typeof fields.url === 'string' &&
    NUMBER_FIELDS.every((field) => typeof fields[field] === 'number') &&
    Array.isArray(fields.hoverMs) &&
    fields.hoverMs.every((ms) => typeof ms === 'number')
  );
}

const afterPaint = (callback: () => void) =>
  requestAnimationFrame(() => requestAnimationFrame(callback));

/**
 * Records the content script's own timings. A page's long-task entries cannot
 * name their script, so the script times its own slices instead.
 */
export function createLensStats({
  startedAt,
  markCount,
}: {
  startedAt: number;
  markCount: () => number;
}) {
  /** The page scan's own figures, once it exists (it is made after marking is wired). */
  let scanner: PageScannerStats | undefined;
  let firstMarksAt = 0;
  let lastMarksAt = 0;
  let scanPaintedAt = 0;
  let longestMarkSliceMs = 0;
  const hoverMs: number[] = [];
  return {
    observeScan(stats: PageScannerStats): void {
      scanner = stats;
    },
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
      if (scanner?.initialScanDoneAt && !scanPaintedAt)
        afterPaint(() => (scanPaintedAt ||= performance.now()));
    },
    recordHover(ms: number): void {
      hoverMs.push(ms);
    },
    snapshot(): LensStats {
      return {
        url: location.href,
        scanMs: scanner?.initialScanMs ?? 0,
        firstMarksMs: firstMarksAt ? firstMarksAt - startedAt : 0,
        totalMs: scanPaintedAt ? Math.max(scanPaintedAt, lastMarksAt) - startedAt : 0,
        longestSliceMs: Math.max(scanner?.longestSliceMs ?? 0, longestMarkSliceMs),
        initialChars: scanner?.initialChars ?? 0,
        scannedChars: scanner?.scannedChars ?? 0,
        marks: markCount(),
        hoverMs: [...hoverMs],
      };
    },
  };
}
