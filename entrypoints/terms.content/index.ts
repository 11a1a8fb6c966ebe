import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hasHanText } from '../../lib/page/has-han-text';
import { contentRules, type ContentProtocol } from '../../lib/protocol/content-protocol';
import { listen, sendToBackground } from '../../lib/protocol/messaging';
import { loadSettings } from '../../lib/settings';
import { HAN } from '../../lib/text/han';
import { startLens, type Lens } from './lens';
import { emptyPageTerms } from './page-terms';

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
    let lens: Lens | undefined;
    ctx.onInvalidated(
      listen<ContentProtocol>({
        name: 'content script',
        rules: contentRules,
        handlers: {
          getPageTerms: () => lens?.pageTerms() ?? emptyPageTerms(),
          getLensStats: () => lens?.stats() ?? null,
          stepTerm: ({ direction }) => lens?.step(direction) ?? false,
          revealTerm: ({ key, restart }) => lens?.reveal(key, restart) ?? false,
        },
      }),
    );

    // A page without Chinese costs one native text check; it is looked at again
    // only if Chinese text arrives later (e.g. a single-page app).
    if (hasHanText(document)) {
      lens = startLens({ ctx, settings: await loadSettings(), startedAt });
      return;
    }
    void sendToBackground('reportPageTerms', { terms: emptyPageTerms() }).catch(() => undefined);
    waitForHan(ctx, async () => {
      const startsAt = performance.now();
      lens = startLens({ ctx, settings: await loadSettings(), startedAt: startsAt });
    });
  },
});

/** Starts the lens once Chinese text arrives, looking only at what each change added. */
function waitForHan(ctx: ContentScriptContext, start: () => void): void {
  const observer = new MutationObserver((records) => {
    const arrived = records.some((record) =>
      record.type === 'characterData'
        ? HAN.test(record.target.textContent ?? '')
        : Array.from(record.addedNodes).some((node) => HAN.test(node.textContent ?? '')),
    );
    if (!arrived) return;
    observer.disconnect();
    start();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
