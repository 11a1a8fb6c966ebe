const QUOTED = /“([^“”]+)”|「([^「」]+)」/g;

/** Every phrase the text puts in Chinese quotes (“…” or 「…」), in order. */
export function findQuotedPhrases(text: string): string[] {
  return Array.from(text.matchAll(QUOTED), (m) => (m[1] ?? m[2] ?? '').trim()).filter(
    (phrase) => phrase !== '',
  );
}
