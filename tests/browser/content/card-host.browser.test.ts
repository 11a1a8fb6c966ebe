import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { bundledPacks } from '../../../data/bundled-packs';
import type { CardAppearance } from '../../../components/HoverCard';
import { createCardHost, type CardHost } from '../../../content/card-host';
import { t } from '../../../lib/i18n';
import { cardCitation } from '../../../lib/pack/citation';
import { buildTermCard, type TermCard } from '../../../lib/pack/term-card';
import type { MuteScope } from '../../../lib/protocol/background-protocol';
import { mount } from '../start-lens';
import { loadCardPart } from './load-card-part';

/** 浙里甬有: two places, so the card has a pager. */
const TWO_PLACES = buildTermCard(bundledPacks[0]!, 'zheli-yongyou')!;
const TERM_RECT = new DOMRect(100, 100, 96, 24);

let host: CardHost;
const onReadFull = vi.fn<(address: string) => void>();
const onMute = vi.fn<(scope: MuteScope, card: TermCard) => void>();
const onClose = vi.fn<() => void>();
let chosen: CardAppearance = { theme: 'auto', cardTextSize: 'medium' };
const appearance = () => chosen;

beforeEach(async () => {
  chosen = { theme: 'auto', cardTextSize: 'medium' };
  onReadFull.mockReset();
  onMute.mockReset();
  onClose.mockReset();
  host = createCardHost({ loadUi: loadCardPart, onReadFull, onMute, appearance });
  host.onClose(onClose);
  await host.prepare();
});

afterEach(() => {
  host.hide();
  document.body.replaceChildren();
});

const showReady = (focus = false) =>
  host.show({ state: { status: 'ready', card: TWO_PLACES }, termRect: TERM_RECT, focus });

/** The host's shadow root, there once the card's UI is loaded. */
const shadow = (): ShadowRoot => host.shadow!;
/** The card, in the host's shadow root. */
const card = () => shadow().querySelector<HTMLElement>('.card');

