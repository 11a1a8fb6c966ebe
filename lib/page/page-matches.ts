import type { Candidate } from '../match/automaton';
import {
  packCandidates,
  unpackCandidates,
  type PackedCandidates,
} from '../match/packed-candidates';
import type { MatchSelector } from '../match/select-matches';
import type { Highlighter } from './highlighter';
import { isInline } from './element-rules';
import {
  elementAtOffset,
  isRunCurrent,
  offsetInRun,
  rangeInRun,
  runText,
  type TextPoint,
} from './run-positions';
import type { RunPlace, TextRun } from './text-walk';
import { isRendered } from './visibility';

/** Longest a slice of mark creation may run before yielding. */
const MARK_SLICE_MS = 8;
/** Blocks observed before the browser has told where their containers are (see `watchBlock`). */
const UNPLACED_BLOCKS_OBSERVED = 256;

/** A term found on the page, in run offsets; its range is made when it is first needed. */
export interface PageMatch {
  run: RunState;
  termIndex: number;
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

/**
 * A scanned run and the matches chosen in it by the current selector: null
 * until first needed (the run is marked, counted or hit). Choosing them for
 * every run as it is scanned cost a third of the scan on a long page, most of
 * whose runs are far from the viewport.
 */
export interface RunState extends RunPlace {
  candidates: PackedCandidates;
  matches: PageMatch[] | null;
  /** The page's change count (see `noteChange`) when the run was last found current. */
  checkedAt: number;
}

/**
 * Every run with candidates on the page, the matches chosen in it, and the
 * lookups hover and navigation need. Only runs whose text is still as it was
 * read are marked, counted or hit: a changed run waits for its rescan.
 */
export interface PageMatches {
  /** Adds a freshly scanned run; its matches are chosen when first needed. */
  add(run: TextRun): RunState;
  /** Forgets the run a text node belonged to (the node changed or left the page). */
  dropText(node: Text): void;
  /**
   * The page's text may have changed (a mutation): each run is checked again
   * before it is next used. Until then a run found current stays current, so a
   * report on a page that does not change reads no run's text again.
   */
  noteChange(): void;
  /** Forgets the run of a leaf block read whole (its text is about to be read again). */
  dropLeaf(block: Element): void;
  /** Whether a match's text is still on the page (its run has not been dropped). */
  isPresent(match: PageMatch): boolean;
  /** Drops every run, shadow roots' included (the whole document became editable). */
  dropAll(): void;
  /** Chooses again the matches of every run chosen so far, after the selector changed (settings or page topic). */
  resolveAll(): void;
  /**
   * After the page changed classes or attributes, hidden text may show: its
   * runs are watched again, and marked as they come into view. (Text that
   * became hidden keeps its marks, which a browser does not paint anyway.)
   */
  recheckHidden(): void;
  /** Every candidate on the page now, for deciding what the page is about. */
  candidates(): Iterable<Candidate>;
  /** Candidates of the runs added since the last call (cheap to check after each batch). */
  takeNewCandidates(): Iterable<Candidate>;
  /** The visible match at a DOM point, if any. */
  matchAt(point: TextPoint): PageMatch | undefined;
  /**
   * Chooses every run's matches and decides whether they are rendered, until
   * `shouldStop` says so; true once all are done. Counting after that chooses
   * nothing and reads no styles: a report on a long page, with thousands of
   * runs, can take its time in slices.
   */
  decideVisibility(shouldStop: () => boolean): boolean;
  /** How many visible matches each term index has, without ordering them. */
  countVisible(): Map<number, number>;
  /** Visible matches in the order a reader meets them, shadow roots at their hosts' place. */
  visibleMatches(): PageMatch[];
  /** Unmarks everything and stops watching the page. */
  dispose(): void;
}

/** The element whose visibility stands for a match's: the one holding its first character. */
const anchorOf = (run: RunState, match: { start: number }): Element | null =>
  elementAtOffset(run, match.start);

/** Where a run starts in the document: its first node, or a leaf's block. */
const firstNodeOf = (run: RunState): Node => run.nodes?.[0] ?? run.block;

/** The element the viewport observer watches for a run: its block, or the block's shadow host. */
function blockElementOf(run: RunState): Element {
  return run.block instanceof ShadowRoot ? run.block.host : run.block;
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

/** Creates (once) and returns the match's DOM range; null when its run's text changed. */
export function rangeOf(match: PageMatch): Range | null {
  match.range ??= rangeInRun(match.run, match.start, match.end);
  return match.range;
}

/** `node` and the shadow hosts it sits in, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    chain.push(root.host);
  }
  return chain;
}

/**
 * Orders two nodes as a reader meets them. `compareDocumentPosition` leaves the
 * order of nodes in different shadow trees up to the browser, so each is
 * compared at the first tree they share, through the hosts they sit in.
 */
function compareComposed(a: Node, b: Node): number {
  if (a.getRootNode() !== b.getRootNode()) {
    const chainB = hostChain(b);
    for (const x of hostChain(a)) {
      const y = chainB.find((node) => node.getRootNode() === x.getRootNode());
      if (y) return x === y ? 0 : compareComposed(x, y);
    }
  }
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Creates the page's matches. Ranges are only created for matches that come
 * near the viewport (IntersectionObserver), because creating and painting
 * thousands of highlights at once is what makes marking slow.
 */
export function createPageMatches({
  highlighter,
  selector,
  onMarked,
}: {
  highlighter: Highlighter;
  /** The current decision of what to mark (settings and page topic change it). */
  selector: () => MatchSelector;
  /** After each slice of mark creation, with how long it took and whether the queue is empty. */
  onMarked?: (sliceMs: number, drained: boolean) => void;
}): PageMatches {
  const runs = new Set<RunState>();
  /** Runs added since `takeNewCandidates` was last called. */
  let added: RunState[] = [];
  const runOfText = new WeakMap<Text, RunState>();
  /** Runs of leaf blocks read whole, whose nodes are not kept (see `RunPlace.nodes`). */
  const runOfLeaf = new WeakMap<Element, RunState>();
  /**
   * Runs waiting to be marked, by the element whose coming into view marks
   * them: the run itself, or a set when one block holds several (a leaf holds
   * one, and most blocks are leaves).
   */
  const runsOfAnchor = new Map<Element, RunState | Set<RunState>>();

  let pageChanges = 0;
  /**
   * Whether a run's text is as it was read. A run whose text changed is
   * dropped by the rescan the change queued; until then its offsets may lie
   * past the end of a node or on other words.
   */
  const isCurrent = (run: RunState): boolean => {
    if (run.checkedAt === pageChanges) return true;
    if (!isRunCurrent(run)) return false;
    run.checkedAt = pageChanges;
    return true;
  };

  const markRun = (run: RunState, cache: Map<Element, boolean>): void => {
    if (!isCurrent(run)) return;
    for (const match of matchesOf(run)) {
      const range = isMatchVisible(match, cache) && rangeOf(match);
      if (range) highlighter.add(range);
    }
  };
  /** Visible matches of all current runs, deciding visibility where it is not known yet. */
  const eachVisible = function* (): Iterable<PageMatch> {
    const cache = new Map<Element, boolean>();
    for (const run of runs) {
      if (!isCurrent(run)) continue;
      for (const m of matchesOf(run)) if (isMatchVisible(m, cache)) yield m;
    }
  };

  // Blocks that came near the viewport, marked in slices so that a page with
  // thousands of terms on screen never holds the main thread for long.
  const toMark: Element[] = [];
  const markSlice = (): void => {
    const start = performance.now();
    const cache = new Map<Element, boolean>();
    // Whatever happens to one block, the rest of the queue still gets marked.
    try {
      while (toMark.length > 0 && performance.now() - start < MARK_SLICE_MS) {
        const anchor = toMark.shift()!;
        const anchored = runsOfAnchor.get(anchor);
        runsOfAnchor.delete(anchor);
        if (anchored instanceof Set) for (const run of anchored) markRun(run, cache);
        else if (anchored) markRun(anchored, cache);
      }
    } finally {
      onMarked?.(performance.now() - start, toMark.length === 0);
      if (toMark.length > 0) setTimeout(markSlice, 0);
    }
  };
  // Two observers, because the browser works out every observed target's
  // intersection in every frame: on a page with thousands of blocks to mark,
  // observing each one costs tens of milliseconds a frame. So the blocks'
  // containers (their parents) are observed, few of them, and only the blocks
  // of containers near the viewport are observed themselves. Until the browser
  // first tells where a container is, its blocks are observed too, so the first
  // marks wait for no extra frame: the first few hundred of them only, which
  // cover the first screens (observing each block of a 1 MB page as the scan
  // met it was a tenth of the scan).
  const margin = { rootMargin: '100% 0px' };
  /** Blocks waiting to be marked, by their container. */
  const blocksOfContainer = new Map<Element, Set<Element>>();
  const farContainers = new Set<Element>();
  /** Containers the browser has told the place of. */
  const placedContainers = new WeakSet<Element>();
  let unplacedObserved = 0;
  const blockObserver = new IntersectionObserver((entries) => {
    const idle = toMark.length === 0;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      toMark.push(entry.target);
      unwatchBlock(entry.target);
    }
    if (idle && toMark.length > 0) markSlice();
  }, margin);
  const containerObserver = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      const blocks = blocksOfContainer.get(target);
      placedContainers.add(target);
      if (isIntersecting) farContainers.delete(target);
      else farContainers.add(target);
      if (!blocks) continue;
      for (const block of blocks)
        if (isIntersecting) blockObserver.observe(block);
        else blockObserver.unobserve(block);
    }
  }, margin);
  const containerOf = (block: Element): Element => block.parentElement ?? block;
  const watchBlock = (block: Element): void => {
    const container = containerOf(block);
    let blocks = blocksOfContainer.get(container);
    if (!blocks) {
      blocks = new Set();
      blocksOfContainer.set(container, blocks);
      containerObserver.observe(container);
    }
    blocks.add(block);
    if (placedContainers.has(container)) {
      if (!farContainers.has(container)) blockObserver.observe(block);
    } else if (unplacedObserved < UNPLACED_BLOCKS_OBSERVED) {
      unplacedObserved++;
      blockObserver.observe(block);
    }
  };
  function unwatchBlock(block: Element): void {
    blockObserver.unobserve(block);
    const container = containerOf(block);
    const blocks = blocksOfContainer.get(container);
    if (!blocks?.delete(block) || blocks.size > 0) return;
    blocksOfContainer.delete(container);
    farContainers.delete(container);
    containerObserver.unobserve(container);
  }

  const watchRun = (run: RunState): void => {
    const anchor = blockElementOf(run);
    const anchored = runsOfAnchor.get(anchor);
    if (anchored === undefined) {
      runsOfAnchor.set(anchor, run);
      watchBlock(anchor);
    } else if (anchored instanceof Set) {
      anchored.add(run);
    } else if (anchored !== run) {
      runsOfAnchor.set(anchor, new Set([anchored, run]));
    }
  };

  const unwatchRun = (run: RunState): void => {
    const anchor = blockElementOf(run);
    const anchored = runsOfAnchor.get(anchor);
    const gone =
      anchored === run || (anchored instanceof Set && anchored.delete(run) && anchored.size === 0);
    if (!gone) return;
    runsOfAnchor.delete(anchor);
    unwatchBlock(anchor);
  };

  const unmarkRun = (run: RunState): void => {
    for (const match of run.matches ?? []) if (match.range) highlighter.delete(match.range);
  };

  /** Chooses a run's matches with `select`, from its text as it is now. */
  const chooseMatches = (run: RunState, select: MatchSelector): PageMatch[] => {
    // A leaf whose text changed length keeps no match until its rescan.
    const current = runText(run);
    run.matches = (current ? select(unpackCandidates(run.candidates), current) : []).map(
      ({ start, end, termIndex }) => ({
        run,
        termIndex,
        start,
        end,
        visible: null,
        range: null,
      }),
    );
    return run.matches;
  };

  /** A run's matches, chosen now if they were not yet; a run without any stops being watched. */
  const matchesOf = (run: RunState): PageMatch[] => {
    if (run.matches) return run.matches;
    const chosen = chooseMatches(run, selector());
    if (chosen.length === 0) unwatchRun(run);
    return chosen;
  };

  const drop = (run: RunState): void => {
    unmarkRun(run);
    unwatchRun(run);
    runs.delete(run);
    if (run.nodes)
      for (const node of run.nodes) if (runOfText.get(node) === run) runOfText.delete(node);
    if (run.block instanceof Element && runOfLeaf.get(run.block) === run)
      runOfLeaf.delete(run.block);
  };

  /** The run a text node belongs to: by the node, or by the leaf block around it. */
  const runHolding = (node: Text): RunState | undefined => {
    const run = runOfText.get(node);
    if (run) return run;
    for (let element = node.parentElement; element; element = element.parentElement) {
      const leaf = runOfLeaf.get(element);
      if (leaf) return leaf;
      if (!isInline(element)) return undefined;
    }
    return undefined;
  };

  return {
    add(textRun) {
      // Every field at once: a run given fields later keeps them out of line,
      // in an array of its own (a long page has tens of thousands of runs).
      const run: RunState = {
        block: textRun.block,
        nodes: textRun.nodes,
        starts: textRun.starts,
        length: textRun.length,
        candidates: packCandidates(textRun.candidates),
        matches: null,
        checkedAt: pageChanges,
      };
      runs.add(run);
      added.push(run);
      if (run.nodes) for (const node of run.nodes) runOfText.set(node, run);
      else if (run.block instanceof Element) runOfLeaf.set(run.block, run);
      // Content that is not rendered never intersects, so it waits here until it is.
      watchRun(run);
      return run;
    },
    noteChange() {
      pageChanges++;
    },
    dropText(node) {
      const run = runHolding(node);
      if (run) drop(run);
    },
    dropLeaf(block) {
      const run = runOfLeaf.get(block);
      if (run) drop(run);
    },
    isPresent(match) {
      return runs.has(match.run);
    },
    dropAll() {
      for (const run of [...runs]) drop(run);
    },
    resolveAll() {
      const select = selector();
      for (const run of runs) {
        // A run not chosen yet will be chosen by the new selector when needed.
        if (!run.matches) continue;
        unmarkRun(run);
        if (chooseMatches(run, select).length > 0) watchRun(run);
        else unwatchRun(run);
      }
    },
    recheckHidden() {
      for (const run of runs) {
        let hidden = false;
        for (const match of run.matches ?? []) {
          if (match.visible !== false) continue;
          hidden = true;
          match.visible = null;
        }
        if (hidden) watchRun(run);
      }
    },
    *candidates() {
      added = [];
      for (const run of runs) yield* unpackCandidates(run.candidates);
    },
    *takeNewCandidates() {
      const fresh = added;
      added = [];
      for (const run of fresh) if (runs.has(run)) yield* unpackCandidates(run.candidates);
    },
    matchAt(point) {
      const run = runHolding(point.node);
      if (!run || !isCurrent(run)) return undefined;
      const offset = offsetInRun(run, point);
      const cache = new Map<Element, boolean>();
      return matchesOf(run).find(
        (m) => m.start <= offset && offset <= m.end && isMatchVisible(m, cache),
      );
    },
    decideVisibility(shouldStop) {
      const cache = new Map<Element, boolean>();
      for (const run of runs) {
        // Choosing a run's matches is work done too, even when it has none.
        let decided = !run.matches;
        for (const match of matchesOf(run)) {
          if (match.visible !== null) continue;
          isMatchVisible(match, cache);
          decided = true;
        }
        if (decided && shouldStop()) return false;
      }
      return true;
    },
    countVisible() {
      const counts = new Map<number, number>();
      for (const m of eachVisible()) counts.set(m.termIndex, (counts.get(m.termIndex) ?? 0) + 1);
      return counts;
    },
    visibleMatches() {
      const all = [...eachVisible()];
      return all.sort((a, b) =>
        a.run === b.run
          ? a.start - b.start
          : compareComposed(firstNodeOf(a.run), firstNodeOf(b.run)),
      );
    },
    dispose() {
      blockObserver.disconnect();
      containerObserver.disconnect();
      blocksOfContainer.clear();
      farContainers.clear();
      toMark.length = 0;
      for (const run of runs) unmarkRun(run);
      runs.clear();
      added = [];
      runsOfAnchor.clear();
    },
  };
}
