import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HoverCard,
  type CardAppearance,
  type CardState,
  type HoverCardProps,
} from '../../components/HoverCard';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { buildTermCard, type TermCard } from '../../lib/pack/term-card';
import type { MuteScope } from '../../lib/protocol/background-protocol';

afterEach(cleanup);

const pack = bundledPacks[0]!;
const cardOf = (termId: string): TermCard => buildTermCard(pack, termId)!;
/** 浙里甬有: two places, Q5 ¶3 and Q5 ¶4. */
const TWO_PLACES = cardOf('zheli-yongyou');
/** 天一甬宁保: one place. */
const ONE_PLACE = cardOf('tianyi-yongningbao');

function renderCard(state: CardState, overrides: Partial<HoverCardProps> = {}) {
  const props = {
    onReadFull: vi.fn<(address: string) => void>(),
    onCopy: vi.fn<(card: TermCard, placeIndex: number) => Promise<boolean>>(() =>
      Promise.resolve(true),
    ),
    onClose: vi.fn<() => void>(),
    onMute: vi.fn<(scope: MuteScope, card: TermCard) => void>(),
    appearance: { theme: 'auto', cardTextSize: 'medium' } as CardAppearance,
    ...overrides,
  };
  const view = render(<HoverCard state={state} {...props} />);
  return { ...view, ...props };
}

const ready = (card: TermCard): CardState => ({ status: 'ready', card });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** The visible "1 / 2" of the pager. */
const position = (container: Element): string | null | undefined =>
  container.querySelector('.position [aria-hidden="true"]')?.textContent;
const question = (container: Element): string | null | undefined =>
  container.querySelector('.question')?.textContent;

