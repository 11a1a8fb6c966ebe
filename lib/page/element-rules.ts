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
  'audio', 'head', 'title',
]);

// Ruby annotations (pinyin over 汉字) are not read, but the text they annotate
// runs on through them: <ruby>两<rt>liǎng</rt>个<rt>gè</rt></ruby> reads 两个.
const ANNOTATIONS = new Set(['rt', 'rp']);

/**
 * How the scanner treats an element: `skipped` (never read, and a boundary),
 * `annotation` (never read, but not a boundary), `inline` (text flows through
 * it, so a term may span its edges) or `block` (a boundary).
 * Positional arguments and one `localName` read: this runs once per element of
 * the page. `checkEditable` can be off when the document has no editable region,
 * which saves an attribute read per element.
 */
export function elementKind(
  element: Element,
  ownHost: Element | null,
  checkEditable: boolean,
): 'skipped' | 'annotation' | 'inline' | 'block' {
  const name = element.localName;
  if (SKIPPED.has(name) || element === ownHost) return 'skipped';
  if (ANNOTATIONS.has(name)) return 'annotation';
  if (checkEditable) {
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return 'skipped';
  }
  return INLINE.has(name) ? 'inline' : 'block';
}

/** Whether text runs through an element (a term may span its edges). */
export const isInline = (element: Element): boolean => INLINE.has(element.localName);

/**
 * Matches any element that is not inline. A block none of whose descendants
 * match is a leaf block: its whole text is one run, exactly its `textContent`
 * (no skipped element, no ruby annotation and no nested block inside it).
 */
export const NOT_INLINE = `:not(${[...INLINE].join()})`;

/** True when a subtree has an editable region the scanner must skip. */
export function hasEditableRegion(root: Element | ShadowRoot): boolean {
  return root.querySelector('[contenteditable]:not([contenteditable="false"])') !== null;
}
