import { browser } from 'wxt/browser';
import { createHighlightStyles, type HighlightStyles } from '../lib/page/highlighter';
import type { CardPart } from './card-part';
import type { LensPart } from './lens-part';

/**
 * The content world is every script the extension runs in a page's isolated
 * world. WXT bundles each one as a self-contained IIFE, so they share no
 * modules at run time; what one hands another goes through the isolated
 * world's global object (which the page cannot see), and only through this
 * module. In load order:
 *
 * - `content-start.js` (manifest, document_start, every frame) registers the
 *   highlights and their stylesheet before the page first renders, answers
 *   messages, and once the page has Chinese text, loads the lens;
 * - `content-lens.js` (web-accessible) scans, matches, marks and hit-tests; at
 *   the first hover it loads the card;
 * - `content-card.js` (web-accessible) draws the card with Preact.
 *
 * The two later parts are loaded with `import()` of their extension URL, which
 * runs them in this same isolated world: no host permission is needed, unlike
 * `scripting.executeScript`. Each part calls `providePart` when it runs.
 */
interface ContentWorld {
  /** Set by the first start script in this frame: a second copy (injected by the popup) stays idle. */
  started?: boolean;
  highlightStyles?: HighlightStyles;
  parts: Partial<ContentParts>;
  loading: Partial<Record<keyof ContentParts, Promise<unknown>>>;
}

/** The parts loaded on demand, by name; the file of part `x` is `/content-x.js`. */
export interface ContentParts {
  lens: LensPart;
  card: CardPart;
}

const WORLD = Symbol.for('interview-lens');

/** This isolated world's shared state, made on first use. */
export function contentWorld(): ContentWorld {
  const global = globalThis as { [WORLD]?: ContentWorld };
  global[WORLD] ??= { parts: {}, loading: {} };
  return global[WORLD];
}

/** Called by a part's script when it runs. */
export function providePart<K extends keyof ContentParts>(name: K, part: ContentParts[K]): void {
  contentWorld().parts[name] = part;
}

/** Loads a part once, however many times it is asked for; throws the part's name if its script provides nothing. */
export async function loadPart<K extends keyof ContentParts>(name: K): Promise<ContentParts[K]> {
  const world = contentWorld();
  world.loading[name] ??= import(/* @vite-ignore */ browser.runtime.getURL(`/content-${name}.js`));
  await world.loading[name];
  const part = world.parts[name];
  if (!part) throw new Error(name);
  return part;
}

/**
 * The page's highlights and their stylesheet, made once per frame by
 * content-start.js (and again only after the lens that used them is gone).
 * The lens asks for them through the function start hands it, so the code
 * that makes them (every look's stylesheet) ships in content-start.js alone.
 */
export function ensureHighlightStyles(doc: Document): HighlightStyles {
  const world = contentWorld();
  if (!world.highlightStyles || world.highlightStyles.disposed)
    world.highlightStyles = createHighlightStyles(
      doc,
      import.meta.env.FIREFOX ? 'every element' : 'root',
    );
  return world.highlightStyles;
}
