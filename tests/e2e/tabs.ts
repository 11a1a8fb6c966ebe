import type { Worker } from 'playwright-core';
import type { PageTerms } from '../../lib/messages';

/**
 * The tab whose top-frame content script reports `url`, with what it reports.
 * Tab URLs are hidden without the "tabs" permission, so every tab is asked.
 */
export function tabReporting(
  worker: Worker,
  url: string,
): Promise<{ tabId: number; terms: PageTerms } | undefined> {
  return worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const terms = (await chrome.tabs
        .sendMessage(tab.id, { type: 'getPageTerms' }, { frameId: 0 })
        .catch(() => undefined)) as PageTerms | undefined;
      if (terms?.url === target) return { tabId: tab.id, terms };
    }
    return undefined;
  }, url);
}

/** The id of the tab showing `url`; throws when no tab reports it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const found = await tabReporting(worker, url);
  if (!found) throw new Error(`no tab reports ${url}`);
  return found.tabId;
}
