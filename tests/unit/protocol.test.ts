import { describe, expect, it, vi } from 'vitest';
import { backgroundRules } from '../../lib/protocol/background-protocol';
import { contentRules } from '../../lib/protocol/content-protocol';
import { contentReplyGuards } from '../../lib/protocol/content-replies';
import {
  classifySender,
  createDispatcher,
  readReply,
  refusal,
  type Handlers,
  type MessageRules,
  type ProtocolMap,
  type Sender,
} from '../../lib/protocol/protocol';

const EXTENSION: Sender = { kind: 'extension', url: 'chrome-extension://lens/popup.html' };
const CONTENT: Sender = { kind: 'content', tabId: 12, frameId: 0, url: 'https://news.example/' };

/** Whether a rule set accepts a message from some sender its rule allows. */
function acceptedBy<P extends ProtocolMap>(rules: MessageRules<P>, message: unknown): boolean {
  return [EXTENSION, CONTENT].some((sender) => refusal(rules, message, sender) === undefined);
}
const acceptedByBackground = (message: unknown) => acceptedBy(backgroundRules, message);
const acceptedByContent = (message: unknown) => acceptedBy(contentRules, message);

const NOT_OBJECTS = [undefined, null, 'getTermCard', 42, true, () => 'getPageTerms'];
const PAGE_TERMS = {
  url: 'https://example.org/',
  timeOrigin: 1700000000000.5,
  counts: { 'ningbo-2022:zheli-yongyou': 2 },
};

