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
});
