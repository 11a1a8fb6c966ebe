import { HAN } from '../text/han';

/**
 * True when the document has Han characters in its title or text. Walks text
 * nodes and stops at the first hit, so a Chinese page answers at once and a page
 * without Chinese costs one pass over its text nodes, with no string built.
 */
export function hasHanText(doc: Document): boolean {
  if (HAN.test(doc.title)) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HAN.test((node as Text).data)) return true;
  }
  return false;
}
