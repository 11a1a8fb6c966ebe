import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { lensSetupFor } from '../../lib/background/lens-setup';
import { libraryKeys, PIPELINE_VERSION } from '../../lib/library/pack-store';
import type { MatchIndex } from '../../lib/pack/types';
import { DEFAULT_SETTINGS, sanitizeLensSettings } from '../../lib/settings/settings';
import { SETTINGS_KEY } from '../../lib/settings/settings-storage';
import { siteOfUrl } from '../../lib/sites/site-pattern';
import { lensSetupOf } from '../../content/lens-setup';

const NEWS = siteOfUrl('https://news.example.org/a')!;
/** A stored match index: only its identity matters here, so it is the smallest the type allows. */
const storedIndex = (packId: string) => ({ packId, charFold: '' }) as unknown as MatchIndex;

/** Stores settings and a library of packs, `enabled` saying which are on. */
async function store(settings: object, packs: { id: string; enabled: boolean }[]) {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: settings,
    library: packs.map(({ id, enabled }) => ({
      id,
      title: id,
      enabled,
      builtWith: PIPELINE_VERSION,
    })),
    ...Object.fromEntries(packs.map(({ id }) => [libraryKeys(id).match, storedIndex(id)])),
  });
}

beforeEach(() => fakeBrowser.reset());

describe('lensSetupFor (the background’s answer to a frame)', () => {
  it('hands over the lens’s part of the settings and the enabled packs’ match indexes', async () => {
    await store({ ...DEFAULT_SETTINGS, hoverDelayMs: 0, offSites: ['other.example'] }, [
      { id: 'pack-1', enabled: true },
      { id: 'pack-2', enabled: false },
      { id: 'pack-3', enabled: true },
    ]);
    const setup = await lensSetupFor(Promise.resolve(NEWS));
    expect(setup?.settings).toEqual(sanitizeLensSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 0 }));
    // The site rules stay in the background: the page is not told them.
    expect(setup?.settings).not.toHaveProperty('offSites');
    expect(setup?.libraryIndexes.map((index) => index.packId)).toEqual(['pack-1', 'pack-3']);
  });

  it('answers null where the site’s rule switches the lens off', async () => {
    await store({ ...DEFAULT_SETTINGS, offSites: ['*.example.org'] }, []);
    expect(await lensSetupFor(Promise.resolve(NEWS))).toBeNull();
    expect(await lensSetupFor(Promise.resolve(siteOfUrl('https://example.com/')))).not.toBeNull();
  });

  it('answers null everywhere while the lens is switched off', async () => {
    await store({ ...DEFAULT_SETTINGS, enabled: false }, []);
    expect(await lensSetupFor(Promise.resolve(null))).toBeNull();
  });

  it('repairs corrupt settings field by field', async () => {
    await store({ hoverDelayMs: 'soon', markStyle: 'tint' }, []);
    const setup = await lensSetupFor(Promise.resolve(NEWS));
    expect(setup?.settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(setup?.settings.markStyle).toBe('tint');
  });
});

describe('lensSetupOf (the lens taking that answer)', () => {
  it('takes the background’s answer as it is, null included', async () => {
    await store({ ...DEFAULT_SETTINGS, hoverDelayMs: 0 }, []);
    expect(await lensSetupOf(Promise.resolve(null))).toBeNull();
    const answer = { settings: sanitizeLensSettings(DEFAULT_SETTINGS), libraryIndexes: [] };
    expect(await lensSetupOf(Promise.resolve(answer))).toBe(answer);
  });

  it('runs with what storage holds when the background cannot answer', async () => {
    await store({ ...DEFAULT_SETTINGS, hoverDelayMs: 0, offSites: ['example.org'] }, [
      { id: 'pack-1', enabled: true },
    ]);
    const setup = await lensSetupOf(Promise.reject(new Error('no background')));
    expect(setup?.settings.hoverDelayMs).toBe(0);
    expect(setup?.libraryIndexes.map((index) => index.packId)).toEqual(['pack-1']);
  });
});
