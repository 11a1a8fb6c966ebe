import type { TextPoint } from './run-positions';

// Chrome 128+ and Firefox take the shadow roots to look into; older Chrome
// only has the WebKit-era caretRangeFromPoint, which stops at shadow hosts.
type CaretFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

/**
 * The open shadow roots under a viewport point, outermost first. Found at each
 * look rather than kept in a list: a list would hold on to the roots of
 * components the page has long removed.
 */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let scope: Document | ShadowRoot = document; ;) {
    const root: ShadowRoot | null | undefined = scope.elementFromPoint(x, y)?.shadowRoot;
    if (!root || roots.includes(root)) return roots;
    roots.push(root);
    scope = root;
  }
}

/** The text position under a viewport point, inside open shadow roots too. */
export function textPointAt({ x, y }: { x: number; y: number }): TextPoint | null {
  const caretPosition = (document as { caretPositionFromPoint?: CaretFromPoint })
    .caretPositionFromPoint;
  if (caretPosition) {
    const position = caretPosition.call(document, x, y, { shadowRoots: shadowRootsAt(x, y) });
    return position?.offsetNode instanceof Text
      ? { node: position.offsetNode, offset: position.offset }
      : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range?.startContainer instanceof Text
    ? { node: range.startContainer, offset: range.startOffset }
    : null;
}

/**
 * The client rect of `range` under the point, if any. Caret lookup snaps to the
 * nearest character even when the pointer is past the end of a line, so the
 * range's own rects decide whether the pointer is really on the term.
 */
export function rectUnderPoint(range: Range, x: number, y: number): DOMRect | undefined {
  const slop = 1;
  return Array.from(range.getClientRects()).find(
    (r) => x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop,
  );
}
