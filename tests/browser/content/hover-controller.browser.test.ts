import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { bundledPacks } from '../../../data/generated/bundled-packs';
import { t } from '../../../lib/i18n';
import { buildTermCard } from '../../../lib/pack/term-card';
import { rangeOf } from '../../../lib/page/page-matches';
import { createCardHost, type CardHost } from '../../../content/card-host';
import { createHoverController, type HoverController } from '../../../content/hover-controller';
import { createLensContext, type LensContext } from '../../../content/lens-context';
import type { HoldKey } from '../../../lib/settings/settings';
import { initialScanDone, matcher, mount, rangeTexts, startLens, type Lens } from '../start-lens';
import { loadCardPart } from './load-card-part';

/** The controller's grace period before a card the pointer left closes. */
const CLOSE_GRACE_MS = 350;

let lens: Lens;
let context: LensContext;
let host: CardHost;
let hover: HoverController;
let hoverDelayMs: number;
let holdKey: HoldKey;
/** When the card was shown or hidden, from the popover's own (synchronous) event. */
let toggles: { state: string; at: number }[];
/** When each real pointer move reached the page. */
let moves: { x: number; y: number; at: number }[];

const recordMove = (event: PointerEvent) =>
  moves.push({ x: event.clientX, y: event.clientY, at: event.timeStamp });

beforeEach(async () => {
  mount(`
    <p style="font-size: 24px; margin: 40px">前面的文字，浙里甬有，后面的文字</p>
    <div style="height: 3000px"></div>`);
  lens = startLens({ root: document.body });
  await initialScanDone(lens);
  await expect.poll(() => lens.markedTexts()).toEqual(['浙里甬有']);

  context = createLensContext();
  host = createCardHost({
    loadUi: loadCardPart,
    onReadFull: () => undefined,
    onMute: () => undefined,
    appearance: () => DEFAULT_SETTINGS,
    shadowMode: 'closed',
  });
  await host.prepare();
  hover = createHoverController({
    context,
    matches: lens.matches,
    refOf: (match) => matcher.refs[match.termIndex],
    highlighter: lens.highlighter,
    host,
    hoverDelayMs: () => hoverDelayMs,
    holdKey: () => holdKey,
    loadCard: (ref) => Promise.resolve(buildTermCard(bundledPacks[0]!, ref.termId) ?? null),
  });
  hoverDelayMs = 300;
  holdKey = 'none';
  toggles = [];
  host.element!.addEventListener('beforetoggle', (event) =>
    toggles.push({ state: event.newState, at: performance.now() }),
  );
  moves = [];
  document.addEventListener('pointermove', recordMove, { capture: true });
});

afterEach(async () => {
  document.removeEventListener('pointermove', recordMove, { capture: true });
  context.invalidate();
  if (host.isOpen) host.hide();
  lens.stop();
  document.body.replaceChildren();
  window.scrollTo(0, 0);
  // The next test starts with the pointer off every term.
  await userEvent.pointer({ coords: { x: 1, y: 1 } });
});

/** The viewport centre of the marked term. */
function termCentre(): { x: number; y: number } {
  const rect = rangeOf(lens.matches.visibleMatches()[0]!)!.getClientRects()[0]!;
  return { x: Math.round(rect.x + rect.width / 2), y: Math.round(rect.y + rect.height / 2) };
}

/** A point on the page with no text near it. */
const EMPTY = { x: 600, y: 600 };

/** Moves the real pointer; resolves with when the page saw the move. */
async function movePointer(to: { x: number; y: number }): Promise<number> {
  const before = moves.length;
  await userEvent.pointer({ coords: to });
  const move = moves.slice(before).find((m) => m.x === to.x && m.y === to.y);
  if (!move) throw new Error(`no pointermove reached (${to.x}, ${to.y})`);
  return move.at;
}

/** Hovers the term and waits for its card. */
async function openCard(): Promise<void> {
  await movePointer(termCentre());
  await expect.poll(() => host.isOpen).toBe(true);
}

/** The open card, as the host describes it. */
const card = () => host.view()!;

