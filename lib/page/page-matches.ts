import type { Candidate } from '../match/automaton';
import { resolveLongestLeftmost } from '../match/resolve-longest-leftmost';
import type { Highlighter } from './highlighter';
import { offsetInRun, rangeInRun, type TextPoint } from './run-positions';
import type { TextRun } from './text-walk';
import { isRendered } from './visibility';

/** Longest a slice of mark creation may run before yielding. */
const MARK_SLICE_MS = 8;

/** A term found on the page, in run offsets; its range is made when it is first needed. */
export interface PageMatch {
  run: RunState;
  value: number;
  start: number;
  end: number;
  /**
   * Whether the text is rendered; null until first needed. Deciding it while
   * scanning would force a style recalculation of the whole page inside our
   * slice (the mark stylesheet has just been added); by the time a match is
   * marked, counted or hovered, the browser has rendered and it is cheap.
   */
  visible: boolean | null;
  range: Range | null;
}

/** A scanned run and the matches chosen in it under the current gate. */
export interface RunState extends TextRun {
  matches: PageMatch[];
}

/** The element whose visibility and viewport position stand for a match. */
function anchorOf(run: RunState, match: { start: number }): Element | null {
  const i = run.starts.findLastIndex((start) => start <= match.start);
  return run.nodes[Math.max(0, i)]?.parentElement ?? null;
}

/** Decides (once, until the page changes) whether a match's text is rendered. */
function isMatchVisible(match: PageMatch, cache: Map<Element, boolean>): boolean {
  if (match.visible !== null) return match.visible;
  const anchor = anchorOf(match.run, match);
  let visible = anchor ? cache.get(anchor) : false;
  if (visible === undefined && anchor) {
    visible = isRendered(anchor);
    cache.set(anchor, visible);
  }
  match.visible = visible ?? false;
  return match.visible;
}

/** Creates (once) and returns the match's DOM range. */
export function rangeOf(match: PageMatch): Range {
  match.range ??= rangeInRun(match.run, match.start, match.end);
  return match.range;
}

/**
 * Every run with candidates on the page, the matches chosen in it, and the
 * lookups hover and navigation need. Ranges are only created for matches that
 * come near the viewport (IntersectionObserver), because creating and painting
 * thousands of highlights at once is what makes marking slow.
 */
