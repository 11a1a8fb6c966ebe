import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { bundledPacks } from '../../../data/generated/bundled-packs';
import type { CardAppearance } from '../../../components/HoverCard';
import { createCardHost, type CardHost } from '../../../content/card-host';
import type { CardView } from '../../../lib/page/card-view';
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
  host = createCardHost({
    loadUi: loadCardPart,
    onReadFull,
    onMute,
    appearance,
    shadowMode: 'closed',
  });
  host.onClose(onClose);
  await host.prepare();
});

afterEach(() => {
  host.hide();
  document.body.replaceChildren();
});

const showReady = (focus = false) =>
  host.show({ state: { status: 'ready', card: TWO_PLACES }, termRect: TERM_RECT, focus });

/** The open card, as the host describes it (its shadow root is closed). */
const view = (): CardView => {
  const seen = host.view();
  if (!seen) throw new Error('no card is open');
  return seen;
};

/** Clicks the middle of the card's control named `name` with the real mouse. */
async function click(name: string): Promise<void> {
  const control = view().controls.find((c) => c.name === name);
  if (!control) throw new Error(`no control ${name}`);
  const { x, y, width, height } = control.box;
  await userEvent.pointer({
    coords: { x: Math.round(x + width / 2), y: Math.round(y + height / 2) },
    keys: '[MouseLeft]',
  });
}

/** The element a page script gets for the host. */
const element = (): HTMLElement => host.element!;

