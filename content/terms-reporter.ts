import { sendToBackground } from '../lib/protocol/messaging';
import type { PageTerms } from '../lib/tab-terms';
import type { LensContext } from './lens-context';

/**
 * Reports are coalesced: a page that changes constantly sends at most one per
 * interval. Counting visible terms reads styles, so it waits for an idle moment,
 * after the browser has rendered, rather than forcing a style recalculation.
 */
const REPORT_INTERVAL_MS = 400;
/** Longest one idle slice of getting a report ready may run. */
const PREPARE_SLICE_MS = 8;

/**
 * Tells the background which terms this frame marks, so the popup can list the
 * terms of every frame of a tab. Sends only when the counts changed.
 */
export function createTermsReporter({
  pageTerms,
  prepare,
  context,
}: {
  pageTerms: () => PageTerms;
  /** Does what `pageTerms` needs done first, until `shouldStop`; true when it is all done. */
  prepare: (shouldStop: () => boolean) => boolean;
  context: LensContext;
}) {
  let last = '';
  let timer: number | undefined;
  const send = () => {
    const start = performance.now();
    if (!prepare(() => performance.now() - start > PREPARE_SLICE_MS)) {
      context.requestIdleCallback(send, { timeout: REPORT_INTERVAL_MS });
      return;
    }
    timer = undefined;
    const terms = pageTerms();
    const signature = JSON.stringify(terms);
    if (signature === last) return;
    last = signature;
    void sendToBackground('reportPageTerms', { terms }).catch(() => undefined);
  };
  context.onInvalidated(() => clearTimeout(timer));
  // A frame that goes (removed, navigated away, put in the back-forward cache)
  // says it marks nothing, so the popup and the badge stop counting its terms.
  context.addEventListener(window, 'pagehide', () => {
    clearTimeout(timer);
    timer = undefined;
    last = '';
    const { timeOrigin } = pageTerms();
    void sendToBackground('frameLeaving', { timeOrigin }).catch(() => undefined);
  });
  // A page restored from the back-forward cache starts with a cleared badge and
  // no reports in the background: send the same counts again.
  context.addEventListener(window, 'pageshow', (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    last = '';
    send();
  });
  return {
    /** Something may have changed; report soon. */
    changed(): void {
      timer ??= window.setTimeout(
        () => context.requestIdleCallback(send, { timeout: REPORT_INTERVAL_MS }),
        REPORT_INTERVAL_MS,
      );
    },
  };
}
