import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { noBoundaries } from '../helpers/no-boundaries';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedImportTools } from '../../components/library/import-tools';
import { Library } from '../../components/library/Library';
import { draftPackFromText } from '../../lib/library/draft-pack';
import { buildImportedPack } from '../../lib/library/import-pack';
import { readPackFile, type PackFile } from '../../lib/library/pack-file';
import {
  savePack,
  setPackEnabled,
  type LibraryEntry,
  PIPELINE_VERSION,
} from '../../lib/library/pack-store';
import { SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { createLexicon } from '../../lib/text/segment';

/** Real import tools, light enough for a unit test: no dictionary, no Traditional forms. */
const tools: LoadedImportTools = {
  converters: { toTraditional: (text) => [text], toPinyin: (text) => [...text].map(() => 'x') },
  boundaries: noBoundaries,
  lexicon: createLexicon([
    ['东港', 100],
    ['海湾', 100],
  ]),
  placeNames: { version: 1, places: [{ name: '东港', kind: 'city' }], shortForms: {} },
};
const loadTools = () => Promise.resolve(tools);

/**
 * A made-up interview about a made-up city. It quotes 海湾智造新城 three times
 * (a six-character coinage: marks anywhere), 蓝色引擎 twice (needs evidence) and
 * 东港之窗 once (names the place: marks anywhere).
 */
const INTERVIEW = `1
问：东港今后怎么发展？
答：东港要建好“海湾智造新城”，唱响“蓝色引擎”。
2
问：海湾智造新城有什么新意？
答：海湾智造新城依靠“蓝色引擎”，还有“东港之窗”。
`;
const TITLE = '东港访谈（虚构）';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Renders the library and waits for its list to load. */
async function renderLibrary(): Promise<void> {
  render(<Library loadTools={loadTools} />);
  await screen.findByRole('heading', { name: 'Your interviews' });
  await waitFor(() =>
    expect(
      screen.queryByText(/^No interviews of your own yet/) ?? screen.queryAllByRole('listitem')[0],
    ).toBeTruthy(),
  );
}

/** The library's list, as stored. */
async function storedList(): Promise<LibraryEntry[] | undefined> {
  return (await fakeBrowser.storage.local.get('library')).library as LibraryEntry[] | undefined;
}

/** A pack's file, as stored. */
async function storedFile(id: string): Promise<PackFile | undefined> {
  const key = `library:${id}:file`;
  return (await fakeBrowser.storage.local.get(key))[key] as PackFile | undefined;
}

/** Everything in storage.local. */
const storedAll = () => fakeBrowser.storage.local.get(null);

/** A pack file of the interview, as an import of it would propose. */
function interviewFile({ id, title }: { id: string; title: string }): PackFile {
  return draftPackFromText({
    text: INTERVIEW,
    meta: { title, source: '虚构来源' },
    id,
    lexicon: tools.lexicon,
    placeNames: tools.placeNames,
  }).file;
}

/** Puts a pack of the interview in the library directly, as an earlier import would have. */
async function seedPack({
  id,
  title,
  enabled = true,
}: {
  id: string;
  title: string;
  enabled?: boolean;
}): Promise<void> {
  const file = readPackFile(interviewFile({ id, title }));
  const build = buildImportedPack(file, tools);
  await savePack({ file, pack: build.pack, matchIndex: build.matchIndex });
  if (!enabled) await setPackEnabled(id, false);
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(textbox(name), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name });

/** Fills the name and pastes a text, then reads it and waits for the preview. */
async function pasteAndRead({ title = TITLE, text = INTERVIEW } = {}): Promise<void> {
  type('Name', title);
  type('Interview text', text);
  fireEvent.click(button('Read the text'));
  await screen.findByRole('heading', { name: 'Check before saving' });
}

/** The preview's proposed terms: text, count and how each marks. */
function proposedTerms(): { text: string; count: string; rule: string }[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return {
        text: cells[1]!.textContent ?? '',
        count: cells[3]!.textContent ?? '',
        rule: cells[4]!.textContent ?? '',
      };
    });
}

