import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Options } from '../../components/Options';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

const pack = bundledPacks[0]!;

/** What the options page saved, without the shape's version number. */
async function stored(): Promise<unknown> {
  const { settings: raw } = await fakeBrowser.storage.local.get('settings');
  const { version, ...settings } = raw as Record<string, unknown>;
  expect(version).toBe(SETTINGS_VERSION);
  return settings;
}

/** Stands in for the lens on the preview (the real one runs in the e2e suite): records where it was mounted. */
const stopSample = vi.fn<() => void>();
const startSampleLens = vi.fn((_root: HTMLElement) => Promise.resolve(stopSample));

/** Renders the page and waits for the settings to load. */
async function renderOptions(): Promise<ReturnType<typeof render>> {
  // Importing is covered by the library's own tests; these never load its tools.
  const loadImportTools = () => Promise.reject(new Error('not loaded in these tests'));
  const view = render(
    <Options
      packs={bundledPacks}
      loadImportTools={loadImportTools}
      startSampleLens={startSampleLens}
    />,
  );
  await screen.findByRole('heading', { name: 'Interview Lens: settings' });
  return view;
}

const checkbox = (name: string | RegExp): HTMLInputElement =>
  screen.getByRole('checkbox', { name }) as HTMLInputElement;
/** A term's checkbox: its label is the term, then its tier. */
const termBox = (text: string): HTMLInputElement =>
  checkbox(
    new RegExp(
      `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (this interview's phrase|national slogan|common phrase)$`,
    ),
  );

describe('Options', () => {
  it('shows the stored settings', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        enabled: false,
        markNational: true,
        hoverDelayMs: 650,
        disabledTerms: ['ningbo-2022:zhu-xuanlv'],
      },
    });
    await renderOptions();
    expect(checkbox('Mark interview terms on pages').checked).toBe(false);
    expect(checkbox(/Also mark national slogans/).checked).toBe(true);
    expect(
      (screen.getByRole('spinbutton', { name: /Hover delay/ }) as HTMLInputElement).value,
    ).toBe('650');
    expect(termBox('主旋律').checked).toBe(false);
    expect(termBox('浙里甬有').checked).toBe(true);
  });

  it('lists one checkbox per term of each pack, labelled with its tier', async () => {
    await renderOptions();
    for (const term of pack.terms) expect(termBox(term.text)).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(pack.terms.length + 3);
    expect(checkbox("浙里甬有 this interview's phrase")).toBeTruthy();
    expect(checkbox('两个维护 national slogan')).toBeTruthy();
    expect(checkbox('主旋律 common phrase')).toBeTruthy();
  });

  it('saves a toggle to storage and says so beside it', async () => {
    await renderOptions();
    /** The "Saved" note of the section a control is in. */
    const noteBeside = (control: Element) =>
      control.closest('fieldset')!.querySelector(':scope > [role="status"]')!;
    const national = checkbox(/Also mark national slogans/);
    expect(noteBeside(national).textContent).toBe('');
    fireEvent.click(national);
    await waitFor(async () =>
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, markNational: false }),
    );
    await waitFor(() => expect(noteBeside(national).textContent).toBe('Saved'));
    // Only the section changed says so.
    const saidSaved = screen.getAllByRole('status').filter((s) => s.textContent === 'Saved');
    expect(saidSaved).toHaveLength(1);
    expect(checkbox(/Also mark national slogans/).checked).toBe(false);

    fireEvent.click(checkbox('Mark interview terms on pages'));
    await waitFor(async () =>
      expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, markNational: false }),
    );

    fireEvent.click(checkbox(/Show how many terms the page holds/));
    await waitFor(async () =>
      expect(await stored()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        markNational: false,
        showBadge: false,
      }),
    );
  });

  it('adds an unticked term to disabledTerms, and removes it when ticked again', async () => {
    await renderOptions();
    fireEvent.click(termBox('浙里甬有'));
    await waitFor(async () =>
      expect(await stored()).toEqual({
        ...DEFAULT_SETTINGS,
        disabledTerms: ['ningbo-2022:zheli-yongyou'],
      }),
    );
    await waitFor(() => expect(termBox('浙里甬有').checked).toBe(false));

    fireEvent.click(termBox('两个先行'));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        disabledTerms: ['ningbo-2022:zheli-yongyou', 'ningbo-2022:liangge-xianxing'],
      }),
    );

    fireEvent.click(termBox('浙里甬有'));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ disabledTerms: ['ningbo-2022:liangge-xianxing'] }),
    );
    await waitFor(() => expect(termBox('浙里甬有').checked).toBe(true));
  });

  it('saves the hover delay, clamped to what the lens accepts', async () => {
    await renderOptions();
    const delay = screen.getByRole('spinbutton', { name: /Hover delay/ }) as HTMLInputElement;
    fireEvent.change(delay, { target: { value: '800' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ hoverDelayMs: 800 }));
    fireEvent.change(delay, { target: { value: '99999' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ hoverDelayMs: 5000 }));
    await waitFor(() => expect(delay.value).toBe('5000'));
  });

  it('keeps the saved delay when the field is emptied', async () => {
    await renderOptions();
    const delay = screen.getByRole('spinbutton', { name: /Hover delay/ }) as HTMLInputElement;
    fireEvent.change(delay, { target: { value: '700' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ hoverDelayMs: 700 }));
    fireEvent.change(delay, { target: { value: '' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored()).toMatchObject({ hoverDelayMs: 700 });
  });

  it('starts from the defaults over a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await renderOptions();
    expect(checkbox('Mark interview terms on pages').checked).toBe(true);
    expect(termBox('主旋律').checked).toBe(true);
    fireEvent.click(termBox('主旋律'));
    await waitFor(async () =>
      expect(await stored()).toEqual({
        ...DEFAULT_SETTINGS,
        disabledTerms: ['ningbo-2022:zhu-xuanlv'],
      }),
    );
  });
});

