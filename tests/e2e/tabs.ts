import type { Worker } from 'playwright-core';
import { askEveryTab } from '../../scripts/lib/ask-content';
import type { PageTerms } from '../../lib/tab-terms';

/** The tab whose top-frame content script reports `url`, with what it reports. */
export async function tabReporting(
  worker: Worker,
  url: string,
): Promise<{ tabId: number; terms: PageTerms } | undefined> {
  const answers = await askEveryTab(worker, 'getPageTerms', {});
  const found = answers.find(({ value }) => value.url === url);
  return found && { tabId: found.tabId, terms: found.value };
}
