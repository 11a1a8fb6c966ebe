import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabTermsStore } from '../../lib/background/tab-terms-store';
import type { PageTerms } from '../../lib/tab-terms';

beforeEach(() => fakeBrowser.reset());

describe('the tab terms store', () => {
  it('keeps what a report says of terms, and nothing else a frame sends (no address)', async () => {
    const store = createTabTermsStore();
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
    await createTabTermsStore().report({ tabId: 3, frameId: 0, terms: report(0) });
    // A new store, as after the service worker restarted: nothing cached.
    const cold = createTabTermsStore();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        cold.report({ tabId: 3, frameId: i + 1, terms: report(i + 1) }),
      ),
    );
    expect((await cold.get(3))!.frames).toHaveLength(11);
    expect((await createTabTermsStore().get(3))!.frames).toHaveLength(11);
  });
});
