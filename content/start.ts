import { hasHanText } from '../lib/page/has-han-text';
import { contentRules, type ContentProtocol } from '../lib/protocol/content-protocol';
import { listen, sendToBackground } from '../lib/protocol/messaging';
import { HAN } from '../lib/text/han';
import { browser } from 'wxt/browser';
import { contentWorld, ensureHighlightStyles, loadPart } from './content-world';
import type { Lens } from './lens-part';
import { emptyPageTerms } from './page-terms';

/** Longest the first look at the page waits for an idle moment after it is parsed. */
const IDLE_TIMEOUT_MS = 200;

/**
 * What every frame runs, at document_start: the mark stylesheet goes in before
 * the page first renders (a stylesheet added later makes the browser restyle
 * the whole page), the top frame answers messages from now on, and once the
 * page is parsed and the browser idle, the lens is loaded where there is
 * Chinese text, now or later. A frame without Chinese pays for this small
 * script and one native text check, nothing more.
 */
export function startContentWorld(): void {
  // The popup injects this script into tabs opened before the extension was
  // installed; a second copy in the same frame must not start again.
  const world = contentWorld();
  if (world.started) return;
  world.started = true;
  ensureHighlightStyles(document);

  // Until the lens runs, the top frame answers as a page with no terms, so the
  // popup can tell "no terms" from "the extension cannot run on this page".
  // A frame inside it starts answering with its lens: until then it has
  // nothing to say, and its first use of the extension's API (about 2 ms in a
  // profile, for the bindings the browser makes) is spared the many frames
  // without Chinese a page holds (ads, players, widgets). (An orphaned script,
  // after an update, receives no messages: the listener needs no removal.)
  let lens: Lens | undefined;
  const inTopFrame = window === window.top;
  const answerMessages = () =>
    listen<ContentProtocol>({
      rules: contentRules,
      handlers: {
        getPageTerms: () => ({ ...(lens?.pageTerms() ?? emptyPageTerms()), url: location.href }),
        getLensStats: () => lens?.stats() ?? null,
        getCardView: () => lens?.cardView() ?? null,
        stepTerm: ({ direction }) => lens?.step(direction) ?? false,
        revealTerm: ({ key, restart }) => lens?.reveal(key, restart) ?? false,
        storageChanged: (change) => (lens?.storageChanged(change), null),
      },
    });
  if (inTopFrame) answerMessages();

  const start = async () => {
    const startedAt = performance.now();
    // The extension may have been updated or removed since this page loaded.
    if (!browser.runtime?.id) return;
    // The top frame answers already; `start` runs once in a frame.
    if (!inTopFrame) answerMessages();
    // The setup (site rule, settings, packs) is asked while the lens part
    // loads: neither waits on the other. A failed answer is the part's to
    // handle; until it takes it, the rejection is not reported as unhandled.
    const setup = sendToBackground('lensSetup', {});
    void setup.catch(() => undefined);
    const part = await loadPart('lens');
    lens = await part.startLens({
      startedAt,
      setup,
      highlightStyles: () => ensureHighlightStyles(document),
    });
  };
  const look = () => {
    if (hasHanText(document)) {
      void start();
      return;
    }
    // The top frame's report tells the background the tab's site, which its
    // frames' site rules wait for. A frame inside it has nothing to tell: the
    // page it replaced said it was leaving, and a message wakes the background
    // (pages hold many frames without Chinese: ads, players, widgets).
    if (inTopFrame)
      void sendToBackground('reportPageTerms', { terms: emptyPageTerms() }).catch(() => undefined);
    waitForHan(() => void start());
  };
  // Like a manifest's document_idle: parsed, then an idle moment.
  const afterParse = () => requestIdleCallback(look, { timeout: IDLE_TIMEOUT_MS });
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', afterParse, { once: true });
  else afterParse();
}

/** Calls back once Chinese text arrives, looking only at what each change added. */
function waitForHan(arrived: () => void): void {
  const observer = new MutationObserver((records) => {
    const found = records.some((record) =>
      record.type === 'characterData'
        ? HAN.test(record.target.textContent ?? '')
        : Array.from(record.addedNodes).some((node) => HAN.test(node.textContent ?? '')),
    );
    if (!found) return;
    observer.disconnect();
    arrived();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
