import type { Candidate, StreamMatcher } from '../match/automaton';
import { elementKind, hasEditableRegion, NOT_INLINE } from './element-rules';

/** Where a run's text lies on the page. */
export interface RunPlace {
  /** The nearest non-inline ancestor (or the shadow root) holding the run. */
  block: Element | ShadowRoot;
  /**
   * The run's text nodes, and the offset of each one's first unit within the
   * run. Null for a leaf block read whole, whose nodes are found when first
   * needed (lib/page/run-positions.ts): most runs are never marked or hit, and
   * keeping every node of every run held most of the lens's memory.
   */
  nodes: Text[] | null;
  starts: number[] | null;
  /** Length of the run's text when it was read, so a later change to it can be told. */
  length: number;
}

/** Text of one block that reads as one line of prose: inline text nodes stitched together. */
export interface TextRun extends RunPlace {
  candidates: Candidate[];
}

export interface TextWalkOptions {
  stream: StreamMatcher;
  ownHost: Element | null;
  /** Only for runs that `holdsTerm`. */
  onRun(run: TextRun): void;
  /**
   * Whether a run's candidates include a term. Other candidates (words that
   * only speak about a term beside them) make no run of their own: on a news
   * page most paragraphs hold one, and few hold a term.
   */
  holdsTerm(candidates: readonly Candidate[]): boolean;
  /**
   * Called for each text node walked, before its run is reported, so stale
   * state for it can be dropped. (A leaf block is read whole and its nodes are
   * not visited: its block stands for them, see `onLeaf`.)
   */
  onText?(node: Text): void;
  /** Called for each leaf block read whole, before its run (if any) is reported. */
  onLeaf?(block: Element): void;
  onShadowRoot?(root: ShadowRoot): void;
  /** When true, nested blocks are not entered: they keep their own runs. */
  ownRunsOnly?: boolean;
}

/** A walk that can pause and resume; see `createTextWalk`. */
export interface TextWalk {
  /** Walks until done (true) or until `shouldYield` asks it to pause (false). */
  step(shouldYield: () => boolean): boolean;
  /** Characters fed to the stream matcher so far (for the benchmark's rescan ratio). */
  readonly scannedChars: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NODES_BETWEEN_YIELD_CHECKS = 512;
/** A leaf block read whole counts as a node per this many characters, towards the next yield check. */
const CHARS_PER_NODE = 64;

/**
 * A resumable depth-first walk over `root`'s text that feeds the stream matcher and cuts
 * runs at block boundaries. `step` returns true when the walk is done, or false
 * when `shouldYield` asked it to pause; calling `step` again resumes.
 */
export function createTextWalk(root: Element | ShadowRoot, options: TextWalkOptions): TextWalk {
  const {
    stream,
    ownHost,
    onRun,
    holdsTerm,
    onText,
    onLeaf,
    onShadowRoot,
    ownRunsOnly = false,
  } = options;
  const blocks: (Element | ShadowRoot)[] = [root];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let candidates: Candidate[] = [];
  let length = 0;
  let scannedChars = 0;
  let next: Node | null = root.firstChild;
  // One native query instead of an attribute read on every element. Once per
  // walk, not per slice: on a page without editable regions the query has to
  // look at every element before it can say so.
  const checkEditable = hasEditableRegion(root);
  // A walk starts a run of its own, whatever the stream matcher read before.
  stream.reset();

  const flush = (): void => {
    if (candidates.length > 0 && holdsTerm(candidates)) {
      onRun({ block: blocks[blocks.length - 1] ?? root, nodes, starts, length, candidates });
      nodes = [];
      starts = [];
      candidates = [];
    } else if (nodes.length > 0 || candidates.length > 0) {
      nodes.length = 0;
      starts.length = 0;
      candidates.length = 0;
    }
    length = 0;
    stream.reset();
  };

  /** Moves past `node` without entering it, closing blocks on the way up. */
  const advance = (node: Node): Node | null => {
    let current: Node | null = node;
    while (current && current !== root) {
      if (current.nextSibling) return current.nextSibling;
      current = current.parentNode;
      if (current && current === blocks[blocks.length - 1] && current !== root) {
        flush();
        blocks.pop();
      }
    }
    return null;
  };

  /**
   * Reads a leaf block whole: one run, its `textContent`, reported (without
   * its nodes) when it has a candidate. Returns its weight in walked nodes.
   */
  const readLeaf = (block: Element): number => {
    onLeaf?.(block);
    const text = block.textContent ?? '';
    if (text.length === 0) return 1;
    const found: Candidate[] = [];
    stream.feed(text, 0, found);
    stream.reset();
    scannedChars += text.length;
    if (found.length > 0 && holdsTerm(found))
      onRun({ block, nodes: null, starts: null, length: text.length, candidates: found });
    return 1 + ((text.length / CHARS_PER_NODE) | 0);
  };

  const step = (shouldYield: () => boolean): boolean => {
    // The page may have removed or moved where we paused: start over. (Moved
    // out of the root, the next node would lead the walk outside it.)
    if (next && !root.contains(next) && root.isConnected) {
      // Runs already reported are replaced as their text nodes are met again (see `onText`).
      flush();
      blocks.length = 1;
      next = root.firstChild;
    }
    let count = 0;
    while (next) {
      if (count >= NODES_BETWEEN_YIELD_CHECKS) {
        count = 0;
        if (shouldYield()) return false;
      }
      count++;
      const node: Node = next;
      if (node.nodeType === TEXT_NODE) {
        const text = node as Text;
        const data = text.data;
        if (data.length > 0) {
          onText?.(text);
          nodes.push(text);
          starts.push(length);
          stream.feed(data, length, candidates);
          length += data.length;
          scannedChars += data.length;
        }
        next = advance(node);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) {
        next = advance(node);
        continue;
      }
      const element = node as Element;
      const kind = elementKind(element, ownHost, checkEditable);
      if (kind === 'annotation') {
        next = advance(node);
        continue;
      }
      if (kind === 'skipped') {
        // A skipped element still separates what is on either side of it.
        flush();
        next = advance(node);
        continue;
      }
      if (element.shadowRoot) onShadowRoot?.(element.shadowRoot);
      const inline = kind === 'inline';
      if (!inline) {
        flush();
        if (ownRunsOnly) {
          next = advance(node);
          continue;
        }
        // Most blocks are leaves: reading a leaf's text natively, and leaving
        // its nodes to be found if one of its matches is marked or hit, spares
        // a JS wrapper per node. (Editable regions and the lens's own host need
        // the node-by-node walk.)
        if (
          !checkEditable &&
          !(ownHost && element.contains(ownHost)) &&
          // A block without elements inside is a leaf: no selector match needed.
          (element.firstElementChild === null || element.querySelector(NOT_INLINE) === null)
        ) {
          count += readLeaf(element);
          next = advance(node);
          continue;
        }
      }
      if (element.firstChild) {
        if (!inline) blocks.push(element);
        next = element.firstChild;
      } else {
        next = advance(node);
      }
    }
    flush();
    return true;
  };

  return {
    step,
    get scannedChars() {
      return scannedChars;
    },
  };
}
