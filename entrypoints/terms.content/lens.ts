import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledMatchIndexes } from '../../data/bundled-match-indexes';
import { t } from '../../lib/i18n';
import { createRunScanner } from '../../lib/match/automaton';
import { createTermGate } from '../../lib/match/term-gate';
import { createTermMatcher } from '../../lib/match/term-matcher';
import { citationText } from '../../lib/pack/citation';
import { copyText } from '../../lib/page/copy-text';
import { createHighlighter } from '../../lib/page/highlighter';
import { createLensStats, type LensStats } from '../../lib/page/lens-stats';
import { createPageMatches, type PageMatch } from '../../lib/page/page-matches';
import { createPageScanner } from '../../lib/page/page-scanner';
import { createPageTopic } from '../../lib/page/page-topic';
import { sendToBackground } from '../../lib/protocol/messaging';
import { watchSettings, type Settings } from '../../lib/settings';
import type { PageTerms } from '../../lib/tab-terms';
import { createCardCache } from './card-cache';
import { createCardHost } from './card-host';
import { createHoverController } from './hover-controller';
import { emptyPageTerms } from './page-terms';
import { createTermsReporter } from './terms-reporter';

/** A running lens, as the frame's message handlers see it. */
export interface Lens {
  pageTerms(): PageTerms;
  stats(): LensStats;
  /** Moves to the next or previous term and opens its card; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** Reveals the next occurrence of a term in this frame; false at the end. */
  reveal(key: string, restart: boolean): boolean;
}

/** Wires scan → match → mark → card for this frame. */
export function startLens({
  ctx,
  settings: initialSettings,
  startedAt,
}: {
  ctx: ContentScriptContext;
  settings: Settings;
  startedAt: number;
}): Lens {
  let settings = initialSettings;
  const matcher = createTermMatcher(bundledMatchIndexes);
  const refOf = (match: PageMatch) => matcher.refs[match.value];

  // Marking: what the gate lets through is drawn with the Highlight API.
  const highlighter = createHighlighter(document);
  const stats = createLensStats({ startedAt, markCount: () => highlighter.size });
  const topic = createPageTopic({ matcher, doc: document });
  const gate = () =>
    settings.enabled
      ? createTermGate({ matcher, settings, onTopicPacks: topic.packs })
      : () => false;
  const matches = createPageMatches({
    highlighter,
    isActive: gate,
    onMarked: (ms, drained) => stats.onMarkSlice(ms, drained),
  });
  const updateTopic = ({ fresh }: { fresh: boolean }): void => {
    const candidates = fresh ? matches.candidates() : matches.takeNewCandidates();
    if (topic.update(candidates, { fresh })) matches.resolveAll();
  };

  // The card: its host, and the pointer and keyboard paths that open it.
  const host = createCardHost({
    onReadFull: (paragraphId) => void sendToBackground('openReader', { paragraphId }),
    onCopy: (card, placeIndex) => copyText(citationText({ card, placeIndex, t }), host.shadow),
    // Firefox opens its sidebar only from the extension's own UI events, never
    // from a click relayed by a page: there the button opens a tab, and says so.
    readerNote: import.meta.env.FIREFOX ? t('cardFirefoxReaderNote') : undefined,
  });
  const shadowRoots: ShadowRoot[] = [];
  const hover = createHoverController({
    ctx,
    matches,
    refOf,
    highlighter,
    host,
    shadowRoots,
    hoverDelayMs: () => settings.hoverDelayMs,
    onCardReady: (ms) => stats.recordHover(ms),
    loadCard: createCardCache(),
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
  const reporter = createTermsReporter({ pageTerms, ctx });

  // Scanning: the whole page in slices, then whatever changes.
  /** After a single-page navigation the next batch decides the topic afresh. */
  let navigated = false;
  const scanner = createPageScanner({
    root: document.body ?? document.documentElement,
    createScanner: () =>
      createRunScanner({ automaton: matcher.automaton, foldTable: matcher.foldTable }),
    matches,
    ownHost: host.element,
    onShadowRoot: (shadow) => {
      shadowRoots.push(shadow);
      highlighter.adoptInto(shadow);
    },
    onBatchDone: () => {
      updateTopic({ fresh: navigated });
      navigated = false;
      stats.onScanBatch();
      reporter.changed();
    },
    requestIdle: (callback, timeout) => ctx.requestIdleCallback(callback, { timeout }),
  });
  stats.observeScan(scanner.stats);
  scanner.start();

  // After a single-page navigation the page may be about something else. WXT
  // notices the URL change a moment after it happens: the page may still be
  // swapping its content, so the next batch decides afresh too.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    hover.close();
    updateTopic({ fresh: true });
    navigated = true;
  });
  const unwatch = watchSettings((next) => {
    settings = next;
    matches.resolveAll();
    reporter.changed();
    if (!settings.enabled) hover.close();
  });

  ctx.onInvalidated(() => {
    unwatch();
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
  };
}
