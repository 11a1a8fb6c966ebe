import { HAN } from '../text/han';

/**
 * True when the document has Han characters in its title or text. The text is
 * read in one native call and searched by the regex engine: walking the text
 * nodes from script instead costs a binding call and a wrapper per node, several
 * times more on a page without Chinese, which is where this runs to the end.
 */
export function hasHanText(doc: Document): boolean {
  if (HAN.test(doc.title)) return true;
  const text = (doc.body ?? doc.documentElement)?.textContent ?? '';
  // Han lies outside Latin-1: text without a wider character (most pages in a
  // Latin script) is ruled out by a test several times cheaper than HAN's.
  return BEYOND_LATIN1.test(text) && HAN.test(text);
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
