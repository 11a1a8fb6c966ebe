import type { Candidate, StreamMatcher } from '../match/automaton';
import { elementKind } from './element-rules';
import { INTERACTION_EVENTS, sliceBudgetMs } from './slice-budget';
import type { PageMatches } from './page-matches';
import { createTextWalk, type TextRun, type TextWalk } from './text-walk';

/** Upper bound on how long changed content waits for an idle moment. */
const IDLE_TIMEOUT_MS = 250;
/**
 * Up to this many elements, a page's whole text is matched once before it is
 * walked (see `textHoldsTerm`). Most pages a reader opens are this small and hold
 * no term; on a larger page the extra pass would cost more than it saves.
 */
const PRECHECK_MAX_ELEMENTS = 10_000;

type ScanRoot = Element | ShadowRoot;

export interface PageScannerStats {
  /** Characters read by the scanner since start, including rescans. */
  scannedChars: number;
  /** Characters read by the first full scan of the page. */
  initialChars: number;
  /**
   * Main-thread time of the first full scan: reading the text and finding its
   * candidates (matches are chosen when marked or counted).
   */
  initialScanMs: number;
  /** When the first full scan finished (performance.now), or 0. */
  initialScanDoneAt: number;
  /** Longest single slice of scanning work, in ms. */
  longestSliceMs: number;
}

/** Scans a page, then keeps its matches in step with the page as it changes. */
export interface PageScanner {
  readonly stats: PageScannerStats;
  /** Starts the first scan at once (the content script runs at document idle) and watches. */
  start(): void;
  /** Stops watching the page and scanning it. */
  stop(): void;
}

/** Where a change at `node` must be rescanned: its block's own runs, or nothing. */
function blockToRescan(node: Node, ownHost: Element | null): ScanRoot | null {
  let block: ScanRoot | null = null;
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current instanceof ShadowRoot) return block ?? current;
    if (!(current instanceof Element)) continue;
    const kind = elementKind(current, ownHost, true);
    if (kind === 'skipped') return null;
    if (!block && kind === 'block') block = current;
  }
  return block;
}

/**
 * Whether a page's whole text (`textContent`, read natively) holds a term. A
 * run's text is part of it, so when it holds none, no run does: unless ruby
 * annotations lie between a run's characters (a run reads through them), which
 * the caller rules out first. Open shadow roots' text is not part of it.
 */
function textHoldsTerm(
  text: string,
  stream: StreamMatcher,
  holdsTerm: (candidates: readonly Candidate[]) => boolean,
): boolean {
  const found: Candidate[] = [];
  stream.reset();
  stream.feed(text, 0, found);
  stream.reset();
  return found.length > 0 && holdsTerm(found);
}

/** The open shadow roots of `elements` (not those nested in them). */
function openShadowRoots(elements: Iterable<Element>): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of elements) if (element.shadowRoot) roots.push(element.shadowRoot);
  return roots;
}

/**
 * Scans the page in short slices, then keeps up with changes: a MutationObserver
 * queues only what changed, and the queue is worked off in idle time. Open shadow
 * roots are scanned and observed too.
 */
