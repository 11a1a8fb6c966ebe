import type { Worker } from 'playwright-core';
import type { CardView } from '../../lib/page/card-view';
import type { ContentProtocol } from '../../lib/protocol/content-protocol';
import type { PageTerms } from '../../lib/tab-terms';
import { contentReplyGuards } from '../../lib/protocol/content-replies';
import { readReply, type RequestOf, type ResponseOf } from '../../lib/protocol/protocol';

/**
 * Sends a content-protocol message from the extension's service worker to the
 * top frame of every open tab, and returns the well-formed answers with their
 * tab ids. (Tab URLs are hidden without the "tabs" permission, so a driver
 * that wants one page asks every tab and picks the answer that names it.)
 */
export async function askEveryTab<K extends keyof ContentProtocol & string>(
  worker: Worker,
  type: K,
  request: RequestOf<ContentProtocol, K>,
): Promise<{ tabId: number; value: ResponseOf<ContentProtocol, K> }[]> {
  const raw = await worker.evaluate(
    async (message) => {
      const tabs = (await chrome.tabs.query({})).flatMap((tab) =>
        tab.id === undefined ? [] : [tab.id],
      );
      return Promise.all(
        tabs.map(async (tabId) => ({
          tabId,
          reply: await chrome.tabs
            .sendMessage(tabId, message, { frameId: 0 })
            .catch(() => undefined),
        })),
      );
    },
    { ...request, type },
  );
  return raw.flatMap(({ tabId, reply }) => {
    try {
      return [{ tabId, value: readReply(reply, contentReplyGuards[type]) }];
    } catch {
      return [];
    }
  });
}

/** Sends a content-protocol message to one tab's top frame and checks the reply. */
export async function askTab<K extends keyof ContentProtocol & string>(
  worker: Worker,
  tabId: number,
  type: K,
  request: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  const reply = await worker.evaluate(
    ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message, { frameId: 0 }),
    { tabId, message: { ...request, type } },
  );
  return readReply(reply, contentReplyGuards[type]);
}

/** The tab whose top-frame content script reports `url`, with what it reports. */
export async function tabReporting(
  worker: Worker,
  url: string,
): Promise<{ tabId: number; terms: PageTerms } | undefined> {
  const answers = await askEveryTab(worker, 'getPageTerms', {});
  const found = answers.find(({ value }) => value.url === url);
  return found && { tabId: found.tabId, terms: found.value };
}

/** The id of the tab whose top frame reports `url`; throws when no tab does. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const found = await tabReporting(worker, url);
  if (!found) throw new Error(`no tab reports ${url}`);
  return found.tabId;
}

const CARD_POLL_MS = 10;

/**
 * Polls the card of a tab's top frame until it shows its entry (`ready`) or is
 * gone; false when that does not happen within `timeoutMs`. (The card's shadow
 * root is closed: only the content script can say what it shows.)
 */
export async function waitForCard({
  worker,
  tabId,
  state,
  timeoutMs,
}: {
  worker: Worker;
  tabId: number;
  state: 'ready' | 'gone';
  timeoutMs: number;
}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const reached = (view: CardView | null) =>
    state === 'ready' ? view?.status === 'ready' : view === null;
  for (;;) {
    if (reached(await askTab(worker, tabId, 'getCardView', {}))) return true;
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, CARD_POLL_MS));
  }
}
