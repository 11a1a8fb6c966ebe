import { useEffect } from 'preact/hooks';
import type { QaEntry } from '../../lib/pack/types';

/** The highlight that marks what the filter matched (styled in reader.css). */
const FILTER_HIGHLIGHT = 'reader-filter';

/** Whether the filter keeps any part of an entry (all of them when not filtering). */
export function entryShows(
  entry: QaEntry,
  visibleParagraphs: ReadonlyMap<string, string> | undefined,
): boolean {
  return (
    !visibleParagraphs ||
    visibleParagraphs.has(entry.id) ||
    entry.paragraphs.some((p) => visibleParagraphs.has(p.id))
  );
}

/**
 * Marks, in each paragraph the filter keeps, every place of the text it
 * matched there. The Highlight API draws the marks, so the paragraphs' own
 * markup (term buttons, anchors) stays as it is.
 */
export function useFilterMarks(visibleParagraphs: ReadonlyMap<string, string> | undefined): void {
  useEffect(() => {
    if (!visibleParagraphs || typeof Highlight === 'undefined') return;
    const highlight = new Highlight();
    for (const [paragraphId, matched] of visibleParagraphs) {
      const element = document.getElementById(paragraphId);
      if (element && matched) for (const range of rangesOf(element, matched)) highlight.add(range);
    }
    CSS.highlights.set(FILTER_HIGHLIGHT, highlight);
    return () => void CSS.highlights.delete(FILTER_HIGHLIGHT);
  }, [visibleParagraphs]);
}

/** Every range of `element`'s text that reads `text`, across the nodes it spans. */
function rangesOf(element: Element, text: string): Range[] {
  const nodes: { node: Text; start: number }[] = [];
  let whole = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    // The paragraph's anchor (¶2) and screen-reader notes are not its text.
    if (textNode.parentElement?.closest('.anchor, .visually-hidden')) continue;
    nodes.push({ node: textNode, start: whole.length });
    whole += textNode.data;
  }
  const at = (offset: number, end: boolean) => {
    const found = nodes.findLast(({ start, node }) =>
      end ? start < offset && offset <= start + node.length : start <= offset,
    )!;
    return [found.node, offset - found.start] as const;
  };
  const ranges: Range[] = [];
  for (
    let index = whole.indexOf(text);
    index !== -1;
    index = whole.indexOf(text, index + text.length)
  ) {
    const range = document.createRange();
    range.setStart(...at(index, false));
    range.setEnd(...at(index + text.length, true));
    ranges.push(range);
  }
  return ranges;
}
