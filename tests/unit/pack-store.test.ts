import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PACK_FORMAT, PACK_LIMITS, readPackFile, type PackFile } from '../../lib/library/pack-file';
import {
  deletePack,
  LibraryError,
  libraryKeys,
  listLibrary,
  listStale,
  loadEnabledMatchIndexes,
  loadEnabledPacks,
  loadPackFile,
  MAX_ENABLED_PACKS,
  PIPELINE_VERSION,
  renamePack,
  savePack,
  setPackEnabled,
  watchLibrary,
  withLibrary,
  type LibraryEntry,
} from '../../lib/library/pack-store';
import type { MatchIndex, Pack } from '../../lib/pack/types';

type Stored = { file: PackFile; pack: Pack; matchIndex: MatchIndex };

/**
 * A made-up pack of two entries as the import would store it: the file, the
 * built pack and its match index, with `charFold` telling packs apart.
 */
function storedPack(id: string, title = `${id} 访谈`, charFold = ''): Stored {
  const meta = { title, source: '江北晚报', url: `https://example.org/${id}` };
  const entries = [1, 2].map((number) => ({
    number,
    id: `qa-${number}`,
    question: number === 1 ? '渡口还在吗?' : '码头怎么改?',
    paragraphs: [{ id: `qa-${number}-p1`, n: 1, text: '老渡口改成了码头公园。' }],
    captions: [],
  }));
  const subjects = { place: ['南渡'], region: ['江北'] };
  return {
    file: {
      format: PACK_FORMAT,
      version: 1,
      id,
      meta,
      entries,
      catalog: {
        terms: [{ id: 'matou-gongyuan', text: '码头公园', tier: 'distinctive' }],
        subjects,
      },
    },
    pack: {
      id,
      label: title,
      meta,
      subjects,
      entries,
      terms: [
        {
          id: 'matou-gongyuan',
          text: '码头公园',
          tier: 'distinctive',
          aliases: [],
          traditional: ['碼頭公園'],
          pinyin: 'ma tou gong yuan',
          initials: 'mtgy',
          quoted: false,
          occurrences: [{ qa: 1, part: 1, start: 5, end: 9 }],
        },
      ],
    },
    matchIndex: {
      packId: id,
      charFold,
      subjects,
      terms: [
        {
          id: 'matou-gongyuan',
          tier: 'distinctive',
          forms: [{ text: '码头公园', needsEvidence: false, edges: { before: '', after: '' } }],
        },
      ],
    },
  };
}

/** Everything in `storage.local`, to compare before and after a refused change. */
const everything = () => fakeBrowser.storage.local.get(null);

