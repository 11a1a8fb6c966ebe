/** Which records hold each two-unit gram: the prefilter that keeps fuse's bitap off hopeless records. */
export interface GramIndex {
  /** Record positions holding each gram, ascending, each record once per gram. */
  postings: Map<string, number[]>;
  size: number;
}

/** Indexes the bigrams of each text; record `i` is `texts[i]`. */
export function createGramIndex(texts: readonly string[]): GramIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, record) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const gram = text.slice(i, i + 2);
      const list = postings.get(gram);
      if (!list) postings.set(gram, [record]);
      else if (list[list.length - 1] !== record) list.push(record);
    }
  });
  return { postings, size: texts.length };
}

/**
 * For each record, how many of the pattern's bigram positions occur somewhere in
 * it (a bigram repeated in the pattern counts at each position).
 */
export function sharedGramCounts({
  grams,
  pattern,
}: {
  grams: GramIndex;
  pattern: string;
}): Uint16Array {
  const counts = new Uint16Array(grams.size);
  for (let i = 0; i + 1 < pattern.length; i++) {
    for (const record of grams.postings.get(pattern.slice(i, i + 2)) ?? []) counts[record]!++;
  }
  return counts;
}

/**
 * Records that may hold a substring within `maxErrors` edits of `pattern`. By the
 * q-gram lemma such a substring keeps at least (m − 1) − 2k of the pattern's m − 1
 * bigrams, since one edit breaks at most two; a record sharing fewer cannot match.
 */
export function gramCandidates({
  grams,
  pattern,
  maxErrors,
}: {
  grams: GramIndex;
  pattern: string;
  maxErrors: number;
}): number[] {
  const required = pattern.length - 1 - 2 * maxErrors;
  if (required <= 0) return Array.from({ length: grams.size }, (_, record) => record);
  const counts = sharedGramCounts({ grams, pattern });
  const candidates: number[] = [];
  counts.forEach((count, record) => {
    if (count >= required) candidates.push(record);
  });
  return candidates;
}
