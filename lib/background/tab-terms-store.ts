import { browser } from 'wxt/browser';
import {
  mergeFrameReports,
  recordFrameReport,
  tabTermsStorageKey as key,
  type FrameReports,
  type PageTerms,
  type TabTerms,
} from '../tab-terms';

/**
 * Keeps what each tab's frames report, in memory and in session storage (the
 * service worker may be stopped between a report and the popup asking).
 */
export function createTabTermsStore() {
  const tabs = new Map<number, FrameReports>();

  const load = async (tabId: number): Promise<FrameReports> => {
    const cached = tabs.get(tabId);
    if (cached) return cached;
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const reports = typeof stored === 'object' && stored !== null ? (stored as FrameReports) : {};
    tabs.set(tabId, reports);
    return reports;
  };

  return {
    /** Records a frame's report (a new top-frame page forgets the old page's frames). */
    async report({
      tabId,
      frameId,
      terms,
    }: {
      tabId: number;
      frameId: number;
      terms: PageTerms;
    }): Promise<void> {
      // Only the fields a report has: anything else a frame sends (a URL) is not kept.
      const { timeOrigin, counts } = terms;
      const reports = recordFrameReport({
        reports: await load(tabId),
        frameId,
        terms: { timeOrigin, counts },
      });
      tabs.set(tabId, reports);
      await browser.storage.session.set({ [key(tabId)]: reports });
    },
    /** The merged terms of a tab, or null when no frame of it has reported. */
    async get(tabId: number): Promise<TabTerms | null> {
      const reports = await load(tabId);
      return Object.keys(reports).length > 0 ? mergeFrameReports(reports) : null;
    },
    async forget(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await browser.storage.session.remove(key(tabId));
    },
  };
}

export type TabTermsStore = ReturnType<typeof createTabTermsStore>;
