import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabSites } from '../../lib/background/tab-sites';
import { toggleSiteOfTab } from '../../lib/background/toggle-site';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';

/** Every tab counts as open (the fake browser has none). */
const OPEN = { isOpen: () => Promise.resolve(true) };

describe('toggleSiteOfTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches the tab’s site off, then on again', async () => {
    const tabSites = createTabSites(OPEN);
    await tabSites.recordTopFrame(7, 'https://news.example.com/story');
    expect(await toggleSiteOfTab(tabSites, 7)).toBe(false);
    expect((await loadSettings()).offSites).toEqual(['news.example.com']);
    expect(await toggleSiteOfTab(tabSites, 7)).toBe(true);
    expect((await loadSettings()).offSites).toEqual([]);
  });

  it('follows the listed mode, and leaves the global switch alone', async () => {
    await updateSettings({ siteMode: 'listed', enabled: false });
    const tabSites = createTabSites(OPEN);
    await tabSites.recordTopFrame(7, 'https://news.example.com/story');
    expect(await toggleSiteOfTab(tabSites, 7)).toBe(true);
    expect(await loadSettings()).toMatchObject({
      enabled: false,
      onlySites: ['news.example.com'],
      offSites: [],
    });
  });

  it('does nothing on a page no rule can name', async () => {
    const tabSites = createTabSites(OPEN);
    await tabSites.recordTopFrame(7, 'about:blank');
    expect(await toggleSiteOfTab(tabSites, 7)).toBeNull();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});

describe('createTabSites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from session storage after the service worker restarts', async () => {
    await createTabSites(OPEN).recordTopFrame(3, 'https://例子.中国/a');
    expect(await createTabSites(OPEN).get(3)).toEqual({
      kind: 'host',
      host: 'xn--fsqu00a.xn--fiqs8s',
      port: '443',
    });
  });

  it('lets a frame that asks first wait for its top frame', async () => {
    const tabSites = createTabSites(OPEN);
    const asked = tabSites.get(5);
    await tabSites.recordTopFrame(5, 'http://localhost:3000/');
    expect(await asked).toEqual({ kind: 'host', host: 'localhost', port: '3000' });
  });

  it('forgets a tab’s site when it loads another page', async () => {
    const tabSites = createTabSites(OPEN);
    await tabSites.recordTopFrame(5, 'https://example.com/');
    await tabSites.forget(5);
    const asked = tabSites.get(5);
    await tabSites.recordTopFrame(5, 'https://example.org/');
    expect(await asked).toMatchObject({ host: 'example.org' });
  });

  it('records no site for a tab that closed before its top frame spoke', async () => {
    const tabSites = createTabSites({ isOpen: () => Promise.resolve(false) });
    await tabSites.recordTopFrame(8, 'https://example.org/');
    expect(await tabSites.known(8)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
