import { bundledMatchIndexes } from '../data/generated/bundled-match-indexes';
import { t } from '../lib/i18n';
import { createStreamMatcher } from '../lib/match/automaton';
import { createMatchSelector, type MatchSelector } from '../lib/match/select-matches';
import { createTermMatcher, holdsTerm } from '../lib/match/term-matcher';
import { scriptOfText } from '../lib/match/text-script';
import { createHighlighter, type HighlightStyles } from '../lib/page/highlighter';
import { createLensStats, type LensStats } from '../lib/page/lens-stats';
import { createPageMatches, type PageMatch } from '../lib/page/page-matches';
import { createPageScanner } from '../lib/page/page-scanner';
import { createPageTopic } from '../lib/page/page-topic';
import { sendToBackground } from '../lib/protocol/messaging';
import type { LensSettings } from '../lib/settings/settings';
import type { TermCard } from '../lib/pack/term-card';
import type { LensSetup, MuteScope } from '../lib/protocol/background-protocol';
import type { PageTerms } from '../lib/tab-terms';
import { createCardCache } from './card-cache';
import type { CardPart } from './card-part';
import { createCardHost } from './card-host';
import { loadPart } from './content-world';
import { createHoverController } from './hover-controller';
import { createLensContext, type LensContext } from './lens-context';
import { askLensSetup, lensSetupOf } from './lens-setup';
import type { Lens, LensPart } from './lens-part';
import { watchLocation } from './location-watch';
import { emptyPageTerms } from './page-terms';
import { createTermsReporter } from './terms-reporter';

/**
 * Runs the lens in this frame while the rule for the tab's site allows it, over
 * the bundled packs and the reader's enabled ones. A settings change may switch
 * it off (the marks go) or on again, without a reload. When the library changes
 * (a pack imported, switched on or off), the lens starts afresh: term numbering
 * changes with the packs, so marks and scans from the old matcher cannot be kept.
 */
export const startLens: LensPart['startLens'] = async ({ startedAt, setup, highlightStyles }) => {
  let current: RunningLens | undefined;
  const start = (at: number, { settings, libraryIndexes }: LensSetup) => {
    current = startLensOnce({
      context: createLensContext(),
      startedAt: at,
      frame: pageFrame(highlightStyles),
      settings,
      libraryIndexes,
    });
  };
  const stop = () => {
    current?.stop();
    current = undefined;
    // The popup and the badge count what frames report: this frame now marks nothing.
    void sendToBackground('reportPageTerms', { terms: emptyPageTerms() }).catch(() => undefined);
  };
  const initial = await lensSetupOf(setup);
  if (initial) start(startedAt, initial);

  // Changes are taken one after another; a failed step leaves the next one free to run.
  let queue: Promise<unknown> = Promise.resolve();
  const then = (step: () => unknown) => {
    queue = queue.then(step).catch(() => undefined);
  };
  const takeChange = async (change: StorageChange) => {
    const next = await askLensSetup();
    if (!next) return current && stop();
    // A library change renumbers the terms: marks and scans from the old
    // matcher cannot be kept, so the lens starts afresh.
    if (!current || change.library) {
      current?.stop();
      start(performance.now(), next);
      return;
    }
    current.useSettings(next.settings);
  };
  return {
    pageTerms: () => current?.pageTerms() ?? emptyPageTerms(),
    stats: () => current?.stats() ?? null,
    step: (direction) => current?.step(direction) ?? false,
    reveal: (key, restart) => current?.reveal(key, restart) ?? false,
    cardView: () => current?.cardView() ?? null,
    storageChanged: (change) => then(() => takeChange(change)),
  };
};

type StorageChange = Parameters<Lens['storageChanged']>[0];
type RunningLens = Omit<Lens, 'storageChanged'> & {
  stats(): LensStats;
  /** Takes up changed settings (a library change starts a new lens instead). */
  useSettings(settings: LensSettings): void;
  stop(): void;
};

/**
 * Where a lens runs and what it may do there: a web page's frame, or a sample
 * on one of the extension's own pages (see `sample-lens.ts`).
 */
export interface LensFrame {
  root: Element;
  highlightStyles(): HighlightStyles;
  /** Tell the background what the frame marks (the popup's list and the badge). */
  reportsTerms: boolean;
  openReader(address: string): void;
  mute?(scope: MuteScope, card: TermCard): void;
  /** A line about how "Read in full" behaves here, if it needs saying. */
  readerNote?: string;
  /** Loads the card's UI at the first hover. */
  loadCardUi(): Promise<CardPart>;
  /** How the card's shadow root is attached (see `createCardHost`). */
  cardShadowMode: ShadowRootMode;
}

/** A web page's frame: the whole document, with everything a content script may ask the background. */
function pageFrame(highlightStyles: () => HighlightStyles): LensFrame {
  return {
    root: document.body ?? document.documentElement,
    highlightStyles,
    reportsTerms: true,
    openReader: (address) => void sendToBackground('openReader', { address }),
    mute: (scope, card) =>
      void sendToBackground('muteFromCard', {
        scope,
        packId: card.packId,
        termId: card.termId,
      }).catch(() => false),
    // Firefox opens its sidebar only from the extension's own UI events, never
    // from a click relayed by a page: there the button opens a tab, and says so.
    readerNote: import.meta.env.FIREFOX ? t('cardFirefoxReaderNote') : undefined,
    loadCardUi: () => loadPart('card'),
    cardShadowMode: 'closed',
  };
}

