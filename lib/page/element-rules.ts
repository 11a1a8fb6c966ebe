/**
 * Which elements the scanner reads through (inline: text stitches across them),
 * and which it never reads (not prose a reader sees, or text they are typing).
 * Tag names rather than computed styles: a style lookup per element would cost
 * more than the whole match on a large page. `localName` is lower-case for HTML
 * and SVG alike, so no case folding is needed in the hot loop.
 */
// prettier-ignore
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'label', 'mark', 'nobr', 'q', 'rb', 'ruby', 's', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

// prettier-ignore
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'rt', 'rp', 'head', 'title',
]);

/** True when text flows through the element, so a term may span its edges. */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** True when the scanner must not read the element's text at all. */
export function isSkipped(element: Element, ownHost: Element | null): boolean {
  if (SKIPPED.has(element.localName) || element === ownHost) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
