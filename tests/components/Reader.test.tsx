import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { noBoundaries } from '../helpers/no-boundaries';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reader } from '../../components/reader/Reader';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { bundledCharFold } from '../../data/bundled-char-fold';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { buildPackFromEntries } from '../../lib/catalog/build-pack';
import { parseInterview } from '../../lib/interview/parse-interview';
import { citePassage } from '../../lib/pack/citation';
import { t } from '../../lib/i18n';
import type { TabTerms } from '../../lib/tab-terms';

const pack = bundledPacks[0]!;

/** What the background answers to `getTabTerms`, by tab id; tabs not listed have no report. */
let tabTermsByTab: Map<number, TabTerms>;
let asked: number[];

const mentioning = (...termIds: string[]): TabTerms => ({
  frames: [],
  counts: Object.fromEntries(termIds.map((id) => [`${pack.id}:${id}`, 2])),
  framesWithTerm: {},
});

/** The focused window and its active tab, as the side panel finds them. */
let windowId: number;
let activeTab: number;

beforeEach(async () => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/sidepanel.html');
  tabTermsByTab = new Map();
  asked = [];
  windowId = (await fakeBrowser.windows.create({ focused: true }))!.id!;
  activeTab = (await fakeBrowser.tabs.create({ windowId, active: true })).id!;
  tabTermsByTab.set(activeTab, mentioning('liangge-xianxing'));
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const { type, tabId } = message as { type: string; tabId: number };
    if (type !== 'getTabTerms') return undefined;
    asked.push(tabId);
    sendResponse({ ok: true, value: tabTermsByTab.get(tabId) ?? null });
    return true;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderApp = () => render(<ReaderApp packs={bundledPacks} charFold={bundledCharFold} />);

/** Waits until the reader has the tab's terms (the legend appears with them). */
async function renderWithTabTerms() {
  const view = renderApp();
  await screen.findByText('Highlighted terms are also on the current page.');
  return view;
}

const paragraph = (paragraphId: string): HTMLElement => document.getElementById(paragraphId)!;
const shownParagraphs = () =>
  Array.from(document.querySelectorAll<HTMLElement>('p.paragraph')).map((p) => p.id);
const allParagraphs = pack.entries.flatMap((e) => e.paragraphs.map((p) => p.id));
/** A term button inside an element, by its visible text. */
const termIn = (paragraphId: string, text: string): HTMLElement =>
  within(paragraph(paragraphId)).getByRole('button', { name: new RegExp(`^${text}`) });
/** Text a sighted reader sees: without the screen-reader-only notes or the ¶ link. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, a.anchor').forEach((e) => e.remove());
  return copy.textContent ?? '';
}
const placesList = () =>
  screen.getByRole('complementary', { name: /^Where the interview says/ }) as HTMLElement;
const placeButtons = (aside: HTMLElement) =>
  Array.from(aside.querySelectorAll<HTMLButtonElement>('button.place'));
const currentPlace = (aside: HTMLElement) =>
  placeButtons(aside)
    .filter((b) => b.getAttribute('aria-current') === 'true')
    .map((b) => b.querySelector('.qno')?.textContent);

describe('Reader: the interview', () => {
  it('renders all five entries with numbered questions', () => {
    render(<Reader packs={bundledPacks} />);
    const entries = Array.from(document.querySelectorAll('article.entry'));
    expect(entries.map((e) => e.id)).toEqual(['qa-2', 'qa-3', 'qa-4', 'qa-5', 'qa-6']);
    for (const entry of pack.entries) {
      const article = screen.getByRole('article', { name: new RegExp(`Q${entry.number}`) });
      expect(article.id).toBe(entry.id);
      const question = within(article).getByRole('heading', { level: 2 });
      expect(question.id).toBe(`${entry.id}-q`);
      expect(question.querySelector('.qno')?.textContent).toBe(`Question Q${entry.number}`);
      expect(visibleText(question)).toBe(`Q${entry.number}${entry.question}`);
    }
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(pack.label);
  });

  it('gives every paragraph an id and a link to it, and its text unchanged', () => {
    render(<Reader packs={bundledPacks} />);
    expect(shownParagraphs()).toEqual(allParagraphs);
    for (const entry of pack.entries) {
      for (const p of entry.paragraphs) {
        const element = paragraph(p.id);
        expect(element.closest('article')?.id).toBe(entry.id);
        expect(visibleText(element)).toBe(p.text);
      }
    }
    const link = within(paragraph('qa-4-p2')).getByRole('link', {
      name: 'Link to Q4, paragraph 2',
    });
    expect(link.getAttribute('href')).toBe('#qa-4-p2');
    expect(link.textContent).toBe('¶2');
  });

  it('shows the photo caption as a figcaption after its paragraph', () => {
    render(<Reader packs={bundledPacks} />);
    const captions = Array.from(document.querySelectorAll('figure figcaption'));
    expect(captions).toHaveLength(1);
    const caption = captions[0]!;
    expect(visibleText(caption)).toBe('宁波港 毛永淮 摄');
    expect(caption.textContent).toBe('Photo caption: 宁波港 毛永淮 摄');
    expect(caption.closest('.paragraph-block')?.querySelector('p.paragraph')?.id).toBe('qa-3-p5');
  });

  it('links the table of contents to each entry', () => {
    render(<Reader packs={bundledPacks} />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#qa-2',
      '#qa-3',
      '#qa-4',
      '#qa-5',
      '#qa-6',
    ]);
    links.forEach((link, i) => {
      const entry = pack.entries[i]!;
      expect(link.textContent).toBe(`Q${entry.number} ${entry.question}`);
      expect(document.getElementById(entry.id)?.tagName).toBe('ARTICLE');
    });
  });

  it('copies a paragraph with its citation, as text and as HTML', async () => {
    /** What the page put on the clipboard, by type. */
    const copied: Record<string, Blob> = {};
    vi.stubGlobal(
      'ClipboardItem',
      vi.fn(function (items: Record<string, Blob>) {
        Object.assign(copied, items);
      }),
    );
    vi.stubGlobal('isSecureContext', true);
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue();
    render(<Reader packs={bundledPacks} />);
    const block = paragraph('qa-4-p2').closest('.paragraph-block') as HTMLElement;
    fireEvent.click(within(block).getByRole('button', { name: 'Copy with citation' }));
    const text = pack.entries.find((e) => e.id === 'qa-4')!.paragraphs[1]!.text;
    const expected = citePassage({
      passage: text,
      source: { packLabel: pack.label, qa: 4, part: 2 },
      t,
    });
    expect(await within(block).findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(write).toHaveBeenCalledOnce();
    expect(await copied['text/plain']!.text()).toBe(expected.text);
    expect(await copied['text/html']!.text()).toBe(expected.html);
    vi.unstubAllGlobals();
  });
});

