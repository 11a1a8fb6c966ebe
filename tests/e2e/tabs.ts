import type { Worker } from 'playwright-core';

/**
 * The id of the tab whose top-frame content script reports `url`. Tab URLs are
 * hidden without the "tabs" permission, so every tab is asked.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const terms = (await chrome.tabs
        .sendMessage(tab.id, { type: 'getPageTerms' }, { frameId: 0 })
        .catch(() => undefined)) as { url?: string } | undefined;
      if (terms?.url === target) return tab.id;
    }
    return -1;
  }, url);
  if (id < 0) throw new Error(`no tab reports ${url}`);
  return id;
}
