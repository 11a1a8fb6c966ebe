import type { Worker } from 'playwright-core';
import type { ContentProtocol } from '../../lib/protocol/content-protocol';
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
