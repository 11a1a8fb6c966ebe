import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../components/popup/SearchPanel';
import { bundledCharFold } from '../../data/bundled-char-fold';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { search } from '../../lib/search/search';
import { createSearchIndex } from '../../lib/search/search-index';
import type { SearchResult } from '../../lib/search/search-result';
import { suggest } from '../../lib/search/suggest';

afterEach(cleanup);

const index = createSearchIndex({ packs: bundledPacks, charFold: bundledCharFold });

const GUIDE =
  'Type a term, a few words of a passage, or its pinyin: liangge xianxing, lgxx. Arrow keys move through results, Enter opens one, Esc clears.';

function renderPanel() {
  const onOpen = vi.fn<(result: SearchResult) => void>();
  const view = render(<SearchPanel index={index} onOpen={onOpen} />);
  const input = screen.getByRole('combobox', { name: 'Search the interview' }) as HTMLInputElement;
  return { ...view, onOpen, input };
}

const type = (input: HTMLInputElement, value: string) =>
  fireEvent.input(input, { target: { value } });
/** Dispatches a key press; false when the panel prevented its default. */
const press = (input: HTMLInputElement, key: string): boolean => fireEvent.keyDown(input, { key });
const options = () => screen.queryAllByRole('option');
const selected = () => options().filter((o) => o.getAttribute('aria-selected') === 'true');
const suggestionButtons = (container: Element) =>
  Array.from(container.querySelectorAll<HTMLButtonElement>('button.suggestion'));