export function createPageScanner({
  root,
  createStream,
  holdsTerm,
  matches,
  ownHost,
  onShadowRoot,
  onBatchDone,
  requestIdle,
}: {
  root: Element;
  /** Makes a stream matcher; a paused full scan and the rescans in between each need their own state. */
  createStream: () => StreamMatcher;
  /** Whether a run's candidates include a term (see `TextWalkOptions.holdsTerm`). */
  holdsTerm: (candidates: readonly Candidate[]) => boolean;
  matches: PageMatches;
  /** The lens's own element (the card's host, made at the first hover), which the scan skips. */
  ownHost: () => Element | null;
  onShadowRoot: (shadow: ShadowRoot) => void;
  /** After each batch of scanning, with whether any run was added or dropped. */
  onBatchDone: () => void;
  requestIdle: (callback: () => void, timeout: number) => void;
}): PageScanner {
  const stats: PageScannerStats = {
    scannedChars: 0,
    initialChars: 0,
    initialScanMs: 0,
    initialScanDoneAt: 0,
    longestSliceMs: 0,
  };
  const fullScans: ScanRoot[] = [root];
  const blockScans = new Set<ScanRoot>();
  const removed: Node[] = [];
  /** The full scan that paused at the end of the last slice, resumed by the next. */
  let currentWalk: { target: ScanRoot; walk: TextWalk } | undefined;
  let attributesChanged = false;
  /** Whether the document is in design mode: all of it editable, so nothing is marked. */
  let designMode = false;
  let scheduled = false;
  let running = false;
  let stopped = false;
  const observed = new WeakSet<Node>();
  /** When the reader last scrolled, typed, clicked or touched (slices are shorter then). */
  let lastInteraction = -Infinity;
  let startedAt = 0;
  /** Whether the first slice has decided if the page needs a walk at all (see `PRECHECK_MAX_ELEMENTS`). */
  let prechecked = false;
  const noteInteraction = (): void => void (lastInteraction = performance.now());

  const dropSubtree = (node: Node): void => {
    if (node instanceof Text) {
      matches.dropText(node);
      return;
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      matches.dropText(text as Text);
    }
  };

  const observer = new MutationObserver((records) => {
    const host = ownHost();
    for (const record of records) {
      if (host && (record.target === host || host.contains(record.target))) continue;
      if (record.type !== 'attributes') matches.noteChange();
      if (record.type === 'attributes' && record.attributeName === 'contenteditable') {
        // A region the reader may now type in loses its marks (they would sit on
        // text being edited); one that stops being editable is scanned again.
        const element = record.target as Element;
        if (elementKind(element, host, true) === 'skipped') removed.push(element);
        else if (blockToRescan(element, host)) fullScans.push(element);
      } else if (record.type === 'attributes') {
        attributesChanged = true;
      } else if (record.type === 'characterData') {
        const block = blockToRescan(record.target, host);
        if (block) blockScans.add(block);
      } else {
        // One by one: spreading a large NodeList into push() overflows the stack
        // (a page that empties a list of 200,000 items in one go).
        for (const node of record.removedNodes) removed.push(node);
        for (const added of record.addedNodes) {
          if (added instanceof Element && elementKind(added, host, true) !== 'inline') {
            // New block-level content: scan it whole (unless it sits in a skipped element).
            if (blockToRescan(added, host)) fullScans.push(added);
          } else {
            const block = blockToRescan(added.parentNode ?? added, host);
            if (block) blockScans.add(block);
          }
        }
        // Removing inline content rejoins what was on either side of it.
        if (record.removedNodes.length > 0) {
          const block = blockToRescan(record.target, host);
          if (block) blockScans.add(block);
        }
      }
    }
    schedule();
  });

  const observe = (target: Node): void => {
    if (observed.has(target)) return;
    observed.add(target);
    observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'contenteditable'],
    });
  };

  const fullStream = createStream();
  const blockStream = createStream();
  const walkOptions = {
    stream: fullStream,
    holdsTerm,
    onRun: (run: TextRun) => void matches.add(run),
    onText: (node: Text) => matches.dropText(node),
    onLeaf: (block: Element) => matches.dropLeaf(block),
    onShadowRoot: (shadow: ShadowRoot) => {
      if (observed.has(shadow)) return;
      observe(shadow);
      onShadowRoot(shadow);
      fullScans.push(shadow);
    },
  };

  /** Works off the queue in slices; returns when it is empty or the slice budget is spent. */
  const work = (): boolean => {
    const sliceStart = performance.now();
    const budget = sliceBudgetMs({
      sinceInteraction: sliceStart - lastInteraction,
      sinceStart: sliceStart - startedAt,
    });
    const shouldYield = () => performance.now() - sliceStart > budget;
    try {
      if (document.designMode === 'on') {
        // Marks would sit on text being edited; what is queued is moot.
        if (!designMode) matches.dropAll();
        designMode = true;
        removed.length = fullScans.length = 0;
        blockScans.clear();
        currentWalk = undefined;
        return true;
      }
      if (designMode) {
        designMode = false;
        fullScans.push(root);
      }
      if (!prechecked) {
        prechecked = true;
        // A small page none of whose text holds a term needs no walk: only
        // its shadow roots are scanned, and its changes as they come.
        const elements = root.getElementsByTagName('*');
        const small = elements.length <= PRECHECK_MAX_ELEMENTS;
        if (small && fullScans[0] === root && !root.querySelector('rt, rp')) {
          const text = root.textContent ?? '';
          stats.scannedChars += text.length;
          if (!textHoldsTerm(text, fullStream, holdsTerm)) {
            fullScans.shift();
            for (const shadow of openShadowRoots(elements)) walkOptions.onShadowRoot(shadow);
          }
        }
      }
      for (const node of removed.splice(0)) dropSubtree(node);
      while (blockScans.size > 0) {
        const [block] = blockScans;
        blockScans.delete(block!);
        if (!block!.isConnected) continue;
        // A leaf's run is known by its block, not its nodes: the walk below
        // visits the nodes, and would not see the run go if its text is gone.
        if (block instanceof Element) matches.dropLeaf(block);
        const walk = createTextWalk(block!, {
          ...walkOptions,
          ownHost: ownHost(),
          stream: blockStream,
          ownRunsOnly: true,
        });
        walk.step(() => false);
        stats.scannedChars += walk.scannedChars;
        if (shouldYield()) return false;
      }
      while (fullScans.length > 0) {
        const target = fullScans[0]!;
        if (!target.isConnected) {
          fullScans.shift();
          continue;
        }
        const walk = currentWalk?.target === target ? currentWalk.walk : undefined;
        const active = walk ?? createTextWalk(target, { ...walkOptions, ownHost: ownHost() });
        const before = active.scannedChars;
        const done = active.step(shouldYield);
        stats.scannedChars += active.scannedChars - before;
        if (!done) {
          currentWalk = { target, walk: active };
          return false;
        }
        currentWalk = undefined;
        fullScans.shift();
      }
      if (attributesChanged) {
        attributesChanged = false;
        matches.recheckHidden();
      }
      return true;
    } finally {
      const now = performance.now();
      stats.longestSliceMs = Math.max(stats.longestSliceMs, now - sliceStart);
      if (!stats.initialScanDoneAt) {
        stats.initialScanMs += now - sliceStart;
        stats.initialChars = stats.scannedChars;
        if (fullScans.length === 0) stats.initialScanDoneAt = now;
      }
    }
  };
  const run = (): void => {
    scheduled = false;
    if (stopped || running) return;
    running = true;
    const done = work();
    running = false;
    onBatchDone();
    if (!done) {
      // Yield to the page between slices, then carry on without waiting for idle.
      scheduled = true;
      setTimeout(run, 0);
    }
  };

  function schedule(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    requestIdle(run, IDLE_TIMEOUT_MS);
  }

  // Design mode is a property, not an attribute: no mutation tells of it. The
  // reader's first click or keystroke in the document does.
  const checkDesignMode = (): void => {
    if ((document.designMode === 'on') !== designMode) schedule();
  };
  const editingEvents = ['selectionchange', 'beforeinput'] as const;
  const interactionOptions = { capture: true, passive: true };

  return {
    stats,
    start(): void {
      observe(document);
      for (const type of editingEvents) document.addEventListener(type, checkDesignMode);
      startedAt = performance.now();
      for (const type of INTERACTION_EVENTS)
        window.addEventListener(type, noteInteraction, interactionOptions);
      scheduled = true;
      run();
    },
    stop(): void {
      stopped = true;
      observer.disconnect();
      for (const type of editingEvents) document.removeEventListener(type, checkDesignMode);
      for (const type of INTERACTION_EVENTS)
        window.removeEventListener(type, noteInteraction, interactionOptions);
    },
  };
}
