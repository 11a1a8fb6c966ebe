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
  // Written compact: this text ships in the script every page evaluates.
  return (
    `::highlight(${name}){background-color:rgb(245 158 11/.2);` +
    `text-decoration:underline dotted rgb(217 119 6/.95) 2px}` +
    `::highlight(${activeName}){background-color:rgb(245 158 11/.45);` +
    `text-decoration:underline solid rgb(180 83 9) 2px}`
  );
}

/** A highlight name a page cannot guess (pages can read the registry). */
function randomName(): string {
  return `il-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
}

/** The registered highlights and their stylesheet, made once per frame. */
export interface HighlightStyles {
  name: string;
  activeName: string;
  marks: Highlight;
  active: Highlight;
  sheet: CSSStyleSheet;
}

/**
 * Registers the highlights and inserts their stylesheet. Called at
 * document_start: a stylesheet added after the page has rendered makes the
 * browser recompute every element's style (hundreds of ms on a long page),
 * while one present from the start costs nothing extra.
 */
export function createHighlightStyles(doc: Document): HighlightStyles {
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
  return { name, activeName, marks, active, sheet };
}

/**
 * The page's highlighter, on styles made earlier (see `createHighlightStyles`).
 * `dispose` unregisters them and takes their stylesheet out of every root.
 */
export function createHighlighter(doc: Document, styles: HighlightStyles): Highlighter {
  const { name, activeName, marks, active, sheet } = styles;
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
    },
  };
}
