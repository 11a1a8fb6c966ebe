import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isContentRequest } from '../../lib/messages';

const NOT_OBJECTS = [undefined, null, 'getTermCard', 42, true, () => 'getPageTerms'];
const PAGE_TERMS = {
  url: 'https://example.org/',
  timeOrigin: 1700000000000.5,
  counts: { 'ningbo-2022:zheli-yongyou': 2 },
};

describe('isBackgroundRequest', () => {
  it('accepts well-formed requests', () => {
    for (const message of [
      { type: 'getTermCard', packId: 'ningbo-2022', termId: 'zheli-yongyou' },
      { type: 'openReader', anchor: 'qa-5-p3' },
      { type: 'openReader', anchor: 'qa-2' },
      { type: 'openReader', anchor: 'a'.repeat(120) },
      { type: 'reportPageTerms', terms: PAGE_TERMS },
      { type: 'reportPageTerms', terms: { url: '', timeOrigin: 0, counts: {} } },
      { type: 'getTabTerms', tabId: 12 },
      { type: 'revealTerm', tabId: 12, key: 'ningbo-2022:zheli-yongyou' },
    ]) {
      expect(isBackgroundRequest(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('rejects anything that is not a request object', () => {
    for (const message of [...NOT_OBJECTS, {}, [], { type: 'unknown' }, { type: 'getPageTerms' }]) {
      expect(isBackgroundRequest(message), String(message)).toBe(false);
    }
  });

  it('rejects getTermCard without string ids', () => {
    for (const message of [
      { type: 'getTermCard', packId: 'ningbo-2022' },
      { type: 'getTermCard', termId: 'zheli-yongyou' },
      { type: 'getTermCard', packId: 1, termId: 'zheli-yongyou' },
      { type: 'getTermCard', packId: 'ningbo-2022', termId: ['zheli-yongyou'] },
      { type: 'getTermCard', packId: null, termId: { toString: () => 'x' } },
    ]) {
      expect(isBackgroundRequest(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('rejects reader anchors that could leave the fragment or carry markup', () => {
    for (const anchor of [
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
      expect(isBackgroundRequest({ type: 'openReader', anchor }), String(anchor)).toBe(false);
    }
  });

  it('rejects malformed page-term reports', () => {
    for (const message of [
      { type: 'reportPageTerms', terms: { url: 'x', counts: {} } },
      { type: 'reportPageTerms', terms: { url: 'x', timeOrigin: '1', counts: {} } },
      { type: 'reportPageTerms', terms: null },
      { type: 'reportPageTerms', terms: { timeOrigin: 1, counts: {} } },
      { type: 'reportPageTerms', terms: { url: 1, timeOrigin: 1, counts: {} } },
      { type: 'reportPageTerms', terms: { url: 'x', timeOrigin: 1 } },
      { type: 'reportPageTerms', terms: { url: 'x', timeOrigin: 1, counts: { a: '2' } } },
      { type: 'reportPageTerms', terms: { url: 'x', timeOrigin: 1, counts: { a: Infinity } } },
      { type: 'reportPageTerms', terms: { url: 'x', timeOrigin: 1, counts: { a: Number.NaN } } },
    ]) {
      expect(isBackgroundRequest(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('requires an integer tab id for tab requests', () => {
    for (const tabId of [undefined, null, '12', 1.5, Number.NaN, Infinity]) {
      expect(isBackgroundRequest({ type: 'getTabTerms', tabId }), String(tabId)).toBe(false);
      expect(isBackgroundRequest({ type: 'revealTerm', tabId, key: 'a:b' }), String(tabId)).toBe(
        false,
      );
    }
    expect(isBackgroundRequest({ type: 'revealTerm', tabId: 12 })).toBe(false);
    expect(isBackgroundRequest({ type: 'revealTerm', tabId: 12, key: 7 })).toBe(false);
  });
});

describe('isContentRequest', () => {
  it('accepts well-formed requests', () => {
    for (const message of [
      { type: 'getPageTerms' },
      { type: 'getLensStats' },
      { type: 'stepTerm', direction: 1 },
      { type: 'stepTerm', direction: -1 },
      { type: 'revealTerm', key: 'ningbo-2022:zheli-yongyou', restart: false },
      { type: 'revealTerm', key: 'ningbo-2022:zheli-yongyou', restart: true },
    ]) {
      expect(isContentRequest(message), JSON.stringify(message)).toBe(true);
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
      expect(isContentRequest(message), String(message)).toBe(false);
    }
  });

  it('accepts only a step of one forwards or backwards', () => {
    for (const direction of [0, 2, -2, '1', 1.5, Number.NaN, undefined, null]) {
      expect(isContentRequest({ type: 'stepTerm', direction }), String(direction)).toBe(false);
    }
  });

  it('requires a string key and a restart flag to reveal', () => {
    for (const key of [undefined, null, 7, ['a:b'], { key: 'a:b' }]) {
      expect(isContentRequest({ type: 'revealTerm', key, restart: false }), String(key)).toBe(
        false,
      );
    }
    for (const restart of [undefined, 'true', 1]) {
      expect(isContentRequest({ type: 'revealTerm', key: 'a:b', restart }), String(restart)).toBe(
        false,
      );
    }
  });
});
