/**
 * Marks ranges with the CSS Custom Highlight API: no page DOM changes, so the
 * page's text, layout and scripts are untouched. Names are random per page load
 * because a page can read the highlight registry and its styles.
 */
export interface Highlighter {
  add(range: Range): void;
  delete(range: Range): void;
  /** Shows one range more strongly (the term whose card is open), or none. */
  setActive(range: Range | null): void;
  /** Makes the mark styles apply inside a shadow root too. */
  adoptInto(root: ShadowRoot): void;
  readonly size: number;
  dispose(): void;
}

// A light tint plus a dotted underline reads on light and dark pages alike:
// the amber stays visible on white and on near-black backgrounds.
function markStyles(name: string, activeName: string): string {
  return `
::highlight(${name}) {
  background-color: rgba(245, 158, 11, 0.2);
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: rgba(217, 119, 6, 0.95);
  text-decoration-thickness: 2px;
}
::highlight(${activeName}) {
  background-color: rgba(245, 158, 11, 0.45);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgba(180, 83, 9, 1);
  text-decoration-thickness: 2px;
}`;
}

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `il-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The registered highlights and their stylesheet, made once per frame. */
interface HighlightStyles {
  name: string;
  activeName: string;
  marks: Highlight;
  active: Highlight;
  sheet: CSSStyleSheet;
}

// Content scripts of one extension share their isolated world's globals: the
// document_start script leaves the styles here for the main script to use.
const SHARED_KEY = 'interviewLensHighlightStyles';

/**
 * Registers the highlights and inserts their stylesheet. Called at
 * document_start: a stylesheet added after the page has rendered makes the
 * browser recompute every element's style (hundreds of ms on a long page),
 * while one present from the start costs nothing extra.
 */
export function prepareHighlightStyles(doc: Document): HighlightStyles {
  const shared = globalThis as { [SHARED_KEY]?: HighlightStyles };
  const existing = shared[SHARED_KEY];
  if (existing) return existing;
  const name = randomName();
  const activeName = `${name}-a`;
  const marks = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(name, marks);
  CSS.highlights.set(activeName, active);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markStyles(name, activeName));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const styles = { name, activeName, marks, active, sheet };
  shared[SHARED_KEY] = styles;
  return styles;
}

/** The page's highlighter, on the styles prepared at document_start (or now, if that did not run). */
export function createHighlighter(doc: Document): Highlighter {
  const { name, activeName, marks, active, sheet } = prepareHighlightStyles(doc);
  const adopted: (Document | ShadowRoot)[] = [doc];
  const adopt = (root: Document | ShadowRoot): void => {
    if (adopted.includes(root)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.push(root);
  };

  return {
    add: (range) => void marks.add(range),
    delete: (range) => void marks.delete(range),
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    adoptInto: adopt,
    get size() {
      return marks.size;
    },
    dispose() {
      CSS.highlights.delete(name);
      CSS.highlights.delete(activeName);
      for (const root of adopted)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      (globalThis as { [SHARED_KEY]?: HighlightStyles })[SHARED_KEY] = undefined;
    },
  };
}