describe('card host', () => {
  it('draws the card in the chosen theme and text size, from its next opening', () => {
    const look = () => ({
      background: view().style.background,
      termSize: Math.round(parseFloat(view().style.termFontSize)),
    });
    chosen = { theme: 'light', cardTextSize: 'medium' };
    showReady();
    expect(look()).toEqual({ background: 'rgb(255, 255, 255)', termSize: 17 });

    chosen = { theme: 'dark', cardTextSize: 'larger' };
    host.hide();
    showReady();
    expect(look()).toEqual({ background: 'rgb(31, 36, 40)', termSize: 24 });
  });

  it('shows the card in a closed shadow root under a tag of its own, in the top layer, whatever the page styles', () => {
    mount(`
      <style>html > :not(body), html > :not(body) * { display: none !important; opacity: 0 !important; }</style>
      <div style="position: fixed; inset: 0; z-index: 2147483647; background: white"></div>`);
    showReady();

    expect(host.isOpen).toBe(true);
    expect(element().isConnected).toBe(true);
    // The page sees an element it cannot look into, under a name it cannot guess.
    expect(element().shadowRoot).toBeNull();
    expect(element().localName).toMatch(/^il-\d+-\d+$/);
    expect(element().matches(':popover-open')).toBe(true);
    const { box } = view();
    expect(box.width).toBeGreaterThan(200);
    expect(view().onTop).toBe(true);
    // Below the term, never over it.
    expect(box.y).toBeGreaterThanOrEqual(TERM_RECT.bottom);
    expect(view().term).toBe('浙里甬有');
  });

  it('names its host afresh in each frame, so no page can define that element first', () => {
    const other = createCardHost({
      loadUi: loadCardPart,
      onReadFull,
      appearance,
      shadowMode: 'closed',
    });
    return other.prepare().then(() => {
      expect(other.element!.localName).not.toBe(element().localName);
    });
  });

  it('reports a host it cannot make, and leaves nothing on the page', async () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => {
      throw new DOMException('taken', 'NotSupportedError');
    });
    const refused = createCardHost({
      loadUi: loadCardPart,
      onReadFull,
      appearance,
      shadowMode: 'closed',
    });
    const before = document.documentElement.outerHTML;
    await expect(refused.prepare()).rejects.toThrow('taken');
    attach.mockRestore();
    refused.show({
      state: { status: 'ready', card: TWO_PLACES },
      termRect: TERM_RECT,
      focus: false,
    });
    expect(refused.isOpen).toBe(false);
    expect(refused.element).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('ignores clicks a script makes on its buttons, even where its root is open', async () => {
    const open = createCardHost({
      loadUi: loadCardPart,
      onReadFull,
      onMute,
      appearance,
      shadowMode: 'open',
    });
    open.onClose(onClose);
    await open.prepare();
    open.show({ state: { status: 'ready', card: TWO_PLACES }, termRect: TERM_RECT, focus: false });
    const buttons = open.element!.shadowRoot!.querySelectorAll('button');
    expect(buttons.length).toBeGreaterThan(3);
    for (const button of buttons) button.click();
    expect(onReadFull).not.toHaveBeenCalled();
    expect(onMute).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    open.hide();
  });

  it('keeps page rules aimed at its host from changing how it reads', () => {
    const rules = document.createElement('style');
    rules.textContent =
      ':not(html, head, body, style, div) { writing-mode: vertical-rl !important; color: transparent !important;' +
      ' font-size: 2px !important; letter-spacing: 30px !important; direction: rtl !important }';
    document.head.append(rules);
    try {
      showReady();
      const style = getComputedStyle(element());
      expect(style.writingMode).toBe('horizontal-tb');
      expect(style.letterSpacing).toBe('normal');
      expect(view().style.writingMode).toBe('horizontal-tb');
      expect(view().style.color).not.toBe('rgba(0, 0, 0, 0)');
      expect(view().box.width).toBeGreaterThan(200);
    } finally {
      rules.remove();
    }
  });

  it('calls back from its buttons with the place the card shows', async () => {
    showReady();
    await click(t('cardReadFull'));
    expect(onReadFull).toHaveBeenCalledWith(
      `${TWO_PLACES.packId}:${TWO_PLACES.places[0]!.paragraphId}`,
    );

    await click(t('cardNext'));
    await click(t('cardReadFull'));
    expect(onReadFull).toHaveBeenLastCalledWith(
      `${TWO_PLACES.packId}:${TWO_PLACES.places[1]!.paragraphId}`,
    );

    // The card part copies the place shown, with its citation, as text and HTML.
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue();
    await click(t('cardCopy'));
    await expect.poll(() => view().controls.some((c) => c.name === t('cardCopied'))).toBe(true);
    const item = write.mock.calls[0]![0][0]!;
    const expected = cardCitation({ card: TWO_PLACES, placeIndex: 1, t });
    expect(await (await item.getType('text/plain')).text()).toBe(expected.text);
    expect(await (await item.getType('text/html')).text()).toBe(expected.html);
    write.mockRestore();

    await click(t('cardClose'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onMute).not.toHaveBeenCalled();
  });

  it('leaves Esc to its owner: a manual popover stays open', async () => {
    showReady();
    await userEvent.keyboard('{Escape}');
    expect(host.isOpen).toBe(true);
    expect(element().matches(':popover-open')).toBe(true);
  });

  it('takes focus when opened from the keyboard', () => {
    showReady(true);
    expect(document.activeElement).toBe(element());
    expect(view().focus).toBe('card');
  });

  it('leaves the page when hidden, and ignores updates until shown again', () => {
    showReady();
    host.hide();
    expect(host.isOpen).toBe(false);
    expect(element().isConnected).toBe(false);
    host.update({ status: 'loading', text: '浙里甬有' });
    expect(host.view()).toBeNull();
  });

  it('starts a new opening on its first place', async () => {
    showReady();
    await click(t('cardNext'));
    expect(view().text).toContain('2 / 2');
    showReady();
    expect(view().text).toContain('1 / 2');
  });

  it('shows nothing before its UI is loaded, and loads it once', async () => {
    const loadUi = vi.fn(loadCardPart);
    const fresh = createCardHost({ loadUi, onReadFull, onMute, appearance, shadowMode: 'closed' });
    expect(fresh.ready).toBe(false);
    expect(fresh.element).toBeNull();
    fresh.show({
      state: { status: 'loading', text: '浙里甬有' },
      termRect: TERM_RECT,
      focus: false,
    });
    expect(fresh.isOpen).toBe(false);

    await Promise.all([fresh.prepare(), fresh.prepare()]);
    expect(loadUi).toHaveBeenCalledTimes(1);
    fresh.show({
      state: { status: 'loading', text: '浙里甬有' },
      termRect: TERM_RECT,
      focus: false,
    });
    expect(fresh.isOpen).toBe(true);
    expect(fresh.view()?.term).toBe('浙里甬有');
    fresh.hide();
  });

  it('asks to close the card and mutes its term, or the site, from the card', async () => {
    let closes = 0;
    for (const scope of ['term', 'site'] as const) {
      showReady();
      await expect.poll(() => view().controls.some((c) => c.name === t('cardMuteTerm'))).toBe(true);
      await click(scope === 'term' ? t('cardMuteTerm') : t('cardMuteSite'));
      expect(onMute).toHaveBeenLastCalledWith(scope, TWO_PLACES);
      expect(onClose).toHaveBeenCalledTimes(++closes);
    }
  });
});
