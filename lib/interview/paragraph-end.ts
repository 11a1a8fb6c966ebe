/**
 * Text extraction breaks paragraphs at page breaks, sometimes mid-word (…的目 / 标…)
 * or mid-sentence (…“天一甬宁保” / 等特色…). A real paragraph ends in sentence-final
 * punctuation, possibly followed by closing quotes or brackets; anything else is a
 * fragment that continues in the next block.
 */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
const FINAL = new Set(['。', '！', '？', '!', '?', '…', '：', ':', '；', ';', '.']);

/** True when `text` ends like a complete paragraph (。！？…：; optionally followed by closers). */
export function endsParagraph(text: string): boolean {
  // Walks back from the end only: a long paragraph joined from many fragments
  // is checked after each join, so the check must not copy it.
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && FINAL.has(text[i]!);
}

/** Joins a fragment and its continuation: no space between Chinese, one between Latin words. */
export function joinFragments(head: string, tail: string): string {
  const left = head.trimEnd();
  const right = tail.trimStart();
  const needsSpace = /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right);
  return needsSpace ? `${left} ${right}` : left + right;
}
