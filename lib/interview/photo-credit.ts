/**
 * Photo credits ("宁波港 毛永淮 摄", "新华社记者 张三 摄影", "图/李四") are captions,
 * not prose: short, free of sentence punctuation, and shaped like a credit.
 */
const SENTENCE_PUNCTUATION = /[，。、；：？！,.;:?!“”"]/;
const CREDIT_SUFFIX = /\s(摄|摄影|攝|攝影|供图|供圖)$/;
const CREDIT_PREFIX = /^(图|圖|图片|圖片)\s*[/／:：]\s*\S/;
const MAX_CREDIT_LENGTH = 40;

/** True when a source line is a photo credit rather than part of the text. */
export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_CREDIT_LENGTH) return false;
  if (CREDIT_PREFIX.test(text)) return true;
  return !SENTENCE_PUNCTUATION.test(text) && CREDIT_SUFFIX.test(text);
}
