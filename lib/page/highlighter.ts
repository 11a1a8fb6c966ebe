import { randomName } from './random-name';
import {
  DRAWN_SUFFIXES,
  lookSuffix,
  markLooksCss,
  type MarkLook,
  type MarkRulesOn,
} from './mark-looks';

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
  /** Draws every mark in another look, by moving the ranges to that look's highlight. */
  setLook(look: MarkLook): void;
  /** Makes the mark styles apply inside a shadow root too. */
  adoptInto(root: ShadowRoot): void;
  readonly size: number;
  dispose(): void;
}

/** The highlights of every look and their stylesheet, made once per frame. */
export interface HighlightStyles {
  /** The highlight of each drawn look, by its suffix (see `lookSuffix`). */
  looks: Map<string, Highlight>;
  active: Highlight;
  /** Each highlight under its registry name. */
  named: [string, Highlight][];
  sheet: CSSStyleSheet;
  /** Set once the first mark registered the highlights (a page can list the registry). */
  registered: boolean;
  /** Set once a highlighter on them is disposed: they are gone from the page. */
  disposed: boolean;
}

/**
 * Makes a highlight for every look and inserts their stylesheet. Called at
 * document_start, before settings can be read: a stylesheet added after the
 * page has rendered makes the browser recompute every element's style
 * (hundreds of ms on a long page), while one present from the start costs
 * nothing extra. Changing the look later moves ranges, never styles. The
 * highlights join the page's registry only with the first mark.
 */
export function createHighlightStyles(doc: Document, rulesOn: MarkRulesOn): HighlightStyles {
  const name = randomName();
  const looks = new Map<string, Highlight>();
  const named: [string, Highlight][] = [];
  const make = (suffix: string) => {
    const highlight = new Highlight();
    named.push([`${name}-${suffix}`, highlight]);
    return highlight;
  };
  for (const suffix of DRAWN_SUFFIXES) looks.set(suffix, make(suffix));
  const active = make('active');
  active.priority = 1;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markLooksCss(name, rulesOn));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return { looks, active, named, sheet, registered: false, disposed: false };
}

/**
 * The page's highlighter, on styles made earlier (see `createHighlightStyles`).
 * It keeps its ranges itself, so a look that draws nothing still has them.
 * `dispose` unregisters the highlights and takes their stylesheet out of every root.
 */
export function createHighlighter(
  doc: Document,
  styles: HighlightStyles,
  look: MarkLook,
): Highlighter {
  const { looks, active, named, sheet } = styles;
  const ranges = new Set<Range>();
  // A page without terms never sees the extension in its highlight registry.
  const register = () => {
    if (styles.registered) return;
    styles.registered = true;
    for (const [name, highlight] of named) CSS.highlights.set(name, highlight);
  };
  const drawnIn = (next: MarkLook) => {
    const suffix = lookSuffix(next);
    return suffix === null ? null : (looks.get(suffix) ?? null);
  };
  let drawn = drawnIn(look);
  const adopted: (Document | ShadowRoot)[] = [doc];
  const adopt = (root: Document | ShadowRoot): void => {
    if (adopted.includes(root)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.push(root);
  };

  return {
    add(range) {
      register();
      ranges.add(range);
      drawn?.add(range);
    },
    delete(range) {
      ranges.delete(range);
      drawn?.delete(range);
    },
    setActive(range) {
      active.clear();
      if (!range) return;
      register();
      active.add(range);
    },
    setLook(next) {
      const target = drawnIn(next);
      if (target === drawn) return;
      drawn?.clear();
      drawn = target;
      if (target) for (const range of ranges) target.add(range);
    },
    adoptInto: adopt,
    get size() {
      return ranges.size;
    },
    dispose() {
      styles.disposed = true;
      if (styles.registered) for (const [name] of named) CSS.highlights.delete(name);
      for (const root of adopted)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
