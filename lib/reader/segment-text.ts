import { resolveLongestLeftmost } from '../match/resolve-longest-leftmost';

/** A piece of paragraph text: plain, or one occurrence of a term. */
export type Segment = { text: string; termIndex?: number };

/**
 * Cuts a paragraph into plain text and term occurrences, choosing the longest,
 * leftmost term where occurrences overlap (the same rule as on web pages).
 */
export function segmentText({
  text,
  occurrences,
}: {
  text: string;
  occurrences: readonly { start: number; end: number; termIndex: number }[];
}): Segment[] {
  const chosen = resolveLongestLeftmost({
    candidates: occurrences.map((o) => ({ start: o.start, end: o.end, value: o.termIndex })),
    isActive: () => true,
  });
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, value } of chosen) {
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), termIndex: value });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