/** The list's entry of a pack. */
const entry = (title: string) => screen.getByText(title, { selector: 'span' }).closest('li')!;
/** The switch of a pack in the list. */
const packSwitch = (title: string) =>
  screen.getByRole('checkbox', { name: `On: ${title}` }) as HTMLInputElement;

/** Picks a file in the file input labelled `label`. */
function pick(label: string, file: File): void {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

const jsonFile = (value: unknown, name = 'x.json') =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

/** Captures what downloadJson hands the browser: the file name and the JSON. */
function captureDownloads(): { name: string; json: () => Promise<unknown> }[] {
  const downloads: { name: string; json: () => Promise<unknown> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    downloads.push({
      name: this.download,
      json: async () => JSON.parse(await blob!.text()) as unknown,
    });
  });
  return downloads;
}

describe('Library: adding an interview', () => {
  it('reads a pasted interview into a preview, and saves it without an unticked term', async () => {
    await renderLibrary();
    await pasteAndRead();

    expect(screen.getByText(/^2 Q&As found\./)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'How it marks' })).toBeTruthy();
    expect(proposedTerms()).toEqual([
      { text: '海湾智造新城', count: '3', rule: 'anywhere' },
      { text: '蓝色引擎', count: '2', rule: 'with evidence on the page' },
      { text: '东港之窗', count: '1', rule: 'anywhere' },
    ]);
    expect(textbox('Place words (comma-separated)').value).toBe('东港');
    expect(textbox('Region words (comma-separated)').value).toBe('');

    const keep = screen.getByRole('checkbox', { name: 'Keep 蓝色引擎' }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    fireEvent.click(keep);
    expect(keep.checked).toBe(false);
    fireEvent.click(button('Save'));

    const saved = await screen.findByText(
      `Saved “${TITLE}”. Its terms are marked on pages from now on.`,
    );
    expect(saved.getAttribute('role')).toBe('status');
    expect(await storedList()).toEqual([
      { id: 'pack-1', title: TITLE, enabled: true, builtWith: PIPELINE_VERSION },
    ]);
    const file = await storedFile('pack-1');
    expect(file?.meta).toEqual({ title: TITLE, source: '' });
    expect(file?.entries).toHaveLength(2);
    expect(file?.catalog).toEqual({
      terms: [
        { id: 'term-1', text: '海湾智造新城', tier: 'distinctive' },
        { id: 'term-3', text: '东港之窗', tier: 'distinctive' },
      ],
      subjects: { place: ['东港'], region: [] },
    });
    await waitFor(() => expect(packSwitch(TITLE).checked).toBe(true));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Check before saving' })).toBeNull();
  });
});