describe('SearchPanel as a combobox', () => {
  it('is a focused, labelled combobox controlling the result list', () => {
    const { input } = renderPanel();
    expect(input.getAttribute('type')).toBe('search');
    // happy-dom does not run the autofocus steps (the e2e popup test checks real
    // focus); the attribute is what makes the browser focus the box on open.
    expect(input.hasAttribute('autofocus')).toBe(true);
    expect(input.autofocus).toBe(true);
    expect(input.getAttribute('aria-controls')).toBe('search-results');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(input.placeholder).toBe('Term, passage or pinyin (e.g. lgxx)');
    expect(screen.getByRole('search', { name: 'Search the interview' })).toBeTruthy();
  });

  it('shows the guide for an empty or blank query, and no list', () => {
    const { container, input } = renderPanel();
    expect(container.querySelector('.guide')?.textContent).toBe(GUIDE);
    expect(screen.queryByRole('listbox')).toBeNull();
    type(input, '   ');
    expect(container.querySelector('.guide')?.textContent).toBe(GUIDE);
    expect(screen.queryByRole('status')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('lists results for pinyin initials, 两个先行 first and selected', () => {
    const { container, input } = renderPanel();
    type(input, 'lgxx');
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    expect(listbox.id).toBe(input.getAttribute('aria-controls'));
    const expected = search(index, 'lgxx', { limit: 20 });
    expect(options()).toHaveLength(expected.length);
    expect(options().length).toBeGreaterThan(1);
    const first = options()[0]!;
    expect(first.querySelector('.result-title strong')?.textContent).toBe('两个先行');
    expect(first.querySelector('.kind')?.textContent).toBe('Term');
    expect(first.querySelector('.via')?.textContent).toBe('lgxx');
    expect(first.querySelector('.result-excerpt mark')?.textContent).toBe('两个先行');
    expect(selected()).toEqual([first]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(screen.getByRole('status').textContent).toBe(`Results: ${expected.length}`);
    expect(container.querySelector('.guide')).toBeNull();
  });

  it('moves the selection with the arrow keys, wrapping around both ways', () => {
    const { input } = renderPanel();
    type(input, 'lgxx');
    const count = options().length;
    const selectedIndex = () => options().indexOf(selected()[0]!);

    expect(press(input, 'ArrowDown')).toBe(false);
    expect(selectedIndex()).toBe(1);
    expect(selected()).toHaveLength(1);
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.classList.contains('active')).toBe(true);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('false');

    press(input, 'ArrowUp');
    expect(selectedIndex()).toBe(0);
    expect(press(input, 'ArrowUp')).toBe(false);
    expect(selectedIndex()).toBe(count - 1);
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[count - 1]!.id);
    press(input, 'ArrowDown');
    expect(selectedIndex()).toBe(0);
  });

  it('opens the selected result with Enter', () => {
    const { input, onOpen } = renderPanel();
    type(input, 'lgxx');
    const expected = search(index, 'lgxx', { limit: 20 });
    press(input, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith(expected[0]);
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith(expected[1]);
    expect(onOpen.mock.lastCall?.[0]).toMatchObject({ kind: 'passage', paragraphId: 'qa-2' });
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('opens nothing on Enter without results, and ignores arrows there', () => {
    const { input, onOpen } = renderPanel();
    press(input, 'Enter');
    type(input, 'qqqqzzzz');
    expect(press(input, 'ArrowDown')).toBe(false);
    press(input, 'Enter');
    expect(onOpen).not.toHaveBeenCalled();
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('opens a result on click, and follows the pointer', () => {
    const { input, onOpen } = renderPanel();
    type(input, 'lgxx');
    const expected = search(index, 'lgxx', { limit: 20 });
    fireEvent.mouseMove(options()[2]!);
    expect(selected()).toEqual([options()[2]]);
    fireEvent.click(options()[3]!);
    expect(onOpen).toHaveBeenCalledWith(expected[3]);
  });

  it('starts again from the first result when the query changes', () => {
    const { input } = renderPanel();
    type(input, 'lgxx');
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    type(input, '两个先行');
    expect(options()[0]!.querySelector('strong')?.textContent).toBe('两个先行');
    expect(selected()).toEqual([options()[0]]);
  });

  it('clears the query with Esc, and lets Esc through when it is already empty', () => {
    const { container, input } = renderPanel();
    type(input, 'lgxx');
    press(input, 'ArrowDown');
    expect(press(input, 'Escape')).toBe(false);
    expect(input.value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(container.querySelector('.guide')?.textContent).toBe(GUIDE);
    expect(input.getAttribute('aria-expanded')).toBe('false');

    // Not prevented: the popup closes on the second Esc.
    expect(press(input, 'Escape')).toBe(true);
    expect(input.value).toBe('');

    type(input, 'lgxx');
    expect(selected()).toEqual([options()[0]]);
  });
});

describe('SearchPanel without results', () => {
  it('says so, and offers close terms that fill the query', () => {
    const { container, input } = renderPanel();
    type(input, '浙里拥友');
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('No results for “浙里拥友”.');
    expect(status.textContent).toContain('Close terms:');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');

    const buttons = suggestionButtons(container);
    expect(buttons.map((b) => b.textContent)).toEqual(
      suggest(index, '浙里拥友', 5).map((s) => s.text),
    );
    expect(buttons[0]!.textContent).toBe('浙里甬有');
    expect(buttons[0]!.getAttribute('lang')).toBe('zh');

    fireEvent.click(within(status).getByRole('button', { name: '浙里甬有' }));
    expect(input.value).toBe('浙里甬有');
    expect(screen.queryByText(/No results/)).toBeNull();
    expect(options()[0]!.querySelector('strong')?.textContent).toBe('浙里甬有');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
  });

  it('says so for a Latin query, with the suggestions the module has', () => {
    const { container, input } = renderPanel();
    type(input, 'qqqqzzzz');
    expect(screen.getByRole('status').textContent).toContain('No results for “qqqqzzzz”.');
    const expected = suggest(index, 'qqqqzzzz', 5).map((s) => s.text);
    expect(suggestionButtons(container).map((b) => b.textContent)).toEqual(expected);
    if (expected.length > 0) {
      fireEvent.click(suggestionButtons(container)[0]!);
      expect(input.value).toBe(expected[0]);
      expect(options().length).toBeGreaterThan(0);
    }
  });

  it('offers no close terms when there are none, and echoes the query trimmed', () => {
    const { container, input } = renderPanel();
    type(input, '  xyzxyzxyz  ');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('No results for “xyzxyzxyz”.');
    expect(suggestionButtons(container)).toHaveLength(0);
    expect(status.textContent).not.toContain('Close terms:');
  });
});

describe('SearchPanel with hostile or unusual input', () => {
  it('renders HTML-looking input as text', () => {
    const { container, input } = renderPanel();
    const html = '<img src=x onerror=alert(1)>';
    type(input, html);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(`No results for “${html}”.`);
  });

  it('renders markup around a term as text, still offering the term', () => {
    const { container, input } = renderPanel();
    type(input, '<b>两个先行</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('No results for “<b>两个先行</b>”.');
    expect(suggestionButtons(container)[0]?.textContent).toBe('两个先行');
  });

  it('survives very long input, echoing at most 60 characters', () => {
    const { input } = renderPanel();
    const long = 'x'.repeat(10_000);
    expect(() => type(input, long)).not.toThrow();
    expect(screen.getByRole('status').textContent).toContain(`No results for “${'x'.repeat(60)}”.`);
    expect(screen.getByRole('status').textContent).not.toContain('x'.repeat(61));

    const longChinese = '两个先行'.repeat(500);
    expect(() => type(input, longChinese)).not.toThrow();
    expect(screen.getByRole('status').textContent).toContain(
      `No results for “${longChinese.slice(0, 60)}”.`,
    );
    expect(within(screen.getByRole('status')).getAllByRole('button')[0]?.textContent).toBe(
      '两个先行',
    );
  });

  it('renders emoji and right-to-left text without throwing', () => {
    const { input } = renderPanel();
    for (const text of ['😀👍🏽', 'مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C']) {
      expect(() => type(input, text)).not.toThrow();
      expect(input.value).toBe(text);
      expect(screen.getByRole('status').textContent).toContain(`No results for “${text}”.`);
    }
  });
});
