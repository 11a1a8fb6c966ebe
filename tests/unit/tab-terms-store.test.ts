import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabTermsStore } from '../../lib/background/tab-terms-store';
import type { PageTerms } from '../../lib/tab-terms';

beforeEach(() => fakeBrowser.reset());

/** Every tab counts as open (the fake browser has none). */
const OPEN = { isOpen: () => Promise.resolve(true) };

describe('the tab terms store', () => {
  it('keeps what a report says of terms, and nothing else a frame sends (no address)', async () => {
    const store = createTabTermsStore(OPEN);
    const sent = {
      timeOrigin: 1000,
      counts: { 'ningbo-2022:zheli-yongyou': 2 },
      url: 'https://news.example.com/private?token=abc#reading',
    } as PageTerms;
    await store.report({ tabId: 7, frameId: 0, terms: sent });
    const stored = await fakeBrowser.storage.session.get(null);
    expect(JSON.stringify(stored)).not.toContain('news.example.com');
    expect(stored).toEqual({
      'tabTerms:7': { 0: { timeOrigin: 1000, counts: { 'ningbo-2022:zheli-yongyou': 2 } } },
    });
    expect(await store.get(7)).toEqual({
      frames: [{ frameId: 0 }],
      counts: { 'ningbo-2022:zheli-yongyou': 2 },
      framesWithTerm: { 'ningbo-2022:zheli-yongyou': [0] },
    });
  });

  it('keeps every report when the frames of a tab report at once to a cold store', async () => {
    const report = (frameId: number): PageTerms => ({
      timeOrigin: 1000 + frameId,
      counts: { [`p:t${frameId}`]: 1 },
    });
    await createTabTermsStore(OPEN).report({ tabId: 3, frameId: 0, terms: report(0) });
    // A new store, as after the service worker restarted: nothing cached.
    const cold = createTabTermsStore(OPEN);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        cold.report({ tabId: 3, frameId: i + 1, terms: report(i + 1) }),
      ),
    );
    expect((await cold.get(3))!.frames).toHaveLength(11);
    expect((await createTabTermsStore(OPEN).get(3))!.frames).toHaveLength(11);
  });

  it('drops the report of a frame that leaves, and the tab entry with its last one', async () => {
    const store = createTabTermsStore(OPEN);
    await store.report({ tabId: 4, frameId: 0, terms: { timeOrigin: 10, counts: { 'p:a': 1 } } });
    await store.report({ tabId: 4, frameId: 2, terms: { timeOrigin: 20, counts: { 'p:b': 1 } } });
    await store.leave({ tabId: 4, frameId: 2, timeOrigin: 20 });
    expect((await store.get(4))!.counts).toEqual({ 'p:a': 1 });
    await store.leave({ tabId: 4, frameId: 0, timeOrigin: 10 });
    expect(await store.get(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps a newer document’s report when an older one of that frame leaves late', async () => {
    const store = createTabTermsStore(OPEN);
    await store.report({ tabId: 4, frameId: 0, terms: { timeOrigin: 30, counts: { 'p:new': 1 } } });
    await store.leave({ tabId: 4, frameId: 0, timeOrigin: 10 });
    expect((await store.get(4))!.counts).toEqual({ 'p:new': 1 });
  });

  it('records nothing for a tab that closed before its frames said they were leaving', async () => {
    const store = createTabTermsStore(OPEN);
    await store.report({ tabId: 9, frameId: 0, terms: { timeOrigin: 10, counts: { 'p:a': 1 } } });
    await store.forget(9);
    await store.leave({ tabId: 9, frameId: 0, timeOrigin: 10 });
    await store.leave({ tabId: 9, frameId: 3, timeOrigin: 12 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('makes no entry for a report that arrives after its tab closed', async () => {
    const store = createTabTermsStore({ isOpen: (tabId) => Promise.resolve(tabId !== 13) });
    await store.report({ tabId: 13, frameId: 0, terms: { timeOrigin: 1, counts: { 'p:a': 1 } } });
    expect(await store.get(13)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await store.report({ tabId: 14, frameId: 0, terms: { timeOrigin: 1, counts: { 'p:a': 1 } } });
    expect((await store.get(14))!.counts).toEqual({ 'p:a': 1 });
  });
});