/** Wires scan → match → mark → card for one frame, once, for the given packs. */
export function startLensOnce({
  context,
  startedAt,
  frame,
  settings: initialSettings,
  libraryIndexes,
}: {
  context: LensContext;
  startedAt: number;
  frame: LensFrame;
} & LensSetup): RunningLens {
  let settings = initialSettings;
  const matcher = createTermMatcher([...bundledMatchIndexes, ...libraryIndexes]);
  const refOf = (match: PageMatch) => matcher.refs[match.termIndex];

  // Marking: what the selector keeps is drawn with the Highlight API.
  const highlighter = createHighlighter(document, frame.highlightStyles(), settings);
  const stats = createLensStats({ startedAt, markCount: () => highlighter.size });
  const topic = createPageTopic({ matcher, doc: document });
  // One selector while the settings and the page's topic stay: every scanned run asks for it.
  let chosen:
    { settings: LensSettings; packs: ReadonlySet<string>; select: MatchSelector } | undefined;
  const selector = (): MatchSelector => {
    if (chosen?.settings !== settings || chosen.packs !== topic.packs) {
      const onTopicPacks = topic.packs;
      chosen = {
        settings,
        packs: onTopicPacks,
        select: createMatchSelector({ matcher, settings, onTopicPacks }),
      };
    }
    return chosen.select;
  };
  const matches = createPageMatches({
    highlighter,
    selector,
    onMarked: (ms, drained) => stats.onMarkSlice(ms, drained),
  });
  const updateTopic = ({ fresh }: { fresh: boolean }): void => {
    const candidates = fresh ? matches.candidates() : matches.takeNewCandidates();
    if (topic.update(candidates, { fresh })) matches.resolveAll();
  };

  // The card: its host, and the pointer and keyboard paths that open it.
  const host = createCardHost({
    loadUi: frame.loadCardUi,
    onReadFull: frame.openReader,
    onMute: frame.mute,
    readerNote: frame.readerNote,
    appearance: () => settings,
    shadowMode: frame.cardShadowMode,
  });
  const cardOf = createCardCache();
  const hover = createHoverController({
    context,
    matches,
    refOf,
    highlighter,
    host,
    hoverDelayMs: () => settings.hoverDelayMs,
    holdKey: () => settings.holdKey,
    onCardReady: (ms) => stats.recordHover(ms),
    loadCard: (ref, pageText) => cardOf(ref, scriptOfText(pageText, matcher.foldTable)),
  });

  // Reporting: the popup lists what every frame marks.
  const pageTerms = (): PageTerms => {
    const counts: Record<string, number> = {};
    for (const [termIndex, count] of matches.countVisible()) {
      const key = matcher.refs[termIndex]?.key;
      if (key) counts[key] = count;
    }
    return { ...emptyPageTerms(), counts };
  };
  const reporter = frame.reportsTerms
    ? createTermsReporter({
        pageTerms,
        prepare: (shouldStop) => matches.decideVisibility(shouldStop),
        context,
      })
    : { changed: () => undefined };

  // Scanning: the whole page in slices, then whatever changes.
  /** After a single-page navigation the next batch decides the topic afresh. */
  let navigated = false;
  const scanner = createPageScanner({
    root: frame.root,
    createStream: () =>
      createStreamMatcher({ automaton: matcher.automaton, foldTable: matcher.foldTable }),
    holdsTerm: (candidates) => holdsTerm(matcher, candidates),
    matches,
    ownHost: () => host.element,
    onShadowRoot: (shadow) => highlighter.adoptInto(shadow),
    onBatchDone: () => {
      hover.closeIfGone();
      updateTopic({ fresh: navigated });
      navigated = false;
      stats.onScanBatch();
      reporter.changed();
    },
    requestIdle: (callback, timeout) => context.requestIdleCallback(callback, { timeout }),
  });
  stats.observeScan(scanner.stats);
  scanner.start();

  // After a single-page navigation the page may be about something else. The
  // page may still be swapping its content, so the next batch decides afresh too.
  watchLocation(context, () => {
    hover.close();
    updateTopic({ fresh: true });
    navigated = true;
  });
  const useSettings = (next: LensSettings) => {
    if (!context.isValid) return;
    settings = next;
    highlighter.setLook(settings);
    matches.resolveAll();
    reporter.changed();
    if (!settings.enabled) hover.close();
  };

  context.onInvalidated(() => {
    scanner.stop();
    hover.close();
    matches.dispose();
    highlighter.dispose();
  });

  return {
    pageTerms,
    stats: () => stats.snapshot(),
    step: (direction) => hover.step(direction),
    reveal: (key, restart) => hover.step(1, (m) => refOf(m)?.key === key, { wrap: false, restart }),
    cardView: () => host.view(),
    useSettings,
    stop: () => context.invalidate(),
  };
}