describe('Options: term switches', () => {
  it('groups the terms by tier, narrows them by characters or pinyin, and switches a tier at once', async () => {
    await renderOptions();
    const groups = screen.getAllByRole('group').filter((g) => g.classList.contains('tier-group'));
    expect(groups.map((g) => g.querySelector('legend')!.firstChild!.textContent)).toEqual([
      "this interview's phrase",
      'national slogan',
      'common phrase',
    ]);
    const search = screen.getByRole('searchbox', { name: 'Find a term' });
    fireEvent.input(search, { target: { value: 'zlyy' } });
    await waitFor(() =>
      expect(
        screen.getAllByRole('checkbox').filter((c) => c.closest('.term-toggles')),
      ).toHaveLength(1),
    );
    expect(termBox('浙里甬有')).toBeTruthy();
    fireEvent.input(search, { target: { value: '两个' } });
    await waitFor(() => expect(termBox('两个维护')).toBeTruthy());
    const national = screen
      .getAllByRole('group')
      .find((g) => g.querySelector('legend')!.textContent!.startsWith('national slogan'))!;
    fireEvent.click(within(national).getByRole('button', { name: 'Mark none' }));
    const shownNational = within(national)
      .getAllByRole('checkbox')
      .map((c) => (c.closest('label') as HTMLElement).textContent!.split(' ')[0]!);
    await waitFor(async () =>
      expect(((await stored()) as { disabledTerms: string[] }).disabledTerms).toHaveLength(
        shownNational.length,
      ),
    );
    // The terms the search hid stay as they were.
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(termBox('浙里甬有').checked).toBe(true));
    expect(termBox('两个维护').checked).toBe(false);
    fireEvent.click(within(national).getByRole('button', { name: 'Mark all' }));
    await waitFor(async () =>
      expect(((await stored()) as { disabledTerms: string[] }).disabledTerms).toEqual([]),
    );
  });
});

describe('Options: hold key', () => {
  it('saves the key chosen, and shows a stored one', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, holdKey: 'ctrl' } });
    await renderOptions();
    const select = screen.getByRole('combobox', {
      name: 'Open the card on hover',
    }) as HTMLSelectElement;
    expect(select.value).toBe('ctrl');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      'when the pointer rests on a term',
      'only while Alt is held',
      'only while Ctrl is held',
      'only while Shift is held',
    ]);
    fireEvent.change(select, { target: { value: 'shift' } });
    await waitFor(async () => expect(await stored()).toMatchObject({ holdKey: 'shift' }));
  });
});

