import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledMatchIndexes } from '../../data/bundled-match-indexes';
import { t } from '../../lib/i18n';
import { createRunScanner } from '../../lib/match/automaton';
import { findAllCandidates } from '../../lib/match/find-all-candidates';
import { createTermGate } from '../../lib/match/term-gate';
import { createTermMatcher, packsOnTopic, type TermRef } from '../../lib/match/term-matcher';
import { isContentRequest, type ContentRequest, type PageTerms } from '../../lib/messages';
import { citationText } from '../../lib/pack/citation';
import type { TermCard } from '../../lib/pack/term-card';
import { copyText } from '../../lib/page/copy-text';
import { createHighlighter } from '../../lib/page/highlighter';
import { HAN, hasHanText } from '../../lib/page/has-han-text';
import { createLensStats } from '../../lib/page/lens-stats';
import { createPageMatches, type PageMatch } from '../../lib/page/page-matches';
import { createPageScanner } from '../../lib/page/page-scanner';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { createCardHost } from './card-host';
import { createTermsReporter } from './terms-reporter';
import { createHoverController } from './hover-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const startedAt = performance.now();
    // The popup injects this script into tabs opened before the extension was
    // installed; a second copy in the same frame must not start again.
    const frame = window as { interviewLensStarted?: boolean };
    if (frame.interviewLensStarted) return;
    frame.interviewLensStarted = true;
    // Until the lens starts, the frame answers as a page with no terms, so the
    // popup can tell "no terms" from "the extension cannot run on this page".
    let answer: (message: ContentRequest) => Promise<unknown> | undefined = (message) =>
      message.type === 'getPageTerms' ? Promise.resolve(emptyPageTerms()) : undefined;
    const onMessage = (message: unknown) =>
      isContentRequest(message) ? answer(message) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // A page without Chinese costs one native text check; it is looked at again
    // only if Chinese text arrives later (e.g. a single-page app).
    if (hasHanText(document)) {
      answer = startLens(ctx, await loadSettings(), startedAt);
    } else {
      void browser.runtime
        .sendMessage({ type: 'reportPageTerms', terms: emptyPageTerms() })
        .catch(() => undefined);
      waitForHan(ctx, async () => {
        const startsAt = performance.now();
        answer = startLens(ctx, await loadSettings(), startsAt);
      });
    }
  },
});

function emptyPageTerms(): PageTerms {
  return { url: location.href, timeOrigin: performance.timeOrigin, counts: {} };
}

/** Starts the lens once Chinese text arrives, looking only at what each change added. */
function waitForHan(ctx: ContentScriptContext, start: () => void): void {
  const observer = new MutationObserver((records) => {
    const arrived = records.some((record) =>
      record.type === 'characterData'
        ? HAN.test((record.target as Text).data)
        : Array.from(record.addedNodes).some((node) => HAN.test(node.textContent ?? '')),
    );
    if (!arrived) return;
    observer.disconnect();
    start();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/** Wires scan → match → mark → card for this frame; returns how it answers messages. */
function startLens(
  ctx: ContentScriptContext,
  initialSettings: Settings,
  startedAt: number,
): (message: ContentRequest) => Promise<unknown> | undefined {
  let settings = initialSettings;
  const matcher = createTermMatcher(bundledMatchIndexes);
  const highlighter = createHighlighter(document);
  const shadowRoots: ShadowRoot[] = [];
  let onTopic = new Set<string>();
  const gate = () =>
    settings.enabled ? createTermGate({ matcher, settings, onTopicPacks: onTopic }) : () => false;
  const matches = createPageMatches({
    highlighter,
    isActive: gate,
    onMarked: (ms, drained) => stats.onMarkSlice(ms, drained),
  });

  const cards = new Map<string, Promise<TermCard | null>>();
  const loadCard = (ref: TermRef): Promise<TermCard | null> => {
    let card = cards.get(ref.key);
    if (!card) {
      card = browser.runtime
        .sendMessage({ type: 'getTermCard', packId: ref.packId, termId: ref.termId })
        .then((response) => (response ?? null) as TermCard | null)
        .catch(() => null);
      // A failure is not cached, so the next hover asks again.
      void card.then((value) => value === null && cards.delete(ref.key));
      cards.set(ref.key, card);
    }
    return card;
  };
  const host = createCardHost({
    onReadFull: (anchor) => void browser.runtime.sendMessage({ type: 'openReader', anchor }),
    onCopy: (card, placeIndex) => copyText(citationText({ card, placeIndex, t }), host.shadow),
    onClose: () => hover.close(),
    // Firefox opens its sidebar only from the extension's own UI events, never
    // from a click relayed by a page: there the button opens a tab, and says so.
    readerNote: import.meta.env.FIREFOX ? t('cardFirefoxReaderNote') : undefined,
  });
  const refOf = (match: PageMatch) => matcher.refs[match.value];
  const hover = createHoverController({
    ctx,
    matches,
    refOf,
    highlighter,
    host,
    shadowRoots,
    hoverDelayMs: () => settings.hoverDelayMs,
    onCardReady: (ms) => stats.recordHover(ms),
    loadCard,
  });

  // The title is looked at after every batch, but only scanned when it changed.
  let title: { text: string; packs: Set<string> } | undefined;
  const titleTopic = (): Set<string> => {
    if (title?.text !== document.title) {
      const candidates = findAllCandidates({
        text: document.title,
        automaton: matcher.automaton,
        foldTable: matcher.foldTable,
      });
      title = { text: document.title, packs: packsOnTopic(matcher, candidates) };
    }
    return new Set(title.packs);
  };
  /**
   * Decides whether the page is about each pack's subject. After a batch only
   * the new runs are looked at (a page stays on topic as it grows); after a
   * single-page navigation everything on the page now is looked at again.
   */
  let navigated = false;
  const updateTopic = ({ fresh }: { fresh: boolean }) => {
    const next = fresh ? titleTopic() : new Set([...onTopic, ...titleTopic()]);
    const candidates = fresh ? matches.candidates() : matches.takeNewCandidates();
    for (const pack of packsOnTopic(matcher, [...candidates])) next.add(pack);
    const changed = next.size !== onTopic.size || [...next].some((p) => !onTopic.has(p));
    onTopic = next;
    if (changed) matches.resolveAll();
  };

  const pageTerms = (): PageTerms => {
    const counts: Record<string, number> = {};
    for (const [value, count] of matches.countVisible()) {
      const key = matcher.refs[value]?.key;
      if (key) counts[key] = count;
    }
    return { ...emptyPageTerms(), counts };
  };
  const reporter = createTermsReporter({ pageTerms, ctx });

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
  const stats = createLensStats({
    startedAt,
    scanner: scanner.stats,
    markCount: () => highlighter.size,
  });
  scanner.start();

  // After a single-page navigation the page may be about something else.
  // WXT notices the URL change a moment after it happens: the page may still be
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

  return (message) => {
    switch (message.type) {
      case 'getPageTerms':
        return Promise.resolve(pageTerms());
      case 'stepTerm':
        return Promise.resolve(hover.step(message.direction));
      case 'getLensStats':
        return Promise.resolve(stats.snapshot());
      case 'revealTerm':
        return Promise.resolve(
          hover.step(1, (m) => refOf(m)?.key === message.key, {
            wrap: false,
            restart: message.restart,
          }),
        );
    }
  };
}
