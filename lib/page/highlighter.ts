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

/** Registers the highlights and inserts their stylesheet once, up front (see README: performance). */
export function createHighlighter(doc: Document): Highlighter {
  const name = randomName();
  const activeName = `${name}-a`;
  const marks = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(name, marks);
  CSS.highlights.set(activeName, active);

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markStyles(name, activeName));
  const adopted: (Document | ShadowRoot)[] = [];
  const adopt = (root: Document | ShadowRoot): void => {
    if (adopted.includes(root)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.push(root);
  };
  adopt(doc);

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
    },
  };
}
