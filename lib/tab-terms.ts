import { isRecord } from './protocol/protocol';

/** What one frame reports of the terms it marks: counts by term key. */
export interface PageTerms {
  url: string;
  /** When the frame's document started (performance.timeOrigin), to tell pages apart. */
  timeOrigin: number;
  counts: Record<string, number>;
}

export function isPageTerms(value: unknown): value is PageTerms {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.timeOrigin === 'number' &&
    isRecord(value.counts) &&
    Object.values(value.counts).every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** Where the background keeps a tab's frame reports in session storage. */
export const tabTermsStorageKey = (tabId: number): string => `tabTerms:${tabId}`;

/** What one tab's frames report of the terms they mark, merged for the popup. */
export interface TabTerms {
  /** Frames that reported, each with the URL it reported from. */
  frames: { frameId: number; url: string }[];
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
 * rather than arrival order matters, because an iframe may report first.
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
    frames: frameIds.map((frameId) => ({ frameId, url: reports[frameId]?.url ?? '' })),
    counts,
    framesWithTerm,
  };
}
