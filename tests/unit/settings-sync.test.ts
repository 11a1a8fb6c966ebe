import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { afterInstalled } from '../../lib/background/installed';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';
import {
  pullSettings,
  pushSettings,
  startSettingsSync,
  type SyncArea,
} from '../../lib/settings/settings-sync';

/** Chrome's sync quota for one item: its key and its value as JSON. */
const QUOTA_BYTES_PER_ITEM = 8192;

/** A sync area that keeps Chrome's per-item quota, shared by every "browser" in a test. */
function syncArea() {
  const stored = new Map<string, unknown>();
  let writes = 0;
  const area: SyncArea = {
    get: async (keys) =>
      Object.fromEntries(
        keys.filter((key) => stored.has(key)).map((key) => [key, stored.get(key)]),
      ),
    async set(next) {
      for (const [key, value] of Object.entries(next))
        if (key.length + JSON.stringify(value).length > QUOTA_BYTES_PER_ITEM)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      writes += 1;
      for (const [key, value] of Object.entries(next)) stored.set(key, value);
    },
    async remove(keys) {
      for (const key of keys) stored.delete(key);
    },
  };
  return {
    area,
    /** What the area holds, as an object. */
    get items() {
      return Object.fromEntries(stored);
    },
    get writes() {
      return writes;
    },
  };
}

/** Site patterns whose list is too long for one sync item. */
const MANY_SITES = Array.from({ length: 400 }, (_, i) => `site-${i}.news.example.com`);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('pushSettings', () => {
  it('writes each changed setting as its own item, and nothing when nothing changed', async () => {
    const sync = syncArea();
    const settings = { ...DEFAULT_SETTINGS, holdKey: 'alt' as const };
    expect(await pushSettings(settings, ['holdKey', 'enabled'], sync.area)).toEqual([]);
    expect(sync.items).toEqual({ 'settings.holdKey': 'alt', 'settings.enabled': true });
    const writes = sync.writes;
    await pushSettings(settings, ['holdKey', 'enabled'], sync.area);
    expect(sync.writes).toBe(writes);
  });

  it('keeps a setting too large to sync here, syncs the rest, and leaves no older copy in sync', async () => {
    const sync = syncArea();
    await sync.area.set({ 'settings.offSites': ['old.example.com'] });
    const settings = { ...DEFAULT_SETTINGS, offSites: MANY_SITES, markStyle: 'tint' as const };
    expect(await pushSettings(settings, ['offSites', 'markStyle'], sync.area)).toEqual([
      'offSites',
    ]);
    expect(sync.items).toEqual({ 'settings.markStyle': 'tint' });
  });
});

describe('pullSettings', () => {
  it('takes synced settings field by field, keeping what it cannot read and what sync lacks', async () => {
    const sync = syncArea();
    await updateSettings({ hoverDelayMs: 800, offSites: ['a.example.com'], theme: 'dark' });
    await sync.area.set({
      'settings.offSites': ['b.example.com'],
      'settings.theme': 'sepia',
      'settings.readingRuler': 'on',
    });
    await pullSettings(['offSites', 'theme', 'hoverDelayMs'], sync.area);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 800,
      offSites: ['b.example.com'],
      theme: 'dark',
    });
  });

  it('writes nothing when sync says what is already in use', async () => {
    const sync = syncArea();
    await updateSettings({ holdKey: 'shift' });
    await sync.area.set({ 'settings.holdKey': 'shift' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await pullSettings(['holdKey'], sync.area);
    expect(set).not.toHaveBeenCalled();
  });

  it('keeps both changes when two browsers change different settings at once', async () => {
    const sync = syncArea();
    // This browser switches the hold key; the other one, meanwhile, a site off.
    await updateSettings({ holdKey: 'ctrl' });
    await pushSettings(await loadSettings(), ['holdKey'], sync.area);
    await pushSettings(
      { ...DEFAULT_SETTINGS, offSites: ['x.example.com'] },
      ['offSites'],
      sync.area,
    );
    await pullSettings(['offSites'], sync.area);
    expect(await loadSettings()).toMatchObject({ holdKey: 'ctrl', offSites: ['x.example.com'] });
    expect(sync.items).toEqual({
      'settings.holdKey': 'ctrl',
      'settings.offSites': ['x.example.com'],
    });
  });
});

describe('startSettingsSync', () => {
  it('pushes each change made here and pulls each change made elsewhere', async () => {
    startSettingsSync(fakeBrowser.storage.sync);
    await updateSettings({ markIntensity: 'strong' });
    await expect
      .poll(() => fakeBrowser.storage.sync.get(null))
      .toEqual({ 'settings.markIntensity': 'strong' });

    await fakeBrowser.storage.sync.set({ 'settings.enabled': false });
    await expect.poll(async () => (await loadSettings()).enabled).toBe(false);
    expect((await loadSettings()).markIntensity).toBe('strong');
    // The pull's own write is pushed back as nothing new.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'settings.markIntensity': 'strong',
      'settings.enabled': false,
    });
  });
});

describe('a first install', () => {
  it('takes the settings synced from the user’s other browsers', async () => {
    const sync = syncArea();
    await sync.area.set({ 'settings.markStyle': 'none', 'settings.onlySites': ['a.example.com'] });
    vi.spyOn(fakeBrowser.tabs, 'create');
    await afterInstalled('install', sync.area);
    expect(await loadSettings()).toMatchObject({ markStyle: 'none', onlySites: ['a.example.com'] });
  });

  it('opens the welcome page even when sync cannot be read', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const broken: SyncArea = {
      get: () => Promise.reject(new Error('sync is off')),
      set: () => Promise.reject(new Error('sync is off')),
      remove: () => Promise.reject(new Error('sync is off')),
    };
    await afterInstalled('install', broken);
    expect(create).toHaveBeenCalledOnce();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