describe('Library: refusing an import', () => {
  it('says there is no text when nothing was pasted, and stores nothing', async () => {
    await renderLibrary();
    type('Name', TITLE);
    fireEvent.click(button('Read the text'));
    expect((await screen.findByRole('alert')).textContent).toBe('There is no text to read.');
    expect(screen.queryByRole('heading', { name: 'Check before saving' })).toBeNull();
    expect(await storedAll()).toEqual({});
  });

  it('says on which line a text without Q&As fails, and stores nothing', async () => {
    await renderLibrary();
    type('Name', TITLE);
    type('Interview text', '这只是一段普通的文字。\n没有问题，也没有回答。');
    fireEvent.click(button('Read the text'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Line \d+: \S/);
    expect(screen.queryByRole('heading', { name: 'Check before saving' })).toBeNull();
    expect(await storedAll()).toEqual({});
  });

  it('refuses a pasted text over the limit, in characters, stating both', async () => {
    await renderLibrary();
    type('Name', TITLE);
    type('Interview text', `1\n问：长吗？\n答：${'长'.repeat(2_000_000)}`);
    fireEvent.click(button('Read the text'));
    const alert = (await screen.findByRole('alert')).textContent ?? '';
    const [, size, limit] =
      /^This text is too long: (\d+) characters, .* at most (\d+)\.$/.exec(alert) ?? [];
    expect(Number(limit)).toBe(2_000_000);
    expect(Number(size)).toBeGreaterThan(Number(limit));
    expect(await storedAll()).toEqual({});
  });

  it('asks for a name before saving, and stores nothing', async () => {
    await renderLibrary();
    await pasteAndRead({ title: '' });
    fireEvent.click(button('Save'));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the interview a name.');
    expect(await storedAll()).toEqual({});
    // The preview stays, so the name can be given and the import finished.
    type('Name', TITLE);
    fireEvent.click(button('Save'));
    await screen.findByText(/^Saved “/);
    expect((await storedList())?.map((e) => e.title)).toEqual([TITLE]);
  });
});

describe('Library: importing an interview already there', () => {
  /** Saves the interview once, then reads it again and tries to save it. */
  async function importTwice({ secondTitle }: { secondTitle: string }): Promise<HTMLElement> {
    await renderLibrary();
    await pasteAndRead();
    fireEvent.click(button('Save'));
    await screen.findByText(/^Saved “/);
    await pasteAndRead({ title: secondTitle });
    fireEvent.click(button('Save'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(`This interview is already in your library as “${TITLE}”.`);
    for (const name of ['Replace it', 'Keep both', 'Cancel'])
      expect(within(alert).getByRole('button', { name })).toBeTruthy();
    expect((await storedList())?.map((e) => e.id)).toEqual(['pack-1']);
    return alert;
  }

  it('keeps both under another id when asked', async () => {
    const alert = await importTwice({ secondTitle: '东港访谈（第二份）' });
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep both' }));
    await screen.findByText(
      'Saved “东港访谈（第二份）”. Its terms are marked on pages from now on.',
    );
    expect(await storedList()).toEqual([
      { id: 'pack-1', title: TITLE, enabled: true, builtWith: PIPELINE_VERSION },
      { id: 'pack-2', title: '东港访谈（第二份）', enabled: true, builtWith: PIPELINE_VERSION },
    ]);
    expect((await storedFile('pack-2'))?.id).toBe('pack-2');
    expect((await storedFile('pack-2'))?.entries).toEqual((await storedFile('pack-1'))?.entries);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  });

  it('replaces the one there, keeping one pack, when asked', async () => {
    const alert = await importTwice({ secondTitle: '东港访谈（新名）' });
    fireEvent.click(within(alert).getByRole('button', { name: 'Replace it' }));
    await screen.findByText('Saved “东港访谈（新名）”. Its terms are marked on pages from now on.');
    expect(await storedList()).toEqual([
      { id: 'pack-1', title: '东港访谈（新名）', enabled: true, builtWith: PIPELINE_VERSION },
    ]);
    expect((await storedFile('pack-1'))?.meta.title).toBe('东港访谈（新名）');
    expect(Object.keys(await storedAll()).filter((key) => key.startsWith('library:'))).toEqual(
      expect.arrayContaining([
        'library:pack-1:file',
        'library:pack-1:pack',
        'library:pack-1:match',
      ]),
    );
    expect(Object.keys(await storedAll())).toHaveLength(4);
    await waitFor(() => expect(packSwitch('东港访谈（新名）')).toBeTruthy());
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('saves nothing more on Cancel, and leaves the preview to save from', async () => {
    const alert = await importTwice({ secondTitle: TITLE });
    fireEvent.click(within(alert).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Check before saving' })).toBeTruthy();
    expect((await storedList())?.map((e) => e.id)).toEqual(['pack-1']);
  });
});

describe('Library: picking a file', () => {
  it('reads a pack file into the preview, with its name, and saves it under its id', async () => {
    await renderLibrary();
    pick('Or pick a file', jsonFile(interviewFile({ id: 'donggang-2024', title: TITLE })));
    await screen.findByRole('heading', { name: 'Check before saving' });
    expect(screen.getByText(/^2 Q&As found\./)).toBeTruthy();
    expect(textbox('Name').value).toBe(TITLE);
    expect(textbox('Source (who published it)').value).toBe('虚构来源');
    expect(proposedTerms().map((term) => term.text)).toEqual([
      '海湾智造新城',
      '蓝色引擎',
      '东港之窗',
    ]);
    fireEvent.click(button('Save'));
    await screen.findByText(/^Saved “/);
    expect((await storedList())?.map((e) => e.id)).toEqual(['donggang-2024']);
    expect(await storedFile('donggang-2024')).toEqual(
      readPackFile(interviewFile({ id: 'donggang-2024', title: TITLE })),
    );
  });

  it('names the field at fault in a JSON file of the wrong shape, and stores nothing', async () => {
    await renderLibrary();
    const file = { ...interviewFile({ id: 'donggang-2024', title: TITLE }), entries: 'none' };
    pick('Or pick a file', jsonFile(file));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'In the file, entries: expected a list',
    );
    expect(screen.queryByRole('heading', { name: 'Check before saving' })).toBeNull();
    expect(await storedAll()).toEqual({});
  });

  it('refuses a file over 10 MB, and stores nothing', async () => {
    await renderLibrary();
    const file = jsonFile(interviewFile({ id: 'donggang-2024', title: TITLE }));
    Object.defineProperty(file, 'size', { value: 11 * 1024 * 1024 });
    pick('Or pick a file', file);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is too large (11.0 MB): an interview pack may hold at most 10 MB.',
    );
    expect(screen.queryByRole('heading', { name: 'Check before saving' })).toBeNull();
    expect(await storedAll()).toEqual({});
  });
});

describe('Library: the list', () => {
  it('rebuilds a pack an older pipeline built, keeping it switched off, and says so', async () => {
    await seedPack({ id: 'pack-1', title: TITLE, enabled: false });
    const current = await storedAll();
    await fakeBrowser.storage.local.set({
      library: [{ id: 'pack-1', title: TITLE, enabled: false, builtWith: 0 }],
      'library:pack-1:match': { stale: true },
    });
    await renderLibrary();
    const status = await screen.findByText(
      'Interviews rebuilt for this version of Interview Lens: 1.',
    );
    expect(status.getAttribute('role')).toBe('status');
    expect(await storedAll()).toEqual(current);
  });

  it('switches a pack off and on again', async () => {
    await seedPack({ id: 'pack-1', title: TITLE });
    await renderLibrary();
    expect(packSwitch(TITLE).checked).toBe(true);
    fireEvent.click(packSwitch(TITLE));
    await waitFor(async () => expect((await storedList())?.[0]?.enabled).toBe(false));
    await waitFor(() => expect(packSwitch(TITLE).checked).toBe(false));
    fireEvent.click(packSwitch(TITLE));
    await waitFor(async () => expect((await storedList())?.[0]?.enabled).toBe(true));
  });

  it('renames a pack in the list and in its file', async () => {
    await seedPack({ id: 'pack-1', title: TITLE });
    await renderLibrary();
    fireEvent.click(within(entry(TITLE)).getByRole('button', { name: 'Rename' }));
    const name = textbox(`New name for “${TITLE}”`);
    expect(name.value).toBe(TITLE);
    fireEvent.input(name, { target: { value: '  东港新名  ' } });
    fireEvent.click(button('Save name'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save name' })).toBeNull());
    expect(packSwitch('东港新名')).toBeTruthy();
    expect((await storedList())?.[0]?.title).toBe('东港新名');
    expect((await storedFile('pack-1'))?.meta.title).toBe('东港新名');
    const pack = (await fakeBrowser.storage.local.get('library:pack-1:pack'))[
      'library:pack-1:pack'
    ] as { label: string };
    expect(pack.label).toBe('东港新名');
  });

  it('deletes a pack, says so with Undo, and Undo puts it back', async () => {
    await seedPack({ id: 'pack-1', title: TITLE });
    const before = await storedAll();
    await renderLibrary();
    fireEvent.click(within(entry(TITLE)).getByRole('button', { name: 'Delete' }));
    const status = await screen.findByText(`Deleted “${TITLE}”.`);
    expect(status.getAttribute('role')).toBe('status');
    expect(await storedAll()).toEqual({ library: [] });
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(0));

    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText(`Deleted “${TITLE}”.`)).toBeNull());
    expect(await storedAll()).toEqual(before);
    await waitFor(() => expect(packSwitch(TITLE).checked).toBe(true));
  });

  it('Undo puts back a pack that was switched off as off', async () => {
    await seedPack({ id: 'pack-1', title: TITLE, enabled: false });
    const before = await storedAll();
    await renderLibrary();
    fireEvent.click(within(entry(TITLE)).getByRole('button', { name: 'Delete' }));
    const status = await screen.findByText(`Deleted “${TITLE}”.`);
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText(`Deleted “${TITLE}”.`)).toBeNull());
    expect(await storedAll()).toEqual(before);
    await waitFor(() => expect(packSwitch(TITLE).checked).toBe(false));
  });
});

describe('Library: export', () => {
  it('downloads a pack file that reads back to the stored one, and re-imports as a duplicate', async () => {
    const downloads = captureDownloads();
    await renderLibrary();
    await pasteAndRead();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep 蓝色引擎' }));
    fireEvent.click(button('Save'));
    await screen.findByText(/^Saved “/);
    await waitFor(() => expect(packSwitch(TITLE)).toBeTruthy());

    fireEvent.click(within(entry(TITLE)).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('pack-1.interview-lens.json');
    const exported = await downloads[0]!.json();
    const stored = await storedFile('pack-1');
    expect(stored).toBeDefined();
    expect(readPackFile(exported)).toEqual(stored);

    // Picking the exported file reads it back as the same interview.
    pick('Or pick a file', jsonFile(exported, downloads[0]!.name));
    await screen.findByRole('heading', { name: 'Check before saving' });
    expect(proposedTerms().map((term) => term.text)).toEqual(['海湾智造新城', '东港之窗']);
    fireEvent.click(button('Save'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      `This interview is already in your library as “${TITLE}”.`,
    );
  });
});

describe('Library: backup', () => {
  const SETTINGS: Settings = {
    ...DEFAULT_SETTINGS,
    markNational: false,
    hoverDelayMs: 700,
    disabledTerms: ['pack-1:term-2'],
  };

  /** Exports everything from the library as it is stored, and returns the backup's JSON. */
  async function exportEverything(): Promise<unknown> {
    const downloads = captureDownloads();
    await renderLibrary();
    fireEvent.click(button('Export everything'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('interview-lens-backup.json');
    return downloads[0]!.json();
  }

  it('restores the packs and settings of "Export everything" into a fresh browser', async () => {
    await seedPack({ id: 'pack-1', title: TITLE });
    await seedPack({ id: 'pack-2', title: '西港访谈（虚构）' });
    // As the extension stores them, with the version of their shape.
    await fakeBrowser.storage.local.set({ settings: { ...SETTINGS, version: SETTINGS_VERSION } });
    const before = await storedAll();
    const backup = await exportEverything();

    cleanup();
    fakeBrowser.reset();
    await renderLibrary();
    expect(await storedAll()).toEqual({});
    pick('Restore from a backup file', jsonFile(backup, 'interview-lens-backup.json'));
    await screen.findByText('Restored your settings and 2 interviews.');
    expect(await storedAll()).toEqual(before);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(packSwitch(TITLE).checked).toBe(true);
    expect(packSwitch('西港访谈（虚构）').checked).toBe(true);
  });

  it('restores a pack that was switched off as off', async () => {
    await seedPack({ id: 'pack-1', title: TITLE, enabled: false });
    await seedPack({ id: 'pack-2', title: '西港访谈（虚构）' });
    const before = await storedList();
    const backup = await exportEverything();
    // The backup records it; restoring the backup must keep it.
    expect(backup).toMatchObject({ packs: [{ enabled: false }, { enabled: true }] });

    cleanup();
    fakeBrowser.reset();
    await renderLibrary();
    pick('Restore from a backup file', jsonFile(backup, 'interview-lens-backup.json'));
    await screen.findByText('Restored your settings and 2 interviews.');
    expect(await storedList()).toEqual(before);
  });

  it('refuses a file that is no backup, and stores nothing', async () => {
    await renderLibrary();
    pick('Restore from a backup file', jsonFile(interviewFile({ id: 'pack-1', title: TITLE })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This is not an Interview Lens backup: format: expected "interview-lens-backup"',
    );
    expect(await storedAll()).toEqual({});
  });
});
