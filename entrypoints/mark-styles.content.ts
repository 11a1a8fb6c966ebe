import { defineContentScript } from 'wxt/utils/define-content-script';
import { prepareHighlightStyles } from '../lib/page/highlighter';

/**
 * Puts the mark stylesheet in place before the page renders, so that marking
 * later never triggers a style recalculation of the whole page. Tiny on
 * purpose: it runs on every page at document_start.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  main() {
    prepareHighlightStyles(document);
  },
});