describe('Options: appearance', () => {
  const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

  it('saves how marks and the card look, and shows what is stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await renderOptions();
    expect(select("Colours of the card and the extension's pages").value).toBe('dark');
    const tint = screen.getByRole('radio', { name: 'Tint' }) as HTMLInputElement;
    expect((screen.getByRole('radio', { name: 'Underline' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(tint);
    await waitFor(async () => expect(await stored()).toMatchObject({ markStyle: 'tint' }));
    fireEvent.change(select('Intensity'), { target: { value: 'strong' } });
    fireEvent.change(select("Colours of the card and the extension's pages"), {
      target: { value: 'light' },
    });
    fireEvent.change(select('Card text size'), { target: { value: 'larger' } });
    await waitFor(async () =>
      expect(await stored()).toEqual({
        ...DEFAULT_SETTINGS,
        markStyle: 'tint',
        markIntensity: 'strong',
        theme: 'light',
        cardTextSize: 'larger',
      }),
    );
  });

  it('has no intensity to choose while marks draw nothing', async () => {
    await renderOptions();
    expect(select('Intensity').disabled).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: /^Nothing drawn/ }));
    await waitFor(() => expect(select('Intensity').disabled).toBe(true));
  });

  it('mounts the lens on a paragraph of the interview, and removes it on leaving', async () => {
    startSampleLens.mockClear();
    stopSample.mockClear();
    const view = await renderOptions();
    const preview = screen.getByRole('region', { name: /^Preview/ });
    await waitFor(() => expect(startSampleLens).toHaveBeenCalledTimes(1));
    const root = startSampleLens.mock.calls[0]![0];
    expect(preview.contains(root)).toBe(true);
    expect(root.textContent).toContain('知行学堂');
    expect(root.lang).toBe('zh');
    view.unmount();
    expect(stopSample).toHaveBeenCalledTimes(1);
  });
});

describe('Options: sites', () => {
  const siteList = () =>
    screen.getByRole('textbox', { name: /one per line/ }) as HTMLTextAreaElement;

  it('saves the sites typed, in their stored form, and names the lines that are not sites', async () => {
    await renderOptions();
    const box = siteList();
    expect(box.labels?.[0]?.textContent).toBe('Sites where terms are not marked, one per line');
    const typed = 'Example.com\n\n*.例子.中国\nnot a site!\nexample.com';
    fireEvent.input(box, { target: { value: typed } });
    // As in a browser, the page renders the keystroke before focus leaves.
    await waitFor(() => expect(siteList().value).toBe(typed));
    fireEvent.blur(siteList());
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        offSites: ['example.com', '*.xn--fsqu00a.xn--fiqs8s'],
      }),
    );
    expect(screen.getByRole('alert').textContent).toBe('Not a site, so not saved: not a site!');
    // The bad line stays in the box to be fixed, after the saved ones.
    expect(siteList().value).toBe('example.com\n*.xn--fsqu00a.xn--fiqs8s\nnot a site!');
  });

  it('switches to "only on the sites listed", which edits the other list', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, offSites: ['example.com'], onlySites: ['news.example.org'] },
    });
    await renderOptions();
    expect(siteList().value).toBe('example.com');
    fireEvent.click(screen.getByRole('radio', { name: 'Mark terms only on the sites listed' }));
    await waitFor(async () => expect(await stored()).toMatchObject({ siteMode: 'listed' }));
    await waitFor(() => expect(siteList().value).toBe('news.example.org'));
    expect(siteList().labels?.[0]?.textContent).toBe('Sites where terms are marked, one per line');
    expect(
      (screen.getByRole('radio', { name: /every site, except/ }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('shows a control as set at once, even while an earlier save is in flight', async () => {
    await renderOptions();
    // Saves take a while, as they may in a busy browser.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const slow = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return set(items);
    });
    onTestFinished(() => slow.mockRestore());
    const listed = screen.getByRole('radio', {
      name: 'Mark terms only on the sites listed',
    }) as HTMLInputElement;
    fireEvent.click(checkbox('Mark interview terms on pages'));
    fireEvent.click(listed);
    expect(listed.checked).toBe(true);
    expect(checkbox('Mark interview terms on pages').checked).toBe(false);
    // Through every save and its echo, neither control flicks back.
    const flicked: string[] = [];
    const watch = setInterval(() => {
      if (!listed.checked) flicked.push('radio');
      if (checkbox('Mark interview terms on pages').checked) flicked.push('checkbox');
    }, 2);
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ enabled: false, siteMode: 'listed' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    clearInterval(watch);
    expect(flicked).toEqual([]);
  });

  it('follows a change made elsewhere, such as the popup’s switch', async () => {
    await renderOptions();
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, offSites: ['news.example.com'] },
    });
    await waitFor(() => expect(siteList().value).toBe('news.example.com'));
  });
});
