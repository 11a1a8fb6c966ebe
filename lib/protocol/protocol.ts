/**
 * The shape every message protocol between the extension's processes shares.
 * A protocol is a map from message type to the request it carries and the
 * response it gets; everything else here is derived from such a map, so a new
 * message type cannot compile without its validator, its sender rule and its
 * handler, and a reply's type always follows from its request.
 */

/** Message type → what the request carries and what the reply holds. */
export type ProtocolMap = Record<string, { request: object; response: unknown }>;

export type RequestOf<P extends ProtocolMap, K extends keyof P> = P[K]['request'];
export type ResponseOf<P extends ProtocolMap, K extends keyof P> = P[K]['response'];

/**
 * Every reply is wrapped, so that a refused or failed message reaches its
 * sender as an error rather than as a value that looks like an answer.
 */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Who sent a message: a content script in a web page, or the extension itself
 * (the background or one of its pages: popup, side panel, options, a reader tab).
 */
export type SenderKind = 'content' | 'extension';

/** What a handler knows of its sender, already classified. */
export interface Sender {
  kind: SenderKind;
  /** The sender's tab, for content scripts and extension pages shown in a tab. */
  tabId?: number;
  windowId?: number;
  frameId?: number;
  /** The sending document's URL (a content script's page, or an extension page). */
  url?: string;
}

/** How one message type is checked before its handler runs. */
export interface MessageRule {
  /** Who may send it. */
  from: readonly SenderKind[];
  /** Whether the fields (everything but `type`) are well formed. */
  isValid: (message: Record<string, unknown>) => boolean;
}

/** One rule per message type: a type without a rule does not compile. */
export type MessageRules<P extends ProtocolMap> = { readonly [K in keyof P]: MessageRule };

/** One handler per message type, whose return type is the type's response. */
export type Handlers<P extends ProtocolMap> = {
  [K in keyof P]: (
    request: RequestOf<P, K>,
    sender: Sender,
  ) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Classifies a runtime sender; null for anything outside this extension. A
 * content script always has a tab and a web page's URL; the background and the
 * extension's pages (even one shown in a tab) have a URL under the extension's
 * base URL. (URL origins are no help: some engines call a non-web scheme's origin "null".)
 */
export function classifySender(
  sender: { id?: string; url?: string; tab?: { id?: number; windowId?: number }; frameId?: number },
  extension: { id: string; baseUrl: string },
): Sender | null {
  if (sender.id !== extension.id) return null;
  const fromExtension = sender.url?.startsWith(extension.baseUrl) ?? false;
  return {
    kind: sender.tab && !fromExtension ? 'content' : 'extension',
    tabId: sender.tab?.id,
    windowId: sender.tab?.windowId,
    frameId: sender.frameId,
    url: sender.url,
  };
}

/**
 * Why a message must be refused, or undefined when its type is known, its
 * sender may send it, and its fields are well formed.
 */
export function refusal<P extends ProtocolMap>(
  rules: MessageRules<P>,
  message: unknown,
  sender: Sender | null,
): string | undefined {
  if (!isRecord(message) || typeof message.type !== 'string') return 'no type';
  const type = message.type;
  if (!Object.hasOwn(rules, type)) return `unknown ${type}`;
  const rule: MessageRule = rules[type]!;
  if (!sender || !rule.from.includes(sender.kind))
    return `${type} from ${sender?.kind ?? 'elsewhere'}`;
  // A content script speaks for its own tab only, whatever the rule allows.
  if (sender.kind === 'content' && 'tabId' in message && message.tabId !== sender.tabId)
    return `${type} for another tab`;
  if (!rule.isValid(message)) return `malformed ${type}`;
  return undefined;
}

/**
 * Builds the function that answers incoming messages: it checks them against
 * the rules, runs the handler, and wraps the result. A refused or failed
 * message gets an error reply and a log line; nothing throws.
 */
export function createDispatcher<P extends ProtocolMap>({
  rules,
  handlers,
  log = console.warn,
}: {
  rules: MessageRules<P>;
  handlers: Handlers<P>;
  log?: (message: string) => void;
}): (message: unknown, sender: Sender | null) => Promise<Reply<unknown>> {
  const fail = (error: string): Reply<unknown> => {
    // The console it lands in (the page's, the background's) says who answered.
    log(`Interview Lens: ${error}`);
    return { ok: false, error };
  };
  return async (message, sender) => {
    const refused = refusal(rules, message, sender);
    if (refused !== undefined || !isRecord(message) || !sender) return fail(`refused ${refused}`);
    const type = String(message.type);
    // The rules have vouched for the fields: this is the request the handler expects.
    const handler = handlers[type]! as (request: unknown, sender: Sender) => unknown;
    try {
      return { ok: true, value: await handler(message, sender) };
    } catch (error) {
      return fail(`${type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** The value of a reply, or an error for a refusal or something that is no reply. */
function replyValue(raw: unknown): unknown {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') throw new Error('not a reply');
  if (!raw.ok) throw new Error(typeof raw.error === 'string' ? raw.error : 'refused');
  return raw.value;
}

/**
 * Reads a reply where it crosses a trust boundary (test and benchmark drivers,
 * which talk to the built extension): the value is checked, not assumed.
 */
export function readReply<T>(raw: unknown, isResponse: (value: unknown) => value is T): T {
  const value = replyValue(raw);
  if (!isResponse(value)) throw new Error('reply of the wrong shape');
  return value;
}

/**
 * Reads a reply from one of the extension's own processes. Only this extension
 * can answer its messages, and both ends are compiled from the same protocol
 * map, so the type is taken from the request: the one place a reply's type is
 * asserted rather than checked.
 */
export function readOwnReply<P extends ProtocolMap, K extends keyof P>(
  raw: unknown,
): ResponseOf<P, K> {
  return replyValue(raw) as ResponseOf<P, K>;
}