/** Saves packs `pack-1` … `pack-<count>`, in order. */
async function saveNumbered(count: number, { from = 1 } = {}): Promise<LibraryEntry[]> {
  const saved: LibraryEntry[] = [];
  for (let i = from; i < from + count; i++) saved.push(await savePack(storedPack(`pack-${i}`)));
  return saved;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('savePack', () => {
  it('adds the pack to the list, enabled, and returns its entry', async () => {
    expect(await listLibrary()).toEqual([]);
    const entry = await savePack(storedPack('nandu-2021', '南渡访谈'));
    expect(entry).toEqual({
      id: 'nandu-2021',
      title: '南渡访谈',
      enabled: true,
      builtWith: PIPELINE_VERSION,
    });
    expect(await listLibrary()).toEqual([entry]);
  });

  it('writes the file, the pack and the match index under keys of their own', async () => {
    const stored = storedPack('nandu-2021');
    await savePack(stored);
    const keys = libraryKeys('nandu-2021');
    expect(await fakeBrowser.storage.local.get([keys.file, keys.pack, keys.match])).toEqual({
      [keys.file]: stored.file,
      [keys.pack]: stored.pack,
      [keys.match]: stored.matchIndex,
    });
    expect(new Set(Object.values(keys)).size).toBe(3);
    expect(await loadPackFile('nandu-2021')).toEqual(stored.file);
  });

  it('keeps packs in the order they were added', async () => {
    await saveNumbered(3);
    expect((await listLibrary()).map((entry) => entry.id)).toEqual(['pack-1', 'pack-2', 'pack-3']);
  });

  it('replaces a pack of the same id in place, keeping whether it is on', async () => {
    await saveNumbered(3);
    await setPackEnabled('pack-2', false);
    const replacement = storedPack('pack-2', '南渡访谈(修订)');
    replacement.file.entries[0]!.question = '渡口还在吗?现在呢?';
    const entry = await savePack(replacement);
    expect(entry).toEqual({
      id: 'pack-2',
      title: '南渡访谈(修订)',
      enabled: false,
      builtWith: PIPELINE_VERSION,
    });
    expect(await listLibrary()).toEqual([
      expect.objectContaining({ id: 'pack-1', enabled: true }),
      entry,
      expect.objectContaining({ id: 'pack-3', enabled: true }),
    ]);
    expect((await loadPackFile('pack-2'))?.entries[0]?.question).toBe('渡口还在吗?现在呢?');
  });

  it(`adds a pack switched off once ${MAX_ENABLED_PACKS} are on`, async () => {
    const first = await saveNumbered(MAX_ENABLED_PACKS);
    expect(first.every((entry) => entry.enabled)).toBe(true);
    const extra = await savePack(storedPack('one-too-many'));
    expect(extra.enabled).toBe(false);
    expect(await listLibrary()).toHaveLength(MAX_ENABLED_PACKS + 1);
    expect(await loadPackFile('one-too-many')).toBeDefined();
  });

  it('keeps a pack on when it is replaced while the others fill the limit', async () => {
    await saveNumbered(MAX_ENABLED_PACKS);
    const again = await savePack(storedPack('pack-1', '又一版'));
    expect(again.enabled).toBe(true);
    expect((await listLibrary()).filter((entry) => entry.enabled)).toHaveLength(MAX_ENABLED_PACKS);
  });
});

describe('listLibrary', () => {
  it('skips list items of the wrong shape, and a list that is not one', async () => {
    const good: LibraryEntry = { id: 'nandu', title: '南渡', enabled: true, builtWith: 1 };
    await fakeBrowser.storage.local.set({
      library: [good, { id: 'half', title: '半个' }, 'nandu', null, { ...good, enabled: 'yes' }],
    });
    expect(await listLibrary()).toEqual([good]);
    await fakeBrowser.storage.local.set({ library: { nandu: good } });
    expect(await listLibrary()).toEqual([]);
  });
});

describe('setPackEnabled', () => {
  it('switches a pack off and on again', async () => {
    await saveNumbered(2);
    await setPackEnabled('pack-1', false);
    expect((await listLibrary()).map((entry) => entry.enabled)).toEqual([false, true]);
    await setPackEnabled('pack-1', true);
    expect((await listLibrary()).map((entry) => entry.enabled)).toEqual([true, true]);
  });

  it(`refuses to switch on more than ${MAX_ENABLED_PACKS}, changing nothing`, async () => {
    await saveNumbered(MAX_ENABLED_PACKS + 1);
    const before = await everything();
    const refused = setPackEnabled(`pack-${MAX_ENABLED_PACKS + 1}`, true);
    await expect(refused).rejects.toBeInstanceOf(LibraryError);
    await expect(refused).rejects.toThrow(`At most ${MAX_ENABLED_PACKS} packs`);
    expect(await everything()).toEqual(before);
  });

  it('lets a pack on once another is switched off, and re-enabling one already on', async () => {
    await saveNumbered(MAX_ENABLED_PACKS + 1);
    await setPackEnabled('pack-1', true);
    await setPackEnabled('pack-3', false);
    await setPackEnabled(`pack-${MAX_ENABLED_PACKS + 1}`, true);
    const enabled = (await listLibrary()).filter((entry) => entry.enabled).map((entry) => entry.id);
    expect(enabled).toHaveLength(MAX_ENABLED_PACKS);
    expect(enabled).not.toContain('pack-3');
    expect(enabled).toContain(`pack-${MAX_ENABLED_PACKS + 1}`);
  });
});

describe('renamePack', () => {
  it('renames the list entry, the file and the pack label, keeping the rest of its meta', async () => {
    await saveNumbered(2);
    await renamePack('pack-2', '  南渡码头访谈 ');
    expect((await listLibrary()).map((entry) => entry.title)).toEqual([
      'pack-1 访谈',
      '南渡码头访谈',
    ]);
    const keys = libraryKeys('pack-2');
    const stored = await fakeBrowser.storage.local.get([keys.file, keys.pack]);
    const file = stored[keys.file] as PackFile;
    const pack = stored[keys.pack] as Pack;
    expect(file.meta).toEqual({
      title: '南渡码头访谈',
      source: '江北晚报',
      url: 'https://example.org/pack-2',
    });
    expect(pack.label).toBe('南渡码头访谈');
    expect(pack.meta).toEqual(file.meta);
    expect(file.entries).toEqual(storedPack('pack-2').file.entries);
    expect((await loadPackFile('pack-1'))?.meta.title).toBe('pack-1 访谈');
  });

  it('refuses an empty or blank name, changing nothing', async () => {
    await saveNumbered(1);
    const before = await everything();
    for (const name of ['', '   ', '\n\t']) {
      await expect(renamePack('pack-1', name), JSON.stringify(name)).rejects.toThrow(LibraryError);
    }
    expect(await everything()).toEqual(before);
  });

  it('refuses a pack that is not in the library', async () => {
    await saveNumbered(1);
    await expect(renamePack('gone', '新名字')).rejects.toThrow(LibraryError);
    expect((await listLibrary()).map((entry) => entry.title)).toEqual(['pack-1 访谈']);
  });

  // A name the pack format refuses must be refused here too, or the pack cannot be
  // exported and imported again.
  it('leaves a file that exports and imports again, whatever the name', async () => {
    await saveNumbered(1);
    await renamePack('pack-1', '南'.repeat(PACK_LIMITS.metaField + 1)).catch((error: unknown) =>
      expect(error).toBeInstanceOf(LibraryError),
    );
    const file = await loadPackFile('pack-1');
    expect(() => readPackFile(JSON.parse(JSON.stringify(file)))).not.toThrow();
  });
});

describe('deletePack', () => {
  it('removes the pack and its keys, and returns what putting it back needs', async () => {
    await saveNumbered(3);
    const stored = storedPack('pack-2');
    const deleted = await deletePack('pack-2');
    expect(deleted).toEqual({ ...stored, enabled: true });
    expect((await listLibrary()).map((entry) => entry.id)).toEqual(['pack-1', 'pack-3']);
    const keys = Object.values(libraryKeys('pack-2'));
    expect(Object.keys(await everything()).filter((key) => keys.includes(key))).toEqual([]);

    await savePack(deleted!);
    expect(await loadPackFile('pack-2')).toEqual(stored.file);
    expect((await listLibrary()).map((entry) => entry.id)).toEqual(['pack-1', 'pack-3', 'pack-2']);
  });

  it('returns nothing for a pack that is not there, leaving the others', async () => {
    await saveNumbered(2);
    const before = await everything();
    expect(await deletePack('gone')).toBeUndefined();
    expect(await everything()).toEqual(before);
  });
});

describe('loading the enabled packs', () => {
  it('returns only the enabled packs and match indexes, in list order', async () => {
    await saveNumbered(4);
    await setPackEnabled('pack-2', false);
    await setPackEnabled('pack-4', false);
    expect(await loadEnabledPacks()).toEqual([
      storedPack('pack-1').pack,
      storedPack('pack-3').pack,
    ]);
    expect(await loadEnabledMatchIndexes()).toEqual([
      storedPack('pack-1').matchIndex,
      storedPack('pack-3').matchIndex,
    ]);
  });

  it('returns nothing when no pack is on', async () => {
    expect(await loadEnabledPacks()).toEqual([]);
    await saveNumbered(1);
    await setPackEnabled('pack-1', false);
    expect(await loadEnabledPacks()).toEqual([]);
    expect(await loadEnabledMatchIndexes()).toEqual([]);
  });

  it('leaves out a pack an older pipeline built until it is rebuilt, and lists it as stale', async () => {
    await saveNumbered(2);
    const list = await listLibrary();
    await fakeBrowser.storage.local.set({
      library: list.map((entry) =>
        entry.id === 'pack-1' ? { ...entry, builtWith: PIPELINE_VERSION - 1 } : entry,
      ),
    });
    expect((await listStale()).map((entry) => entry.id)).toEqual(['pack-1']);
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual(['pack-2']);
    expect((await loadEnabledMatchIndexes()).map((index) => index.packId)).toEqual(['pack-2']);
    // Saving it again (the rebuild) brings it back.
    await savePack(storedPack('pack-1'));
    expect(await listStale()).toEqual([]);
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual(['pack-1', 'pack-2']);
  });

  it('skips an enabled pack whose keys are missing', async () => {
    await saveNumbered(2);
    await fakeBrowser.storage.local.remove(Object.values(libraryKeys('pack-1')));
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual(['pack-2']);
    expect((await loadEnabledMatchIndexes()).map((index) => index.packId)).toEqual(['pack-2']);
  });
});

describe('watchLibrary', () => {
  it('calls back when the list or a match index changes, not for a file alone', async () => {
    const listener = vi.fn();
    watchLibrary(listener);
    const keys = libraryKeys('nandu');
    await fakeBrowser.storage.local.set({ [keys.file]: storedPack('nandu').file });
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await fakeBrowser.storage.sync.set({ library: [] });
    expect(listener).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ [keys.match]: storedPack('nandu').matchIndex });
    expect(listener).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ library: [] });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('calls back once for a save, and for switching a pack off', async () => {
    const listener = vi.fn();
    watchLibrary(listener);
    await savePack(storedPack('nandu'));
    expect(listener).toHaveBeenCalledTimes(1);
    await setPackEnabled('nandu', false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops once unsubscribed', async () => {
    const listener = vi.fn();
    const stop = watchLibrary(listener);
    stop();
    await savePack(storedPack('nandu'));
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('a write the browser refuses', () => {
  const quotaExceeded = () =>
    vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

  it('explains a full storage and leaves the library as it was', async () => {
    await saveNumbered(2);
    const before = await everything();
    quotaExceeded();
    const refused = savePack(storedPack('pack-3'));
    await expect(refused).rejects.toBeInstanceOf(LibraryError);
    await expect(refused).rejects.toThrow(
      'The browser has no room left for this pack: delete or export another pack, then try again.',
    );
    expect(await everything()).toEqual(before);
  });

  it('leaves a replaced pack as it was', async () => {
    await saveNumbered(1);
    const before = await everything();
    quotaExceeded();
    await expect(savePack(storedPack('pack-1', '新标题'))).rejects.toThrow(LibraryError);
    expect(await everything()).toEqual(before);
  });

  it('leaves the name as it was when a rename cannot be written', async () => {
    await saveNumbered(1);
    const before = await everything();
    quotaExceeded();
    await expect(renamePack('pack-1', '新名字')).rejects.toThrow(/no room left/);
    expect(await everything()).toEqual(before);
  });

  it('passes on another error in its own words', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(savePack(storedPack('nandu'))).rejects.toThrow(
      new LibraryError('The pack could not be saved: disk on fire'),
    );
    expect(await listLibrary()).toEqual([]);
  });
});

describe('withLibrary', () => {
  const bundled = storedPack('bundled-2022', '甬城访谈', '東东');

  it('puts the enabled packs after the bundled ones, with one fold for all', async () => {
    await savePack(storedPack('pack-1', '南渡访谈', '碼码'));
    await savePack(storedPack('pack-2', '北渡访谈', '頭头'));
    await savePack(storedPack('pack-3', '西渡访谈', '園园'));
    await setPackEnabled('pack-2', false);
    const combined = await withLibrary({
      packs: [bundled.pack],
      matchIndexes: [bundled.matchIndex],
    });
    expect(combined.packs.map((pack) => pack.id)).toEqual(['bundled-2022', 'pack-1', 'pack-3']);
    expect(combined.packs[0]).toBe(bundled.pack);
    // Folds are joined last pack first: the table applies pairs in order, so earlier packs win.
    expect(combined.charFold).toBe('園园碼码東东');
  });

  it('gives the bundled packs alone when the library is empty', async () => {
    const combined = await withLibrary({
      packs: [bundled.pack],
      matchIndexes: [bundled.matchIndex],
    });
    expect(combined).toEqual({ packs: [bundled.pack], charFold: '東东' });
  });
});
