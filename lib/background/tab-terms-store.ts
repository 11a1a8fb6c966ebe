import { browser } from 'wxt/browser';
import {
  mergeFrameReports,
  recordFrameReport,
  tabTermsStorageKey as key,
  type FrameReports,
  type PageTerms,
  type TabTerms,
} from '../tab-terms';
import { tabIsOpen } from './tab-is-open';

/**
 * Keeps what each tab's frames report, in memory and in session storage (the
 * service worker may be stopped between a report and the popup asking).
 */
export function createTabTermsStore({ isOpen = tabIsOpen } = {}) {
  const tabs = new Map<number, FrameReports>();
  /**
   * One queue per tab: a tab's frames report at once, and each change reads
   * what the one before it wrote (with a cold cache, each would otherwise load
   * the stored reports on its own, and the last write would drop the others).
   */
  const queues = new Map<number, Promise<unknown>>();
  const inTurn = <T>(tabId: number, step: () => Promise<T>): Promise<T> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(step);
    const settled = next.catch(() => undefined);
    queues.set(tabId, settled);
    // The queue of a quiet tab goes, so closed tabs leave nothing behind.
    void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
    return next;
  };

  const load = async (tabId: number): Promise<FrameReports> => {
    const cached = tabs.get(tabId);
    if (cached) return cached;
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const reports = typeof stored === 'object' && stored !== null ? (stored as FrameReports) : {};
    tabs.set(tabId, reports);
    return reports;
  };

  /** Keeps a tab's reports, in memory and in session storage; none left, no entry. */
  const save = async (tabId: number, reports: FrameReports): Promise<void> => {
    if (Object.keys(reports).length === 0) {
      tabs.delete(tabId);
      await browser.storage.session.remove(key(tabId));
    } else {
      tabs.set(tabId, reports);
      await browser.storage.session.set({ [key(tabId)]: reports });
    }
  };

  return {
    /** Records a frame's report (a new top-frame page forgets the old page's frames). */
    report({
      tabId,
      frameId,
      terms,
    }: {
      tabId: number;
      frameId: number;
      terms: PageTerms;
    }): Promise<void> {
      return inTurn(tabId, async () => {
        const before = await load(tabId);
        // A tab's first report makes its entry, unless the tab has closed since
        // (its frames' last reports may still be on the way): nothing is kept then.
        if (Object.keys(before).length === 0 && !(await isOpen(tabId))) {
          tabs.delete(tabId);
          return;
        }
        // Only the fields a report has: anything else a frame sends (a URL) is not kept.
        const { timeOrigin, counts } = terms;
        await save(
          tabId,
          recordFrameReport({ reports: before, frameId, terms: { timeOrigin, counts } }),
        );
      });
    },
    /**
     * A frame's document is going: its report goes, unless a newer document of
     * that frame has already reported. A tab with no report left has no entry,
     * and none is made for a tab that had none (it may have just closed).
     */
    leave({
      tabId,
      frameId,
      timeOrigin,
    }: {
      tabId: number;
      frameId: number;
      timeOrigin: number;
    }): Promise<void> {
      return inTurn(tabId, async () => {
        const reports = await load(tabId);
        const report = reports[frameId];
        if (!report || report.timeOrigin > timeOrigin) {
          if (Object.keys(reports).length === 0) tabs.delete(tabId);
          return;
        }
        const rest = Object.fromEntries(
          Object.entries(reports).filter(([id]) => Number(id) !== frameId),
        ) as FrameReports;
        await save(tabId, rest);
      });
    },
    /** The merged terms of a tab, or null when no frame of it has reported. */
    async get(tabId: number): Promise<TabTerms | null> {
      const reports = await load(tabId);
      return Object.keys(reports).length > 0 ? mergeFrameReports(reports) : null;
    },
    forget(tabId: number): Promise<void> {
      return inTurn(tabId, () => save(tabId, {}));
    },
  };
}

export type TabTermsStore = ReturnType<typeof createTabTermsStore>;
