import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageTerms } from '../../lib/messages';

/** Reports are coalesced: a page that changes constantly sends at most one per interval. */
const REPORT_INTERVAL_MS = 400;

/**
 * Tells the background which terms this frame marks, so the popup can list the
 * terms of every frame of a tab. Sends only when the counts changed.
 */
export function createTermsReporter({
  pageTerms,
  ctx,
}: {
  pageTerms: () => PageTerms;
  ctx: ContentScriptContext;
}) {
  let last = '';
  let timer: number | undefined;
  let first = true;
  const send = () => {
    timer = undefined;
    const terms = pageTerms();
    const signature = JSON.stringify(terms);
    if (signature === last) return;
    last = signature;
    void browser.runtime.sendMessage({ type: 'reportPageTerms', terms }).catch(() => undefined);
    first = false;
  };
  ctx.onInvalidated(() => clearTimeout(timer));
  return {
    /** Something may have changed; report soon. */
    changed(): void {
      timer ??= window.setTimeout(send, first ? 0 : REPORT_INTERVAL_MS);
    },
  };
}
