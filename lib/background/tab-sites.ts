import { browser } from 'wxt/browser';
import { siteOfUrl, type Site } from '../sites/site-pattern';
import { tabIsOpen } from './tab-is-open';

/** How long a frame's question waits for its top frame to say where the tab is. */
const TOP_FRAME_WAIT_MS = 1500;

const storageKey = (tabId: number) => `tab-site:${tabId}`;

/**
 * The site of each tab's top-level page, as its top frame's messages show it.
 * A cross-origin frame cannot read its top page's URL, and no frame may send
 * one, so the background keeps only the host it sees on frame 0's messages.
 * Kept in session storage too: the service worker may stop between messages.
 */
export type TabSites = ReturnType<typeof createTabSites>;

export function createTabSites({ isOpen = tabIsOpen } = {}) {
  const sites = new Map<number, Site | null>();
  const waiting = new Map<number, ((site: Site | null) => void)[]>();

  const stored = async (tabId: number): Promise<Site | null | undefined> => {
    if (sites.has(tabId)) return sites.get(tabId);
    const value = (await browser.storage.session.get(storageKey(tabId)))[storageKey(tabId)];
    // The top frame may have spoken while storage was read; what it said is newer.
    if (sites.has(tabId)) return sites.get(tabId);
    if (typeof value !== 'object' || value === null || !('site' in value)) return undefined;
    const site = (value as { site: Site | null }).site;
    sites.set(tabId, site);
    return site;
  };

  return {
    /** Records the top frame's URL, keeping only its site. */
    async recordTopFrame(tabId: number, url: string | undefined): Promise<Site | null> {
      const site = url === undefined ? null : siteOfUrl(url);
      // A new page's first word makes the entry, unless its tab has just closed.
      if (!sites.has(tabId) && !(await isOpen(tabId))) return site;
      sites.set(tabId, site);
      for (const resolve of waiting.get(tabId) ?? []) resolve(site);
      waiting.delete(tabId);
      await browser.storage.session.set({ [storageKey(tabId)]: { site } });
      return site;
    },
    /** The tab's site as known now, without waiting; null when not known. */
    async known(tabId: number): Promise<Site | null> {
      return (await stored(tabId)) ?? null;
    },
    /**
     * The tab's site; when its new page has not spoken yet, waits a moment for
     * it, then answers null (a page no rule names).
     */
    async get(tabId: number): Promise<Site | null> {
      const known = await stored(tabId);
      if (known !== undefined) return known;
      // The top frame may have spoken since `stored` looked.
      if (sites.has(tabId)) return sites.get(tabId) ?? null;
      return new Promise((resolve) => {
        const list = waiting.get(tabId) ?? [];
        list.push(resolve);
        waiting.set(tabId, list);
        setTimeout(() => {
          // No answer came: this question stops waiting, and leaves no entry.
          const left = (waiting.get(tabId) ?? []).filter((r) => r !== resolve);
          if (left.length > 0) waiting.set(tabId, left);
          else waiting.delete(tabId);
          resolve(null);
        }, TOP_FRAME_WAIT_MS);
      });
    },
    /** Forgets the tab's site when it starts loading another page, or closes. */
    async forget(tabId: number): Promise<void> {
      sites.delete(tabId);
      await browser.storage.session.remove(storageKey(tabId));
    },
  };
}