describe('hover controller', () => {
  it('opens the card once the pointer has rested on a term for the delay, not before', async () => {
    const movedAt = await movePointer(termCentre());
    await expect.poll(() => host.isOpen).toBe(true);
    expect(toggles.map((t) => t.state)).toEqual(['open']);
    expect(toggles[0]!.at - movedAt).toBeGreaterThanOrEqual(hoverDelayMs);

    await expect.poll(() => card().text).toMatch(/Q\d+ · /);
    expect(card().term).toBe('浙里甬有');
    expect(rangeTexts(lens.active)).toEqual(['浙里甬有']);
  });

  it('opens nothing for pointer events a page script dispatches', async () => {
    hoverDelayMs = 0;
    const { x, y } = termCentre();
    for (let i = 0; i < 3; i++)
      document.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: y + i, bubbles: true }),
      );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toggles).toEqual([]);
    // The user's own pointer, on the same spot, does open it.
    await openCard();
  });

  it('opens nothing when the pointer only passes over a term', async () => {
    hoverDelayMs = 1_000;
    const enteredAt = await movePointer(termCentre());
    const leftAt = await movePointer(EMPTY);
    expect(leftAt - enteredAt).toBeLessThan(hoverDelayMs);
    await new Promise((resolve) => setTimeout(resolve, hoverDelayMs + 200));
    expect(toggles).toEqual([]);
  });

  it('closes the card after its grace period once the pointer leaves', async () => {
    await openCard();
    const leftAt = await movePointer(EMPTY);
    await expect.poll(() => host.isOpen).toBe(false);
    expect(toggles.map((t) => t.state)).toEqual(['open', 'closed']);
    expect(toggles[1]!.at - leftAt).toBeGreaterThanOrEqual(CLOSE_GRACE_MS);
    expect(lens.active.size).toBe(0);
  });

  it('keeps the card open while the pointer is on it', async () => {
    await openCard();
    const rect = card().box;
    await movePointer({
      x: Math.round(rect.x + rect.width / 2),
      y: Math.round(rect.y + rect.height / 2),
    });
    await new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS + 300));
    expect(host.isOpen).toBe(true);
    expect(toggles.map((t) => t.state)).toEqual(['open']);
  });

  it('closes the card on Esc', async () => {
    await openCard();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => host.isOpen).toBe(false);
    expect(host.element!.isConnected).toBe(false);
    expect(lens.active.size).toBe(0);
  });

  it('draws a card fetched during the delay at once, with no loading frame first', async () => {
    const drawn: string[] = [];
    const { show, update } = host;
    host.show = (options) => (drawn.push(options.state.status), show(options));
    host.update = (state) => (drawn.push(state.status), update(state));
    await openCard();
    await expect.poll(() => card().status).toBe('ready');
    expect(drawn).toEqual(['ready']);
  });

  it('closes the card once the text of its term is gone', async () => {
    await openCard();
    hover.closeIfGone();
    expect(host.isOpen).toBe(true);
    document.querySelector('p')!.remove();
    await expect
      .poll(() => {
        hover.closeIfGone();
        return host.isOpen;
      })
      .toBe(false);
  });

  it('closes the card when the page scrolls', async () => {
    await openCard();
    window.scrollBy(0, 100);
    await expect.poll(() => host.isOpen).toBe(false);
  });

  it('closes the card from its close button', async () => {
    await openCard();
    const rect = card().controls.find((c) => c.name === t('cardClose'))!.box;
    await userEvent.pointer({
      coords: {
        x: Math.round(rect.x + rect.width / 2),
        y: Math.round(rect.y + rect.height / 2),
      },
      keys: '[MouseLeft]',
    });
    await expect.poll(() => host.isOpen).toBe(false);
  });
});

describe('hover controller with a hold key', () => {
  beforeEach(() => {
    holdKey = 'shift';
  });
  afterEach(async () => {
    await userEvent.keyboard('{/Shift}');
  });

  const nudge = ({ x, y }: { x: number; y: number }) => ({ x: x + 2, y });
  const waitPastDelay = () => new Promise((resolve) => setTimeout(resolve, hoverDelayMs + 200));

  it('opens nothing on a term unless the key is held', async () => {
    await movePointer(termCentre());
    await waitPastDelay();
    expect(toggles).toEqual([]);
    // Another key does not count.
    await userEvent.keyboard('{Control>}');
    await movePointer(nudge(termCentre()));
    await waitPastDelay();
    await userEvent.keyboard('{/Control}');
    expect(toggles).toEqual([]);

    await userEvent.keyboard('{Shift>}');
    await movePointer(termCentre());
    await expect.poll(() => host.isOpen).toBe(true);
  });

  it('opens the card when the key goes down while the pointer rests on a term', async () => {
    await movePointer(termCentre());
    await waitPastDelay();
    expect(host.isOpen).toBe(false);
    await userEvent.keyboard('{Shift>}');
    await expect.poll(() => host.isOpen).toBe(true);
  });

  it('closes the card when the key is released over the term', async () => {
    await userEvent.keyboard('{Shift>}');
    await openCard();
    await userEvent.keyboard('{/Shift}');
    await movePointer(nudge(termCentre()));
    await expect.poll(() => host.isOpen, { timeout: CLOSE_GRACE_MS + 1000 }).toBe(false);
  });

  it('keeps the card open once the pointer is on it, key released or not', async () => {
    await userEvent.keyboard('{Shift>}');
    await openCard();
    const r = card().box;
    await movePointer({ x: Math.round(r.x + 20), y: Math.round(r.y + 20) });
    await userEvent.keyboard('{/Shift}');
    await movePointer({ x: Math.round(r.x + 30), y: Math.round(r.y + 24) });
    await new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS + 200));
    expect(host.isOpen).toBe(true);
  });
});