export function createPageMatches({
  highlighter,
  isActive,
  onMarked,
}: {
  highlighter: Highlighter;
  isActive: () => (value: number) => boolean;
  /** After each slice of mark creation, with how long it took and whether the queue is empty. */
  onMarked?: (sliceMs: number, drained: boolean) => void;
}) {
  const runs = new Set<RunState>();
  /** Runs added since `takeNewCandidates` was last called. */
  let added: RunState[] = [];
  const runOfText = new WeakMap<Text, RunState>();
  const runsOfAnchor = new Map<Element, Set<RunState>>();

  const markRun = (run: RunState, cache: Map<Element, boolean>): void => {
    for (const match of run.matches)
      if (isMatchVisible(match, cache)) highlighter.add(rangeOf(match));
  };
  /** Visible matches of all runs, deciding visibility where it is not known yet. */
  const eachVisible = function* (): Iterable<PageMatch> {
    const cache = new Map<Element, boolean>();
    for (const run of runs) for (const m of run.matches) if (isMatchVisible(m, cache)) yield m;
  };

  // Blocks that came near the viewport, marked in slices so that a page with
  // thousands of terms on screen never holds the main thread for long.
  const toMark: Element[] = [];
  const markSlice = (): void => {
    const start = performance.now();
    const cache = new Map<Element, boolean>();
    while (toMark.length > 0 && performance.now() - start < MARK_SLICE_MS) {
      const anchor = toMark.shift()!;
      const anchored = runsOfAnchor.get(anchor);
      runsOfAnchor.delete(anchor);
      if (anchored) for (const run of anchored) markRun(run, cache);
    }
    onMarked?.(performance.now() - start, toMark.length === 0);
    if (toMark.length > 0) setTimeout(markSlice, 0);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const idle = toMark.length === 0;
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        toMark.push(entry.target);
        observer.unobserve(entry.target);
      }
      if (idle && toMark.length > 0) markSlice();
    },
    // Mark a screen ahead so scrolling never shows unmarked terms.
    { rootMargin: '100% 0px' },
  );

  const watchRun = (run: RunState): void => {
    const host = run.block instanceof ShadowRoot ? run.block.host : run.block;
    let anchored = runsOfAnchor.get(host);
    if (!anchored) {
      anchored = new Set();
      runsOfAnchor.set(host, anchored);
      observer.observe(host);
    }
    anchored.add(run);
  };

  const unmarkRun = (run: RunState): void => {
    for (const match of run.matches) if (match.range) highlighter.delete(match.range);
  };

  const resolveRun = (run: RunState, gate: (value: number) => boolean): void => {
    unmarkRun(run);
    run.matches = resolveLongestLeftmost({ candidates: run.candidates, isActive: gate }).map(
      ({ start, end, value }) => ({ run, value, start, end, visible: null, range: null }),
    );
    // Content that is not rendered never intersects, so it waits here until it is.
    if (run.matches.length > 0) watchRun(run);
  };

  const drop = (run: RunState): void => {
    unmarkRun(run);
    runs.delete(run);
    for (const node of run.nodes) if (runOfText.get(node) === run) runOfText.delete(node);
  };

  return {
    /** Adds a freshly scanned run and resolves its matches. */
    add(textRun: TextRun): RunState {
      const run: RunState = { ...textRun, matches: [] };
      runs.add(run);
      added.push(run);
      for (const node of run.nodes) runOfText.set(node, run);
      resolveRun(run, isActive());
      return run;
    },
    /** Forgets the run a text node belonged to (the node changed or left the page). */
    dropText(node: Text): void {
      const run = runOfText.get(node);
      if (run) drop(run);
    },
    /** Re-decides every run's matches, after the gate changed (settings or page topic). */
    resolveAll(): void {
      const gate = isActive();
      for (const run of runs) resolveRun(run, gate);
    },
    /**
     * After the page changed classes or attributes, hidden text may show: its
     * runs are watched again, and marked as they come into view. (Text that
     * became hidden keeps its marks, which a browser does not paint anyway.)
     */
    recheckHidden(): void {
      for (const run of runs) {
        let hidden = false;
        for (const match of run.matches) {
          if (match.visible !== false) continue;
          hidden = true;
          match.visible = null;
        }
        if (hidden) watchRun(run);
      }
    },
    /** Every candidate on the page now, for deciding what the page is about. */
    *candidates(): Iterable<Candidate> {
      added = [];
      for (const run of runs) yield* run.candidates;
    },
    /** Candidates of the runs added since the last call (cheap to check after each batch). */
    *takeNewCandidates(): Iterable<Candidate> {
      const fresh = added;
      added = [];
      for (const run of fresh) if (runs.has(run)) yield* run.candidates;
    },
    /** The visible match at a DOM point, if any. */
    matchAt(point: TextPoint): PageMatch | undefined {
      const run = runOfText.get(point.node);
      if (!run) return undefined;
      const offset = offsetInRun(run, point);
      const cache = new Map<Element, boolean>();
      return run.matches.find(
        (m) => m.start <= offset && offset <= m.end && isMatchVisible(m, cache),
      );
    },
    /** How many visible matches each value (term) has, without ordering them. */
    countVisible(): Map<number, number> {
      const counts = new Map<number, number>();
      for (const m of eachVisible()) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
      return counts;
    },
    /** Visible matches in document order. */
    visibleMatches(): PageMatch[] {
      const all = [...eachVisible()];
      return all.sort((a, b) => {
        if (a.run === b.run) return a.start - b.start;
        const an = a.run.nodes[0]!;
        const bn = b.run.nodes[0]!;
        return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
    },
    dispose(): void {
      observer.disconnect();
      toMark.length = 0;
      for (const run of runs) unmarkRun(run);
      runs.clear();
      added = [];
      runsOfAnchor.clear();
    },
  };
}

export type PageMatches = ReturnType<typeof createPageMatches>;
