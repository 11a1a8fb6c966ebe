/** Marks that end a sentence in Chinese prose (and their half-width forms). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);
/** Marks that end a thought; an excerpt cut at a semicolon still reads as clipped. */
const FULL_STOP = new Set(['。', '！', '？', '!', '?', '…']);

/** True when the text just before `index` finishes a thought (a full stop, maybe closed by quotes). */
function endsThought(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--;
  return FULL_STOP.has(text[i] ?? '');
}

/** A passage cut around a match, split so the match can be emphasised. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Whether text was cut away before or after. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    if (SENTENCE_END.has(text[i] ?? '')) {
      let start = i + 1;
      while (CLOSERS.has(text[start] ?? '')) start++;
      return start;
    }
  }
  return 0;
}

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (SENTENCE_END.has(text[i] ?? '')) {
      let end = i + 1;
      while (CLOSERS.has(text[end] ?? '')) end++;
      return end;
    }
  }
  return text.length;
}

/**
 * Cuts the sentence around `text[start, end)`, extended to neighbouring sentences
 * while the passage stays under `maxLength`, and clipped (with a flag) when a single
 * sentence is longer than that.
 */
export function excerptAround({
  text,
  start,
  end,
  maxLength = 160,
}: {
  text: string;
  start: number;
  end: number;
  maxLength?: number;
}): Excerpt {
  let from = sentenceStart(text, start);
  let to = sentenceEnd(text, Math.max(end, start + 1) - 1);
  // Grow by whole sentences while there is room, preferring the one that follows.
  for (;;) {
    const next = to < text.length ? sentenceEnd(text, to) : to;
    if (next > to && next - from <= maxLength) {
      to = next;
      continue;
    }
    // Step back over the closing quotes that end the previous sentence (…。”).
    let previousEnd = from;
    while (previousEnd > 0 && CLOSERS.has(text[previousEnd - 1] ?? '')) previousEnd--;
    const prev = previousEnd > 0 ? sentenceStart(text, previousEnd - 1) : from;
    if (prev < from && to - prev <= maxLength) {
      from = prev;
      continue;
    }
    break;
  }
  // A single over-long sentence is clipped around the match.
  if (to - from > maxLength) {
    const room = Math.max(0, maxLength - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, end + Math.ceil(room / 2));
  }
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    clippedStart: from > 0 && !endsThought(text, from),
    clippedEnd: to < text.length && !endsThought(text, to),
  };
}