describe('background rules', () => {
  it('accepts well-formed requests', () => {
    for (const message of [
      { type: 'getTermCard', packId: 'ningbo-2022', termId: 'zheli-yongyou', script: 'simplified' },
      {
        type: 'getTermCard',
        packId: 'ningbo-2022',
        termId: 'zheli-yongyou',
        script: 'traditional',
      },
      { type: 'openReader', address: 'qa-5-p3' },
      { type: 'openReader', address: 'qa-2' },
      { type: 'openReader', address: 'a'.repeat(120) },
      { type: 'reportPageTerms', terms: PAGE_TERMS },
      { type: 'reportPageTerms', terms: { timeOrigin: 0, counts: {} } },
      { type: 'frameLeaving', timeOrigin: 1234.5 },
      { type: 'getTabTerms', tabId: 12 },
      { type: 'revealTerm', tabId: 12, key: 'ningbo-2022:zheli-yongyou' },
    ]) {
      expect(acceptedByBackground(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('rejects anything that is not a request object', () => {
    for (const message of [...NOT_OBJECTS, {}, [], { type: 'unknown' }, { type: 'getPageTerms' }]) {
      expect(acceptedByBackground(message), String(message)).toBe(false);
    }
  });

  it('rejects getTermCard without string ids or a script it knows', () => {
    for (const message of [
      { type: 'getTermCard', packId: 'ningbo-2022' },
      { type: 'getTermCard', termId: 'zheli-yongyou' },
      { type: 'getTermCard', packId: 1, termId: 'zheli-yongyou' },
      { type: 'getTermCard', packId: 'ningbo-2022', termId: ['zheli-yongyou'] },
      { type: 'getTermCard', packId: null, termId: { toString: () => 'x' } },
      { type: 'getTermCard', packId: 'ningbo-2022', termId: 'zheli-yongyou' },
      { type: 'getTermCard', packId: 'ningbo-2022', termId: 'zheli-yongyou', script: 'hk' },
    ]) {
      expect(acceptedByBackground(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('rejects reader addresses that could leave the fragment or carry markup', () => {
    for (const address of [
      '',
      'a'.repeat(121),
      'qa-5-p3#x',
      '../options.html',
      '/sidepanel.html',
      'qa-5?x=1',
      'qa 5',
      'qa-5\n',
      '"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '浙里甬有',
      42,
      undefined,
    ]) {
      expect(acceptedByBackground({ type: 'openReader', address }), String(address)).toBe(false);
    }
  });

  it('rejects malformed page-term reports', () => {
    for (const message of [
      { type: 'reportPageTerms', terms: { counts: {} } },
      { type: 'reportPageTerms', terms: { timeOrigin: '1', counts: {} } },
      { type: 'reportPageTerms', terms: null },
      { type: 'frameLeaving', timeOrigin: 'soon' },
      { type: 'frameLeaving', timeOrigin: Infinity },
      { type: 'reportPageTerms', terms: { timeOrigin: 1 } },
      { type: 'reportPageTerms', terms: { timeOrigin: 1, counts: { a: '2' } } },
      { type: 'reportPageTerms', terms: { timeOrigin: 1, counts: { a: Infinity } } },
      { type: 'reportPageTerms', terms: { timeOrigin: 1, counts: { a: Number.NaN } } },
      // A flood: too many terms, or keys no pack could have.
      {
        type: 'reportPageTerms',
        terms: {
          timeOrigin: 1,
          counts: Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`p:t${i}`, 1])),
        },
      },
      { type: 'reportPageTerms', terms: { timeOrigin: 1, counts: { ['x'.repeat(2_000)]: 1 } } },
    ]) {
      expect(acceptedByBackground(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('requires an integer tab id for tab requests', () => {
    for (const tabId of [undefined, null, '12', 1.5, Number.NaN, Infinity]) {
      expect(acceptedByBackground({ type: 'getTabTerms', tabId }), String(tabId)).toBe(false);
      expect(acceptedByBackground({ type: 'revealTerm', tabId, key: 'a:b' }), String(tabId)).toBe(
        false,
      );
    }
    expect(acceptedByBackground({ type: 'revealTerm', tabId: 12 })).toBe(false);
    expect(acceptedByBackground({ type: 'revealTerm', tabId: 12, key: 7 })).toBe(false);
  });
});

describe('content rules', () => {
  it('accepts well-formed requests', () => {
    for (const message of [
      { type: 'getPageTerms' },
      { type: 'getLensStats' },
      { type: 'stepTerm', direction: 1 },
      { type: 'stepTerm', direction: -1 },
      { type: 'revealTerm', key: 'ningbo-2022:zheli-yongyou', restart: false },
      { type: 'revealTerm', key: 'ningbo-2022:zheli-yongyou', restart: true },
    ]) {
      expect(acceptedByContent(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('rejects anything that is not a request object', () => {
    for (const message of [
      ...NOT_OBJECTS,
      {},
      [],
      { type: 'getTermCard' },
      { type: 'GETPAGETERMS' },
      { type: 'reportPageTerms', terms: PAGE_TERMS },
    ]) {
      expect(acceptedByContent(message), String(message)).toBe(false);
    }
  });

  it('accepts only a step of one forwards or backwards', () => {
    for (const direction of [0, 2, -2, '1', 1.5, Number.NaN, undefined, null]) {
      expect(acceptedByContent({ type: 'stepTerm', direction }), String(direction)).toBe(false);
    }
  });

  it('requires a string key and a restart flag to reveal', () => {
    for (const key of [undefined, null, 7, ['a:b'], { key: 'a:b' }]) {
      expect(acceptedByContent({ type: 'revealTerm', key, restart: false }), String(key)).toBe(
        false,
      );
    }
    for (const restart of [undefined, 'true', 1]) {
      expect(acceptedByContent({ type: 'revealTerm', key: 'a:b', restart }), String(restart)).toBe(
        false,
      );
    }
  });
});

describe('who may send what', () => {
  it('lets only content scripts report terms and open the reader', () => {
    const report = { type: 'reportPageTerms', terms: PAGE_TERMS };
    expect(refusal(backgroundRules, report, CONTENT)).toBeUndefined();
    expect(refusal(backgroundRules, report, EXTENSION)).toMatch(/from extension/);
    const open = { type: 'openReader', address: 'qa-2' };
    expect(refusal(backgroundRules, open, CONTENT)).toBeUndefined();
    expect(refusal(backgroundRules, open, EXTENSION)).toMatch(/from extension/);
  });

  it('keeps a content script to its own tab', () => {
    expect(refusal(backgroundRules, { type: 'getTabTerms', tabId: 12 }, CONTENT)).toMatch(
      /from content/,
    );
    expect(refusal(backgroundRules, { type: 'getTabTerms', tabId: 12 }, EXTENSION)).toBeUndefined();
    // Even a type content scripts may send cannot name another tab.
    const card = { type: 'getTermCard', packId: 'p', termId: 't', script: 'simplified' };
    expect(refusal(backgroundRules, { ...card, tabId: 13 }, CONTENT)).toMatch(/another tab/);
    expect(refusal(backgroundRules, { ...card, tabId: 12 }, CONTENT)).toBeUndefined();
  });

  it('refuses every message from an unknown sender, and content requests from pages', () => {
    expect(refusal(backgroundRules, { type: 'getTabTerms', tabId: 1 }, null)).toMatch(
      /from elsewhere/,
    );
    expect(refusal(contentRules, { type: 'getPageTerms' }, CONTENT)).toMatch(/from content/);
  });
});

describe('classifySender', () => {
  const extension = { id: 'lens', baseUrl: 'chrome-extension://lens/' };

  it('tells content scripts from extension pages, even one shown in a tab', () => {
    expect(
      classifySender(
        { id: 'lens', url: 'https://news.example/a', tab: { id: 3, windowId: 1 }, frameId: 2 },
        extension,
      ),
    ).toEqual({
      kind: 'content',
      tabId: 3,
      windowId: 1,
      frameId: 2,
      url: 'https://news.example/a',
    });
    expect(
      classifySender({ id: 'lens', url: 'about:blank', tab: { id: 3 } }, extension)?.kind,
    ).toBe('content');
    expect(
      classifySender(
        { id: 'lens', url: 'chrome-extension://lens/sidepanel.html', tab: { id: 4 } },
        extension,
      )?.kind,
    ).toBe('extension');
    expect(
      classifySender({ id: 'lens', url: 'chrome-extension://lens/popup.html' }, extension)?.kind,
    ).toBe('extension');
  });

  it('knows no sender of another extension', () => {
    expect(
      classifySender({ id: 'other', url: 'chrome-extension://other/x.html' }, extension),
    ).toBeNull();
    // A page whose URL merely starts like ours is still a page.
    expect(
      classifySender(
        { id: 'lens', url: 'chrome-extension://lens.evil/', tab: { id: 1 } },
        extension,
      )?.kind,
    ).toBe('content');
    expect(classifySender({ url: 'https://news.example/', tab: { id: 1 } }, extension)).toBeNull();
  });
});

type EchoProtocol = {
  echo: { request: { text: string }; response: string };
  boom: { request: object; response: number };
};
const echoRules: MessageRules<EchoProtocol> = {
  echo: { from: ['extension'], isValid: (m) => typeof m.text === 'string' },
  boom: { from: ['extension'], isValid: () => true },
};
const echoHandlers: Handlers<EchoProtocol> = {
  echo: ({ text }) => text.toUpperCase(),
  boom: () => {
    throw new Error('kaput');
  },
};

describe('createDispatcher', () => {
  it('answers a well-formed message with its handler, wrapped', async () => {
    const dispatch = createDispatcher({ rules: echoRules, handlers: echoHandlers });
    await expect(dispatch({ type: 'echo', text: 'hi' }, EXTENSION)).resolves.toEqual({
      ok: true,
      value: 'HI',
    });
  });

  it('answers refusals and failures with an error and a log line, never a throw', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher({
      rules: echoRules,
      handlers: echoHandlers,
      log,
    });
    const cases: [unknown, Sender | null, RegExp][] = [
      [null, EXTENSION, /no type/],
      [{ type: 'toString' }, EXTENSION, /unknown /],
      [{ type: '__proto__' }, EXTENSION, /unknown /],
      [{ type: 'echo', text: 1 }, EXTENSION, /malformed echo/],
      [{ type: 'echo', text: 'hi' }, CONTENT, /from content/],
      [{ type: 'boom' }, EXTENSION, /boom failed: kaput/],
    ];
    for (const [message, sender, error] of cases) {
      const reply = await dispatch(message, sender);
      expect(reply.ok, JSON.stringify(message)).toBe(false);
      expect(!reply.ok && reply.error).toMatch(error);
    }
    expect(log).toHaveBeenCalledTimes(cases.length);
  });

  it('will not compile without a handler or a rule for every type', () => {
    // @ts-expect-error: "boom" has no handler.
    const missingHandler: Handlers<EchoProtocol> = { echo: ({ text }) => text };
    // @ts-expect-error: "echo" must answer a string.
    const wrongReply: Handlers<EchoProtocol> = { ...echoHandlers, echo: () => 42 };
    // @ts-expect-error: "boom" has no rule.
    const missingRule: MessageRules<EchoProtocol> = { echo: echoRules.echo };
    expect([missingHandler, wrongReply, missingRule]).toHaveLength(3);
  });
});

describe('readReply', () => {
  it('returns a checked value, and throws for refusals and wrong shapes', () => {
    expect(readReply({ ok: true, value: true }, contentReplyGuards.stepTerm)).toBe(true);
    expect(readReply({ ok: true, value: PAGE_TERMS }, contentReplyGuards.getPageTerms)).toEqual(
      PAGE_TERMS,
    );
    expect(() => readReply({ ok: false, error: 'refused x' }, contentReplyGuards.stepTerm)).toThrow(
      'refused x',
    );
    expect(() => readReply({ ok: true, value: 'yes' }, contentReplyGuards.stepTerm)).toThrow(
      /wrong shape/,
    );
    expect(() => readReply(true, contentReplyGuards.stepTerm)).toThrow(/not a reply/);
    expect(() =>
      readReply({ ok: true, value: { url: 'x' } }, contentReplyGuards.getLensStats),
    ).toThrow(/wrong shape/);
    expect(readReply({ ok: true, value: null }, contentReplyGuards.getLensStats)).toBeNull();
  });
});