describe('Reader: a term’s places', () => {
  it('lists the places of a clicked term and steps through them', () => {
    render(<Reader packs={bundledPacks} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    const term = termIn('qa-5-p3', '浙里甬有');
    expect(term.tagName).toBe('SPAN');
    expect(term.classList.contains('term')).toBe(true);
    expect(term.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(term);
    const aside = placesList();
    expect(aside.tagName).toBe('ASIDE');
    const heading = within(aside).getByRole('heading');
    expect(heading.textContent).toContain('浙里甬有');
    expect(heading.textContent).toBe('Where the interview says “浙里甬有”');
    expect(document.activeElement).toBe(heading);
    expect(placeButtons(aside).map((b) => b.querySelector('.qno')?.textContent)).toEqual([
      'Q5 ¶3',
      'Q5 ¶4',
    ]);
    for (const b of placeButtons(aside))
      expect(b.querySelector('mark')?.textContent).toBe('浙里甬有');
    expect(currentPlace(aside)).toEqual(['Q5 ¶3']);
    expect(within(aside).getByRole('group', { name: 'in 2 places' }).textContent).toContain(
      'Place 1 of 2',
    );
    // Both occurrences show as the selected term.
    expect(termIn('qa-5-p3', '浙里甬有').getAttribute('aria-pressed')).toBe('true');
    expect(termIn('qa-5-p4', '浙里甬有').classList.contains('selected')).toBe(true);

    fireEvent.click(within(aside).getByRole('button', { name: 'Next place' }));
    expect(currentPlace(aside)).toEqual(['Q5 ¶4']);
    expect(aside.textContent).toContain('Place 2 of 2');
    expect(paragraph('qa-5-p4').classList.contains('flash')).toBe(true);
    fireEvent.click(within(aside).getByRole('button', { name: 'Next place' }));
    expect(currentPlace(aside)).toEqual(['Q5 ¶3']);
    fireEvent.click(within(aside).getByRole('button', { name: 'Previous place' }));
    expect(currentPlace(aside)).toEqual(['Q5 ¶4']);
    fireEvent.click(placeButtons(aside)[0]!);
    expect(currentPlace(aside)).toEqual(['Q5 ¶3']);
  });

  it('starts at the place that was clicked', () => {
    render(<Reader packs={bundledPacks} />);
    fireEvent.click(termIn('qa-5-p4', '浙里甬有'));
    expect(currentPlace(placesList())).toEqual(['Q5 ¶4']);
  });

  it('gives each paragraph one tab stop among its terms, and moves between them with the arrows', () => {
    render(<Reader packs={bundledPacks} />);
    const terms = Array.from(
      document.getElementById('qa-5-p3')!.querySelectorAll<HTMLElement>('.term'),
    );
    expect(terms.length).toBeGreaterThan(2);
    expect(terms.map((t) => t.tabIndex)).toEqual(terms.map((_, i) => (i === 0 ? 0 : -1)));
    terms[0]!.focus();
    fireEvent.keyDown(terms[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(terms[1]);
    expect(terms.map((t) => t.tabIndex)).toEqual(terms.map((_, i) => (i === 1 ? 0 : -1)));
    fireEvent.keyDown(terms[1]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(terms[0]);
    // The ends stay put.
    fireEvent.keyDown(terms[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(terms[0]);
  });

  it('opens from the keyboard with Enter or Space on a focused term', () => {
    render(<Reader packs={bundledPacks} />);
    const term = termIn('qa-5-p3', '浙里甬有');
    term.focus();
    expect(fireEvent.keyDown(term, { key: 'a' })).toBe(true);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(fireEvent.keyDown(term, { key: 'Enter' })).toBe(false);
    expect(currentPlace(placesList())).toEqual(['Q5 ¶3']);
    expect(placesList().textContent).toContain('浙里甬有');

    fireEvent.click(within(placesList()).getByRole('button', { name: 'Close the list of places' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    const other = termIn('qa-5-p4', '浙里甬有');
    expect(fireEvent.keyDown(other, { key: ' ' })).toBe(false);
    expect(currentPlace(placesList())).toEqual(['Q5 ¶4']);
  });

  it('lists a term said in a question with the question as a place', () => {
    render(<Reader packs={bundledPacks} />);
    const question = screen.getByRole('heading', { name: /Q2/, level: 2 });
    fireEvent.click(within(question).getByRole('button', { name: /^两个先行/ }));
    const aside = placesList();
    expect(placeButtons(aside).map((b) => b.querySelector('.qno')?.textContent)).toEqual([
      'Q2',
      'Q2 ¶1',
      'Q6 ¶5',
    ]);
    expect(currentPlace(aside)).toEqual(['Q2']);
  });
});

describe('Reader: terms on the current page', () => {
  it('asks the background about the active tab', async () => {
    await renderWithTabTerms();
    expect(asked).toContain(activeTab);
  });

  it('marks terms the tab mentions, with a hidden note', async () => {
    await renderWithTabTerms();
    const onPage = Array.from(document.querySelectorAll<HTMLElement>('.term.on-page'));
    const occurrences = pack.terms.find((t) => t.id === 'liangge-xianxing')!.occurrences;
    expect(onPage).toHaveLength(occurrences.length);
    for (const term of onPage) {
      expect(visibleText(term)).toBe('两个先行');
      expect(term.querySelector('.visually-hidden')?.textContent).toBe(' (also on this page)');
      expect(term.getAttribute('title')).toBe('两个先行 · also on this page');
    }
    const notOnPage = termIn('qa-5-p3', '浙里甬有');
    expect(notOnPage.classList.contains('on-page')).toBe(false);
    expect(notOnPage.textContent).toBe('浙里甬有');
    expect(notOnPage.hasAttribute('title')).toBe(false);
  });

  it('marks nothing and shows no legend when the tab has no report', async () => {
    tabTermsByTab.clear();
    renderApp();
    await waitFor(() => expect(asked).toContain(activeTab));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelector('.term.on-page')).toBeNull();
    expect(screen.queryByText('Highlighted terms are also on the current page.')).toBeNull();
    expect(document.querySelectorAll('.term').length).toBeGreaterThan(0);
  });

  it('updates when the tab’s report changes in session storage', async () => {
    await renderWithTabTerms();
    tabTermsByTab.set(activeTab, mentioning('zheli-yongyou'));
    await fakeBrowser.storage.session.set({ [`tabTerms:${activeTab}`]: {} });
    await waitFor(() =>
      expect(termIn('qa-5-p3', '浙里甬有').classList.contains('on-page')).toBe(true),
    );
    expect(document.querySelectorAll('.term.on-page')).toHaveLength(2);
  });

  it('follows the active tab of its own window only', async () => {
    await renderWithTabTerms();
    const elsewhere = await fakeBrowser.windows.create({});
    const stranger = await fakeBrowser.tabs.create({ windowId: elsewhere!.id });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: stranger.id!, windowId: elsewhere!.id! });
    const other = await fakeBrowser.tabs.create({ windowId });
    tabTermsByTab.set(other.id!, mentioning('zheli-yongyou'));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId });
    await waitFor(() => expect(asked).toContain(other.id));
    expect(asked).not.toContain(stranger.id);
    await waitFor(() =>
      expect(termIn('qa-5-p4', '浙里甬有').classList.contains('on-page')).toBe(true),
    );
    expect(document.querySelector('.term.on-page')?.textContent).not.toContain('两个先行');
  });

  it('works on the tab named by ?tabId=N instead of the active tab', async () => {
    history.replaceState(null, '', '/sidepanel.html?tabId=77');
    tabTermsByTab.set(77, mentioning('zheli-yongyou'));
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await renderWithTabTerms();
    expect(asked).toEqual([77]);
    expect(query).not.toHaveBeenCalled();
    expect(termIn('qa-5-p3', '浙里甬有').classList.contains('on-page')).toBe(true);
  });
});

describe('Reader: jumping to a place', () => {
  it('goes to a fresh target stored by the card, popup or menu', async () => {
    await fakeBrowser.storage.session.set({
      readerTarget: { address: 'qa-4-p2', at: Date.now() },
    });
    renderApp();
    await waitFor(() => expect(document.activeElement?.id).toBe('qa-4-p2'));
    expect(paragraph('qa-4-p2').classList.contains('flash')).toBe(true);
  });

  it('does not replay an old target', async () => {
    await fakeBrowser.storage.session.set({
      readerTarget: { address: 'qa-4-p2', at: Date.now() - 60_000 },
    });
    renderApp();
    await waitFor(() => expect(asked).toContain(activeTab));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement?.id).not.toBe('qa-4-p2');
    expect(paragraph('qa-4-p2').classList.contains('flash')).toBe(false);
  });

  it('jumps when a target is stored while open, and fills the filter when asked', async () => {
    renderApp();
    await fakeBrowser.storage.session.set({
      readerTarget: { address: 'qa-6-p3', at: Date.now() },
    });
    await waitFor(() => expect(document.activeElement?.id).toBe('qa-6-p3'));
    await fakeBrowser.storage.session.set({
      readerTarget: { filter: '幸福民生品牌', at: Date.now() },
    });
    const filter = screen.getByRole('searchbox', { name: 'Filter paragraphs' }) as HTMLInputElement;
    await waitFor(() => expect(filter.value).toBe('幸福民生品牌'));
    expect(shownParagraphs()).toEqual(['qa-5-p3', 'qa-5-p4']);
  });

  it('goes to the paragraph in the URL hash', async () => {
    history.replaceState(null, '', '/sidepanel.html#qa-3-p2');
    render(<Reader packs={bundledPacks} />);
    await waitFor(() => expect(document.activeElement?.id).toBe('qa-3-p2'));
  });
});

describe('ReaderApp: the filter', () => {
  const filterBox = () =>
    screen.getByRole('searchbox', { name: 'Filter paragraphs' }) as HTMLInputElement;
  const filter = (value: string) => fireEvent.input(filterBox(), { target: { value } });

  it('shows everything and no count before a filter is typed', () => {
    renderApp();
    expect(filterBox().placeholder).toBe('Words, a term, or pinyin');
    expect(screen.queryByRole('status')).toBeNull();
    expect(shownParagraphs()).toEqual(allParagraphs);
  });

  it('narrows the paragraphs to those that match, and says how many', () => {
    renderApp();
    filter('幸福民生品牌');
    expect(shownParagraphs()).toEqual(['qa-5-p3', 'qa-5-p4']);
    expect(screen.getByRole('status').textContent).toContain('Matching passages: 2');
    expect(Array.from(document.querySelectorAll('article.entry')).map((a) => a.id)).toEqual([
      'qa-5',
    ]);
    expect(document.querySelector('figcaption')).toBeNull();
    expect(within(paragraph('qa-5-p3')).getByRole('button', { name: /^浙里甬有/ })).toBeTruthy();
  });

  it('says when no paragraph matches', () => {
    renderApp();
    filter('qqqqzzzz');
    expect(shownParagraphs()).toEqual([]);
    expect(document.querySelector('article.entry')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('No paragraph matches “qqqqzzzz”.');
    expect(screen.getByRole('status').textContent).not.toContain('Matching passages');
  });

  it('restores every paragraph with Esc, which is then let through', () => {
    renderApp();
    filter('幸福民生品牌');
    expect(fireEvent.keyDown(filterBox(), { key: 'Escape' })).toBe(false);
    expect(filterBox().value).toBe('');
    expect(shownParagraphs()).toEqual(allParagraphs);
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.querySelector('figcaption')).not.toBeNull();
    expect(fireEvent.keyDown(filterBox(), { key: 'Escape' })).toBe(true);
  });

  it('restores every paragraph with the Clear button', () => {
    renderApp();
    filter('qqqqzzzz');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(filterBox().value).toBe('');
    expect(shownParagraphs()).toEqual(allParagraphs);
    expect(screen.queryByRole('button', { name: 'Clear filter' })).toBeNull();
  });

  it('treats a blank filter as no filter', () => {
    renderApp();
    filter('   ');
    expect(shownParagraphs()).toEqual(allParagraphs);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a question without its paragraphs when only the question matches', () => {
    render(<Reader packs={bundledPacks} visibleParagraphs={new Map([['qa-4', '宁波']])} />);
    expect(Array.from(document.querySelectorAll('article.entry')).map((a) => a.id)).toEqual([
      'qa-4',
    ]);
    expect(shownParagraphs()).toEqual([]);
  });
});

describe('Reader with several packs', () => {
  // A second pack, as an import would build it (no converters needed here).
  const second = buildPackFromEntries({
    entries: parseInterview('1\n问：东港怎么样？\n答：大家都说“海湾里有”。\n'),
    spec: {
      packId: 'donggang',
      label: '东港访谈',
      subjects: { place: ['东港'], region: [] },
      terms: [{ id: 'haiwan-liyou', text: '海湾里有', tier: 'distinctive' }],
    },
    converters: { toTraditional: (text) => [text], toPinyin: () => [] },
    boundaries: noBoundaries,
    meta: { title: '东港访谈', source: '测试' },
  }).pack;
  const renderTwo = () => render(<Reader packs={[pack, second]} />);

  it('shows one pack at a time, and switches with the pack menu', () => {
    renderTwo();
    expect(paragraph('qa-4-p2')).toBeTruthy();
    // One line says whose the bundled interview's name is.
    expect(document.querySelector('.about')?.textContent).toBe(
      `About this interview: “${pack.label}” is this extension's name for a published interview, quoted here as it was published.`,
    );
    const menu = screen.getByRole('combobox', { name: 'Interview to read' }) as HTMLSelectElement;
    expect(Array.from(menu.options, (o) => o.textContent)).toEqual([pack.label, '东港访谈']);
    fireEvent.change(menu, { target: { value: 'donggang' } });
    expect(paragraph('qa-4-p2')).toBeNull();
    expect(shownParagraphs()).toEqual(['qa-1-p1']);
    // An imported pack: its recorded source, and the name as the reader's own.
    expect(document.querySelector('.about')?.textContent).toBe(
      'About this interview: 测试, 东港访谈. You added it; its name here is yours.',
    );
  });

  it('opens the pack a reader address names, and goes to its paragraph', async () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    history.replaceState(null, '', '/sidepanel.html#donggang:qa-1-p1');
    renderTwo();
    await waitFor(() => expect(shownParagraphs()).toEqual(['qa-1-p1']));
    await waitFor(() => expect(document.activeElement?.id).toBe('qa-1-p1'));
    expect(scrolled).toHaveBeenCalled();
  });

  it('keeps a bare paragraph id in the first pack, as deep links always were', async () => {
    history.replaceState(null, '', '/sidepanel.html#qa-4-p2');
    renderTwo();
    await waitFor(() => expect(document.activeElement?.id).toBe('qa-4-p2'));
  });
});
