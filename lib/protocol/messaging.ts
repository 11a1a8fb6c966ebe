import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol } from './background-protocol';
import type { ContentProtocol } from './content-protocol';
import {
  classifySender,
  createDispatcher,
  readOwnReply,
  type Handlers,
  type MessageRules,
  type ProtocolMap,
  type RequestOf,
  type ResponseOf,
} from './protocol';

/** The extension's own id and base URL, against which senders are classified. */
function extensionIdentity(): { id: string; baseUrl: string } {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

/** Asks the background; the promise rejects when it refuses or fails. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  request: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const raw: unknown = await browser.runtime.sendMessage({ ...request, type });
  return readOwnReply<BackgroundProtocol, K>(raw);
}

/**
 * Asks a tab's content scripts: one frame's, or every frame's when no frame is
 * named (the first answer wins).
 */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  request: RequestOf<ContentProtocol, K>,
  frame: { frameId: number } | undefined = undefined,
): Promise<ResponseOf<ContentProtocol, K>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { ...request, type }, frame);
  return readOwnReply<ContentProtocol, K>(raw);
}

/**
 * Answers one protocol's messages with its handlers, after its rules; returns
 * how to stop listening.
 */
export function listen<P extends ProtocolMap>({
  rules,
  handlers,
}: {
  rules: MessageRules<P>;
  handlers: Handlers<P>;
}): () => void {
  const dispatch = createDispatcher({ rules, handlers });
  const extension = extensionIdentity();
  // Answering through sendResponse (and returning true to keep the channel
  // open) works with every browser's own API, with or without the polyfill.
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true => {
    void dispatch(message, classifySender(sender, extension)).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
