import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { muteFromCard } from '../../lib/background/mute-from-card';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';
import { siteOfUrl } from '../../lib/sites/site-pattern';

const term = { packId: 'ningbo-2022', termId: 'zheli-yongyou' };
const site = siteOfUrl('https://news.example.com/a');

describe('muteFromCard', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches the term off once, keeping the terms already off', async () => {
    await updateSettings({ disabledTerms: ['ningbo-2022:zhu-xuanlv'] });
    expect(await muteFromCard({ scope: 'term', ...term, site })).toBe(true);
    expect(await muteFromCard({ scope: 'term', ...term, site })).toBe(false);
    expect((await loadSettings()).disabledTerms).toEqual([
      'ningbo-2022:zhu-xuanlv',
      'ningbo-2022:zheli-yongyou',
    ]);
  });

  it('switches the site off, as the popup would', async () => {
    expect(await muteFromCard({ scope: 'site', ...term, site })).toBe(true);
    expect(await loadSettings()).toMatchObject({
      offSites: ['news.example.com'],
      disabledTerms: [],
    });
  });

  it('does nothing for a page no site rule can name', async () => {
    expect(await muteFromCard({ scope: 'site', ...term, site: null })).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});