describe('HoverCard while loading or unavailable', () => {
  it('shows the term and a loading note, and no actions', () => {
    renderCard({ status: 'loading', text: '浙里甬有' });
    const dialog = screen.getByRole('dialog', { name: 'Interview Lens 浙里甬有' });
    expect(dialog.textContent).toContain('Loading…');
    expect(screen.queryByRole('button', { name: 'Read in full' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy with citation' })).toBeNull();
    expect(dialog.querySelector('blockquote')).toBeNull();
    expect(dialog.getAttribute('aria-describedby')).toBeNull();
  });

  it('says when the passage could not be loaded', () => {
    renderCard({ status: 'unavailable', text: '浙里甬有' });
    const dialog = screen.getByRole('dialog', { name: 'Interview Lens 浙里甬有' });
    expect(dialog.textContent).toContain(
      'This passage could not be loaded. Reload the page and try again.',
    );
    expect(dialog.textContent).not.toContain('Loading…');
    expect(screen.queryByRole('button', { name: 'Read in full' })).toBeNull();
  });

  it('can be closed in every state, with a labelled close button', () => {
    for (const state of [
      { status: 'loading', text: '浙里甬有' },
      { status: 'unavailable', text: '浙里甬有' },
      ready(TWO_PLACES),
    ] satisfies CardState[]) {
      const { onClose } = renderCard(state);
      const close = button('Close');
      expect(close.getAttribute('aria-label')).toBe('Close');
      fireEvent.click(close);
      expect(onClose).toHaveBeenCalledTimes(1);
      cleanup();
    }
  });
});

describe('HoverCard with a card', () => {
  it('is a non-modal dialog named by its term and described by the excerpt', () => {
    renderCard(ready(TWO_PLACES));
    const dialog = screen.getByRole('dialog', { name: 'Interview Lens 浙里甬有' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const excerpt = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(excerpt?.tagName).toBe('BLOCKQUOTE');
    expect(within(dialog).getByRole('heading').textContent).toBe('浙里甬有');
  });

  it('shows the tier in plain words with what it means, the question as Q5 · …, and the pack label', () => {
    const { container } = renderCard(ready(TWO_PLACES));
    expect(container.textContent).toContain("this interview's phrase");
    expect(container.querySelector('.tier')?.getAttribute('title')).toBe(
      "A phrase of this interview's own: marked wherever it appears.",
    );
    expect(container.textContent).not.toContain('label chosen');
    expect(question(container)).toBe(`Q5 · ${TWO_PLACES.places[0]!.question}`);
    expect(container.querySelector('.source')?.textContent).toBe(pack.label);
  });

  it('shows the excerpt with the term in a <mark>', () => {
    const { container } = renderCard(ready(TWO_PLACES));
    const quote = container.querySelector('blockquote')!;
    const marks = quote.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('浙里甬有');
    const { before, match, after, clippedStart, clippedEnd } = TWO_PLACES.places[0]!.excerpt;
    expect(quote.textContent).toBe(
      `${clippedStart ? '…' : ''}${before}${match}${after}${clippedEnd ? '…' : ''}`,
    );
  });

  it('pages through the places, wrapping around both ways', () => {
    const { container } = renderCard(ready(TWO_PLACES));
    const pager = screen.getByRole('group', { name: 'in 2 places' });
    expect(position(container)).toBe('1 / 2');
    expect(pager.textContent).toContain('Place 1 of 2');
    const first = container.querySelector('blockquote')?.textContent;

    fireEvent.click(button('Next place'));
    expect(position(container)).toBe('2 / 2');
    expect(pager.textContent).toContain('Place 2 of 2');
    expect(container.querySelector('blockquote')?.textContent).not.toBe(first);
    expect(container.querySelector('blockquote mark')?.textContent).toBe('浙里甬有');

    fireEvent.click(button('Next place'));
    expect(position(container)).toBe('1 / 2');
    expect(container.querySelector('blockquote')?.textContent).toBe(first);

    fireEvent.click(button('Previous place'));
    expect(position(container)).toBe('2 / 2');
  });

  it('has no pager for a term with one place', () => {
    const { container } = renderCard(ready(ONE_PLACE));
    expect(screen.queryByRole('group', { name: /places/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next place' })).toBeNull();
    expect(position(container)).toBeUndefined();
  });

  it('offers to stop marking the term, or marking on this site', () => {
    const { onMute } = renderCard(ready(TWO_PLACES));
    const group = screen.getByRole('group', { name: 'Stop marking' });
    fireEvent.click(within(group).getByRole('button', { name: "Don't mark this term" }));
    expect(onMute).toHaveBeenLastCalledWith('term', TWO_PLACES);
    fireEvent.click(within(group).getByRole('button', { name: 'Not on this site' }));
    expect(onMute).toHaveBeenLastCalledWith('site', TWO_PLACES);
  });

  it('offers no muting where there is no site to mute on', () => {
    renderCard(ready(TWO_PLACES), { onMute: undefined });
    expect(screen.queryByRole('group', { name: 'Stop marking' })).toBeNull();
    expect(screen.queryByRole('button', { name: "Don't mark this term" })).toBeNull();
  });

  it('takes the chosen theme and scales its text by the chosen size', () => {
    const { container } = renderCard(ready(TWO_PLACES), {
      appearance: { theme: 'dark', cardTextSize: 'larger' },
    });
    const card = container.querySelector<HTMLElement>('.card')!;
    expect(card.dataset.theme).toBe('dark');
    expect(card.style.getPropertyValue('--text-scale')).toBe('1.4');
    cleanup();
    const small = renderCard(ready(TWO_PLACES), {
      appearance: { theme: 'light', cardTextSize: 'small' },
    }).container.querySelector<HTMLElement>('.card')!;
    expect(small.dataset.theme).toBe('light');
    expect(small.style.getPropertyValue('--text-scale')).toBe('0.9');
  });

  it('asks to read the current place in full', () => {
    const { onReadFull } = renderCard(ready(TWO_PLACES));
    fireEvent.click(button('Read in full'));
    expect(onReadFull).toHaveBeenLastCalledWith(`${TWO_PLACES.packId}:qa-5-p3`);
    fireEvent.click(button('Next place'));
    fireEvent.click(button('Read in full'));
    expect(onReadFull).toHaveBeenLastCalledWith(`${TWO_PLACES.packId}:qa-5-p4`);
    expect(onReadFull).toHaveBeenCalledTimes(2);
  });

  it('copies the current place and says so', async () => {
    const { onCopy } = renderCard(ready(TWO_PLACES));
    fireEvent.click(button('Next place'));
    fireEvent.click(button('Copy with citation'));
    expect(onCopy).toHaveBeenCalledWith(TWO_PLACES, 1);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('forgets "Copied" when the reader moves to another place', async () => {
    renderCard(ready(TWO_PLACES));
    fireEvent.click(button('Copy with citation'));
    await screen.findByRole('button', { name: 'Copied' });
    fireEvent.click(button('Next place'));
    expect(button('Copy with citation')).toBeTruthy();
  });

  it('raises an alert when copying fails', async () => {
    const onCopy = vi.fn<(card: TermCard, placeIndex: number) => Promise<boolean>>(() =>
      Promise.resolve(false),
    );
    renderCard(ready(TWO_PLACES), { onCopy });
    fireEvent.click(button('Copy with citation'));
    expect(onCopy).toHaveBeenCalledWith(TWO_PLACES, 0);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Copy failed: select the text and copy it by hand');
    await waitFor(() => expect(button('Copy with citation')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
  });

  it('quotes the question itself when the term occurs there, without repeating it above', () => {
    const { container } = renderCard(ready(cardOf('liangge-xianxing')));
    expect(position(container)).toBe('1 / 3');
    expect(question(container)).toBe('Q2 · in the question');
    expect(container.querySelector('blockquote')?.textContent).toContain('担当示范');
    expect(container.querySelector('blockquote mark')?.textContent).toBe('两个先行');
    fireEvent.click(button('Next place'));
    expect(question(container)).toBe(`Q2 · ${pack.entries[0]!.question}`);
  });

  it('has no landmarks of its own, and labels in the UI language', () => {
    const { container } = renderCard(ready(TWO_PLACES));
    expect(container.querySelector('header, footer, nav, aside, main')).toBeNull();
    expect(container.querySelector<HTMLElement>('.card')!.lang).toBe('en');
    // Chinese text says so itself.
    expect(container.querySelector<HTMLElement>('.term')!.lang).toBe('zh');
  });

  it('announces a copy that worked', async () => {
    const { onCopy } = renderCard(ready(TWO_PLACES));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(button('Copy with citation'));
    expect(onCopy).toHaveBeenCalledOnce();
    await waitFor(() => expect(status.textContent).toBe('Copied with its citation'));
  });
});