/** The card's button whose label or text is `name`. */
function button(name: string): HTMLButtonElement {
  const found = Array.from(shadow().querySelectorAll('button')).find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** Clicks the middle of an element with the real mouse. */
async function click(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await userEvent.pointer({
    coords: {
      x: Math.round(rect.left + rect.width / 2),
      y: Math.round(rect.top + rect.height / 2),
    },
    keys: '[MouseLeft]',
  });
}

describe('card host', () => {
  it('draws the card in the chosen theme and text size, from its next opening', () => {
    const look = () => {
      const style = getComputedStyle(card()!);
      const term = getComputedStyle(shadow().querySelector('.term')!);
      return { background: style.backgroundColor, termSize: Math.round(parseFloat(term.fontSize)) };
    };
    chosen = { theme: 'light', cardTextSize: 'medium' };
    showReady();
    expect(look()).toEqual({ background: 'rgb(255, 255, 255)', termSize: 17 });

    chosen = { theme: 'dark', cardTextSize: 'larger' };
    host.hide();
    showReady();
    expect(look()).toEqual({ background: 'rgb(31, 36, 40)', termSize: 24 });
  });

  it('shows the card in an open shadow root, in the top layer, whatever the page styles', () => {
    mount(`
      <style>interview-lens-card, .card { display: none !important; opacity: 0 !important; }</style>
      <div style="position: fixed; inset: 0; z-index: 2147483647; background: white"></div>`);
    showReady();

    expect(host.isOpen).toBe(true);
    expect(host.element.isConnected).toBe(true);
    expect(host.element.shadowRoot).toBe(shadow());
    expect(shadow().mode).toBe('open');
    expect(host.element.matches(':popover-open')).toBe(true);
    expect(card()!.checkVisibility({ opacityProperty: true, visibilityProperty: true })).toBe(true);
    const rect = card()!.getBoundingClientRect();
    expect(document.elementFromPoint(rect.left + 10, rect.top + 10)).toBe(host.element);
    // Below the term, never over it.
    expect(rect.top).toBeGreaterThanOrEqual(TERM_RECT.bottom);
    expect(card()!.querySelector('.term')!.textContent).toBe('浙里甬有');
  });

  it('ignores clicks a page script makes on its buttons', async () => {
    showReady();
    for (const name of [t('cardReadFull'), t('cardMuteTerm'), t('cardMuteSite'), t('cardClose')])
      button(name).click();
    expect(onReadFull).not.toHaveBeenCalled();
    expect(onMute).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    await click(button(t('cardReadFull')));
    expect(onReadFull).toHaveBeenCalledOnce();
  });

  it('keeps page rules aimed at its host from changing how it reads', () => {
    const rules = document.createElement('style');
    rules.textContent =
      'interview-lens-card { writing-mode: vertical-rl !important; color: transparent !important;' +
      ' font-size: 2px !important; letter-spacing: 30px !important; direction: rtl !important }';
    document.head.append(rules);
    try {
      showReady();
      const style = getComputedStyle(host.element);
      expect(style.writingMode).toBe('horizontal-tb');
      expect(style.letterSpacing).toBe('normal');
      expect(getComputedStyle(card()!).direction).toBe('ltr');
      expect(getComputedStyle(card()!).color).not.toBe('rgba(0, 0, 0, 0)');
      expect(card()!.getBoundingClientRect().width).toBeGreaterThan(200);
    } finally {
      rules.remove();
    }
  });

  it('calls back from its buttons with the place the card shows', async () => {
    showReady();
    await click(button(t('cardReadFull')));
    expect(onReadFull).toHaveBeenCalledWith(
      `${TWO_PLACES.packId}:${TWO_PLACES.places[0]!.paragraphId}`,
    );

    await click(button(t('cardNext')));
    await click(button(t('cardReadFull')));
    expect(onReadFull).toHaveBeenLastCalledWith(
      `${TWO_PLACES.packId}:${TWO_PLACES.places[1]!.paragraphId}`,
    );

    // The card part copies the place shown, with its citation, as text and HTML.
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue();
    await click(button(t('cardCopy')));
    await expect.poll(() => button(t('cardCopied')).isConnected).toBe(true);
    const item = write.mock.calls[0]![0][0]!;
    const expected = cardCitation({ card: TWO_PLACES, placeIndex: 1, t });
    expect(await (await item.getType('text/plain')).text()).toBe(expected.text);
    expect(await (await item.getType('text/html')).text()).toBe(expected.html);
    write.mockRestore();

    await click(button(t('cardClose')));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onMute).not.toHaveBeenCalled();
  });

  it('leaves Esc to its owner: a manual popover stays open', async () => {
    showReady();
    await userEvent.keyboard('{Escape}');
    expect(host.isOpen).toBe(true);
    expect(host.element.matches(':popover-open')).toBe(true);
  });

  it('takes focus when opened from the keyboard', () => {
    showReady(true);
    expect(document.activeElement).toBe(host.element);
    expect(shadow().activeElement).toBe(card());
  });

  it('leaves the page when hidden, and ignores updates until shown again', () => {
    showReady();
    host.hide();
    expect(host.isOpen).toBe(false);
    expect(host.element.isConnected).toBe(false);
    host.update({ status: 'loading', text: '浙里甬有' });
    expect(card()).toBeNull();
  });

  it('starts a new opening on its first place', async () => {
    showReady();
    await click(button(t('cardNext')));
    expect(shadow().querySelector('.position [aria-hidden="true"]')!.textContent).toBe('2 / 2');
    showReady();
    expect(shadow().querySelector('.position [aria-hidden="true"]')!.textContent).toBe('1 / 2');
  });

  it('shows nothing before its UI is loaded, and loads it once', async () => {
    const loadUi = vi.fn(loadCardPart);
    const fresh = createCardHost({ loadUi, onReadFull, onMute, appearance });
    expect(fresh.ready).toBe(false);
    expect(fresh.shadow).toBeNull();
    fresh.show({
      state: { status: 'loading', text: '浙里甬有' },
      termRect: TERM_RECT,
      focus: false,
    });
    expect(fresh.isOpen).toBe(false);
    expect(fresh.element.isConnected).toBe(false);

    await Promise.all([fresh.prepare(), fresh.prepare()]);
    expect(loadUi).toHaveBeenCalledTimes(1);
    fresh.show({
      state: { status: 'loading', text: '浙里甬有' },
      termRect: TERM_RECT,
      focus: false,
    });
    expect(fresh.isOpen).toBe(true);
    expect(fresh.shadow!.querySelector('.term')!.textContent).toBe('浙里甬有');
    fresh.hide();
  });

  it('asks to close the card and mutes its term, or the site, from the card', async () => {
    let closes = 0;
    for (const scope of ['term', 'site'] as const) {
      showReady();
      await expect.poll(() => card()?.querySelector('.mute')).toBeTruthy();
      await click(button(scope === 'term' ? t('cardMuteTerm') : t('cardMuteSite')));
      expect(onMute).toHaveBeenLastCalledWith(scope, TWO_PLACES);
      expect(onClose).toHaveBeenCalledTimes(++closes);
    }
  });
});
