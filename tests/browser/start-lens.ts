import { expect, vi } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { createStreamMatcher } from '../../lib/match/automaton';
import { createMatchSelector, type MatchSelector } from '../../lib/match/select-matches';
import { createTermMatcher, holdsTerm } from '../../lib/match/term-matcher';
import {
  createHighlighter,
  createHighlightStyles,
  type HighlightStyles,
} from '../../lib/page/highlighter';
import { lookSuffix, type MarkLook } from '../../lib/page/mark-looks';
import { createPageMatches, type PageMatches } from '../../lib/page/page-matches';
import { createPageScanner, type PageScanner } from '../../lib/page/page-scanner';
import type { Highlighter } from '../../lib/page/highlighter';

/** The bundled packs' matcher, built as the content script builds it. */
export const matcher = createTermMatcher(bundledMatchIndexes);

// Every pack counts as on topic and national slogans mark, so every term marks
// (where its edges allow).
export const everyTermOn = createMatchSelector({
  matcher,
  settings: { enabled: true, markNational: true, disabledTerms: [] },
  onTopicPacks: new Set(matcher.refs.map((ref) => ref.packId)),
});

/** The look the test lens starts in: the settings' default. */
const START_LOOK: MarkLook = { markStyle: 'underline', markIntensity: 'medium' };

/** Parses the test's own markup (never page data) into a container attached to the page. */
export function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(document.createRange().createContextualFragment(html));
  document.body.append(root);
  return root;
}

/** The scan → match → mark pipeline of the content script, on the real matcher. */
export interface Lens {
  highlighter: Highlighter;
  matches: PageMatches;
  scanner: PageScanner;
  /** Every registered highlight, one per look, and their stylesheet. */
  styles: HighlightStyles;
  /** The highlight that holds the marks in the default look (`START_LOOK`). */
  marks: Highlight;
  /** The highlight that holds the active (card open) mark. */
  active: Highlight;
  /** Open shadow roots the scanner has met. */
  shadowRoots: ShadowRoot[];
  /** How many batches (slices) of scanning have finished. */
  readonly batches: number;
  /** Idle callbacks waiting to run, with `idle: 'manual'`. */
  readonly idleQueued: number;
  /** Runs the waiting idle callbacks, with `idle: 'manual'`. */
  runIdle(): void;
  /** The text under each mark, sorted. */
  markedTexts(): string[];
  /** How many visible matches each term (by id) has. */
  termCounts(): Record<string, number>;
  stop(): void;
}

/**
 * Starts the lens on `root`. With `idle: 'manual'` rescans of changed content
 * wait until the test calls `runIdle`, so a test can act between a change and
 * its rescan.
 */
export function startLens({
  root,
  idle = 'browser',
  select = everyTermOn,
}: {
  root: Element;
  idle?: 'browser' | 'manual';
  /** What decides the matches (every term, by default). */
  select?: MatchSelector;
}): Lens {
  const styles = createHighlightStyles(document, 'root');
  const highlighter = createHighlighter(document, styles, START_LOOK);
  const matches = createPageMatches({ highlighter, selector: () => select });
  const shadowRoots: ShadowRoot[] = [];
  const queued: (() => void)[] = [];
  let batches = 0;
  const scanner = createPageScanner({
    root,
    createStream: () =>
      createStreamMatcher({ automaton: matcher.automaton, foldTable: matcher.foldTable }),
    holdsTerm: (candidates) => holdsTerm(matcher, candidates),
    matches,
    ownHost: () => null,
    onShadowRoot: (shadow) => {
      shadowRoots.push(shadow);
      highlighter.adoptInto(shadow);
    },
    onBatchDone: () => void batches++,
    requestIdle: (callback, timeout) =>
      idle === 'manual' ? queued.push(callback) : requestIdleCallback(callback, { timeout }),
  });
  scanner.start();
  return {
    highlighter,
    matches,
    scanner,
    styles,
    marks: styles.looks.get(lookSuffix(START_LOOK)!)!,
    active: styles.active,
    shadowRoots,
    get batches() {
      return batches;
    },
    get idleQueued() {
      return queued.length;
    },
    runIdle() {
      for (const callback of queued.splice(0)) callback();
    },
    markedTexts: () => rangeTexts(styles.looks.get(lookSuffix(START_LOOK)!)!),
    termCounts() {
      const counts: Record<string, number> = {};
      for (const [termIndex, count] of matches.countVisible()) {
        counts[matcher.refs[termIndex]!.termId] = count;
      }
      return counts;
    },
    stop() {
      scanner.stop();
      matches.dispose();
      highlighter.dispose();
    },
  };
}

/** The text each range of a highlight covers, sorted. */
export function rangeTexts(highlight: Highlight): string[] {
  return Array.from(highlight, (range) => (range as Range).toString()).sort();
}

/** Waits until the first full scan of the page has finished (a large page takes a while to lay out). */
export async function initialScanDone(lens: Lens): Promise<void> {
  await vi.waitFor(() => expect(lens.scanner.stats.initialScanDoneAt).toBeGreaterThan(0), {
    timeout: 10_000,
  });
}

/** Waits until the scanner has finished another batch, e.g. the rescan after a change. */
export async function nextBatch(lens: Lens): Promise<void> {
  const before = lens.batches;
  await vi.waitFor(() => expect(lens.batches).toBeGreaterThan(before));
}

/** Errors thrown by callbacks the page runs (observers, timers) while a test runs. */
export function collectPageErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}
