import { isRecord } from './protocol/protocol';

/**
 * What one frame reports of the terms it marks: counts by term key. No URL:
 * what the background keeps of a tab must not say where the reader has been.
 */
export interface PageTerms {
  /** When the frame's document started (performance.timeOrigin), to tell pages apart. */
  timeOrigin: number;
  counts: Record<string, number>;
}

/** At most this many terms in one report: far above any pack set, far below a flood. */
const MAX_REPORTED_TERMS = 5_000;
/** A term key is `packId:termId`, each at most 200 characters. */
const MAX_KEY_LENGTH = 401;

export function isPageTerms(value: unknown): value is PageTerms {
  if (!isRecord(value) || typeof value.timeOrigin !== 'number' || !isRecord(value.counts))
    return false;
  const entries = Object.entries(value.counts);
  return (
    entries.length <= MAX_REPORTED_TERMS &&
    entries.every(
      ([key, n]) => key.length <= MAX_KEY_LENGTH && typeof n === 'number' && Number.isFinite(n),
    )
  );
}

/**
 * What a frame answers when an extension page asks (the popup, a test
 * driver): its terms and, for that asker only, its address. Never stored.
 */
export type FrameTerms = PageTerms & { url: string };

export function isFrameTerms(value: unknown): value is FrameTerms {
  return isPageTerms(value) && isRecord(value) && typeof value.url === 'string';
}

/** Where the background keeps a tab's frame reports in session storage. */
export const tabTermsStorageKey = (tabId: number): string => `tabTerms:${tabId}`;

/** What one tab's frames report of the terms they mark, merged for the popup. */
export interface TabTerms {
  /** Frames that reported. */
  frames: { frameId: number }[];
  /** Term key → occurrences across all frames. */
  counts: Record<string, number>;
  /** Term key → frames that have it, in frame order (for revealing occurrences in turn). */
  framesWithTerm: Record<string, number[]>;
}

/** Per-frame reports of a tab: frame id → terms. */
export type FrameReports = Record<number, PageTerms>;

/**
 * Records one frame's report. Frames of an older page are dropped: a document
 * starts (`timeOrigin`) after its parent, so a frame that started before the
 * current top-frame page belongs to a page that is gone. Comparing start times
 * rather than arrival order matters, because an iframe may report first, and a
 * document that is leaving (its `pagehide` report) may arrive after the one
 * that replaced it in the same frame: that late report changes nothing.
 */
export function recordFrameReport({
  reports,
  frameId,
  terms,
}: {
  reports: FrameReports;
  frameId: number;
  terms: PageTerms;
}): FrameReports {
  const previous = reports[frameId];
  if (previous && terms.timeOrigin < previous.timeOrigin) return reports;
  const top = frameId === 0 ? terms : reports[0];
  if (frameId !== 0 && top && terms.timeOrigin < top.timeOrigin) return reports;
  const next: FrameReports = {};
  for (const [id, report] of Object.entries(reports))
    if (!top || report.timeOrigin >= top.timeOrigin) next[Number(id)] = report;
  next[frameId] = terms;
  return next;
}

/** Merges a tab's frame reports into totals for the popup. */
export function mergeFrameReports(reports: FrameReports): TabTerms {
  const counts: Record<string, number> = {};
  const framesWithTerm: Record<string, number[]> = {};
  const frameIds = Object.keys(reports)
    .map(Number)
    .sort((a, b) => a - b);
  for (const frameId of frameIds) {
    for (const [key, count] of Object.entries(reports[frameId]?.counts ?? {})) {
      if (!(count > 0)) continue;
      counts[key] = (counts[key] ?? 0) + count;
      (framesWithTerm[key] ??= []).push(frameId);
    }
  }
  return {
    frames: frameIds.map((frameId) => ({ frameId })),
    counts,
    framesWithTerm,
  };
}
