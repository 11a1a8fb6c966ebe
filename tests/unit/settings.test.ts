import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../lib/settings/settings';
import { SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import {
  loadLensSettings,
  loadSettings,
  updateSettings,
  watchSettings,
} from '../../lib/settings/settings-storage';

const VALID: Settings = {
  enabled: false,
  markNational: false,
  hoverDelayMs: 750,
  disabledTerms: ['ningbo-2022:zhu-xuanlv'],
  showBadge: false,
  holdKey: 'alt',
  siteMode: 'listed',
  offSites: ['*.example.com'],
  onlySites: ['news.example.org', 'localhost:3000', 'file:'],
  markStyle: 'tint',
  markIntensity: 'strong',
  theme: 'dark',
  cardTextSize: 'larger',
};

describe('sanitizeSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(sanitizeSettings(VALID)).toEqual(VALID);
  });

  it('falls back to the defaults for anything that is not an object', () => {
    for (const raw of [undefined, null, 'garbage', 42, true, Symbol('x'), () => VALID]) {
      expect(sanitizeSettings(raw), String(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('repairs a bad field without losing the good ones', () => {
    expect(sanitizeSettings({ ...VALID, enabled: 'no' })).toEqual({ ...VALID, enabled: true });
    expect(sanitizeSettings({ ...VALID, markNational: 0 })).toEqual({
      ...VALID,
      markNational: true,
    });
    expect(sanitizeSettings({ ...VALID, hoverDelayMs: '750' })).toEqual({
      ...VALID,
      hoverDelayMs: 300,
    });
    expect(sanitizeSettings({ ...VALID, disabledTerms: 'ningbo-2022:zhu-xuanlv' })).toEqual({
      ...VALID,
      disabledTerms: [],
    });
  });

  it('falls back to the default for a choice that is not one of its options', () => {
    for (const [field, bad] of [
      ['markStyle', 'blink'],
      ['markIntensity', 4],
      ['theme', 'sepia'],
      ['cardTextSize', 'huge'],
      ['holdKey', 'meta'],
    ] as const) {
      expect(sanitizeSettings({ ...VALID, [field]: bad })).toEqual({
        ...VALID,
        [field]: DEFAULT_SETTINGS[field],
      });
    }
  });

  it('rejects non-finite delays and clamps and rounds finite ones', () => {
    for (const delay of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null]) {
      expect(sanitizeSettings({ hoverDelayMs: delay }).hoverDelayMs, String(delay)).toBe(300);
    }
    expect(sanitizeSettings({ hoverDelayMs: -20 }).hoverDelayMs).toBe(0);
    expect(sanitizeSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(5000);
    expect(sanitizeSettings({ hoverDelayMs: 5000 }).hoverDelayMs).toBe(5000);
    expect(sanitizeSettings({ hoverDelayMs: 0 }).hoverDelayMs).toBe(0);
    expect(sanitizeSettings({ hoverDelayMs: 249.5 }).hoverDelayMs).toBe(250);
    expect(sanitizeSettings({ hoverDelayMs: 249.4 }).hoverDelayMs).toBe(249);
  });

  it('drops duplicate and non-string disabled terms, keeping order', () => {
    expect(
      sanitizeSettings({ disabledTerms: ['a:b', 7, 'c:d', null, 'a:b', { key: 'x' }, ['e:f']] })
        .disabledTerms,
    ).toEqual(['a:b', 'c:d']);
  });

  it('ignores unknown fields and fills missing ones', () => {
    const result = sanitizeSettings({ markNational: false, readingRuler: 'on' });
    expect(result).toEqual({ ...DEFAULT_SETTINGS, markNational: false });
    expect(Object.keys(result).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('returns a fresh list, never the frozen default', () => {
    const first = sanitizeSettings(undefined);
    first.disabledTerms.push('a:b');
    expect(sanitizeSettings(undefined).disabledTerms).toEqual([]);
    expect(DEFAULT_SETTINGS.disabledTerms).toEqual([]);
  });
});

describe('site lists', () => {
  it('keeps patterns in their stored form, without duplicates', () => {
    expect(
      sanitizeSettings({
        offSites: ['Example.com', 'https://example.com/x', '*.例子.中国', 'file:'],
      }).offSites,
    ).toEqual(['example.com', '*.xn--fsqu00a.xn--fiqs8s', 'file:']);
  });

  it('drops entries that name no site and keeps the rest', () => {
    expect(
      sanitizeSettings({ onlySites: ['', 7, 'a..b', 'news.example.org', null] }).onlySites,
    ).toEqual(['news.example.org']);
    expect(sanitizeSettings({ offSites: 'example.com' }).offSites).toEqual([]);
  });

  it('falls back to "everywhere" for an unknown mode', () => {
    expect(sanitizeSettings({ siteMode: 'sometimes' }).siteMode).toBe('everywhere');
    expect(sanitizeSettings({ siteMode: 'listed' }).siteMode).toBe('listed');
  });
});

describe('loadSettings and updateSettings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('treats an explicit undefined as no change', async () => {
    await updateSettings({ enabled: false });
    expect((await updateSettings({ enabled: undefined })).enabled).toBe(false);
  });

  it("loads the lens's part: every field but the site rules and the badge, repaired alike", async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        hoverDelayMs: -40,
        holdKey: 'meta',
        markStyle: 'tint',
        disabledTerms: ['a', 'a', 3],
        offSites: ['Example.com'],
        showBadge: false,
      },
    });
    const { showBadge, siteMode, offSites, onlySites, ...lensPart } = await loadSettings();
    expect({ showBadge, siteMode, offSites, onlySites }).toEqual({
      showBadge: false,
      siteMode: 'everywhere',
      offSites: ['example.com'],
      onlySites: [],
    });
    expect(await loadLensSettings()).toEqual(lensPart);
    expect(lensPart).toMatchObject({ hoverDelayMs: 0, holdKey: 'none', markStyle: 'tint' });
    expect(lensPart.disabledTerms).toEqual(['a']);
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change under local "settings" and keeps the other fields', async () => {
    await updateSettings({ markNational: false });
    const next = await updateSettings({ hoverDelayMs: 800 });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, markNational: false, hoverDelayMs: 800 });
    expect(await loadSettings()).toEqual(next);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...next, version: SETTINGS_VERSION },
    });
  });

  it('sanitizes what it saves', async () => {
    const next = await updateSettings({
      hoverDelayMs: 12_345.6,
      disabledTerms: ['a:b', 'a:b'],
    });
    expect(next.hoverDelayMs).toBe(5000);
    expect(next.disabledTerms).toEqual(['a:b']);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...next, version: SETTINGS_VERSION },
    });
  });

  it('recovers from a corrupt stored value, and overwrites it on the next change', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ enabled: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...DEFAULT_SETTINGS, enabled: false, version: SETTINGS_VERSION },
    });
  });

  it('repairs a stored value field by field', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        enabled: false,
        markNational: 'yes',
        hoverDelayMs: -5,
        disabledTerms: [1, 'x:y'],
      },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      markNational: true,
      hoverDelayMs: 0,
      disabledTerms: ['x:y'],
    });
  });

  it('tells watchers about changes, sanitized', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ markNational: false });
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'soon' } });
    unwatch();
    await updateSettings({ enabled: false });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, markNational: false }, { ...DEFAULT_SETTINGS }]);
  });

  it('tells watchers no state older than the one just set while its saves are under way', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    // Two controls changed in a row, as a reader clicks them.
    const first = updateSettings({ holdKey: 'shift' });
    const second = updateSettings({ siteMode: 'listed' });
    await Promise.all([first, second]);
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, holdKey: 'shift', siteMode: 'listed' }]);
  });

  it('upgrades settings a first release stored, keeping every field', async () => {
    const firstRelease = {
      enabled: false,
      markNational: false,
      hoverDelayMs: 900,
      disabledTerms: ['ningbo-2022:zhu-xuanlv'],
    };
    await fakeBrowser.storage.local.set({ settings: firstRelease });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...firstRelease });
    await updateSettings({ offSites: ['example.com'] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        ...firstRelease,
        offSites: ['example.com'],
        version: SETTINGS_VERSION,
      },
    });
  });

  it('keeps fields a newer release wrote when this one saves a change', async () => {
    const newer = { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION + 1, readingRuler: 'on' };
    await fakeBrowser.storage.local.set({ settings: newer });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ enabled: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { ...newer, enabled: false },
    });
  });
});
