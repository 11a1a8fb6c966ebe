import { describe, expect, it } from 'vitest';
import { placeCard, type CardPlacement } from '../../lib/page/card-position';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 300, height: 200 };
const GAP = 6;
const MARGIN = 8;

/** An termRect box for a term `width` wide and 20 tall at (left, top). */
const box = (left: number, top: number, width = 60) => ({
  left,
  top,
  right: left + width,
  bottom: top + 20,
});

/** The card's box as placed, using its maximum height when it had to shrink. */
function cardBox(p: CardPlacement, card = CARD) {
  const height = Math.min(card.height, p.maxHeight);
  return { left: p.left, top: p.top, right: p.left + card.width, bottom: p.top + height };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placeCard', () => {
  it('goes below the term, one gap down, when there is room', () => {
    const termRect = box(100, 100);
    const p = placeCard({ termRect, card: CARD, viewport: VIEWPORT });
    expect(p.side).toBe('below');
    expect(p.top).toBe(termRect.bottom + GAP);
    expect(p.left).toBe(100);
    expect(p.maxHeight).toBe(VIEWPORT.height - termRect.bottom - GAP - MARGIN);
    expect(overlaps(cardBox(p), termRect)).toBe(false);
  });

  it('stays below when it just fits', () => {
    const termRect = box(100, VIEWPORT.height - MARGIN - GAP - CARD.height - 20);
    const p = placeCard({ termRect, card: CARD, viewport: VIEWPORT });
    expect(p.side).toBe('below');
    expect(cardBox(p).bottom).toBe(VIEWPORT.height - MARGIN);
  });

  it('goes above, ending one gap over the term, when it does not fit below and above has more room', () => {
    const termRect = box(100, 700);
    const p = placeCard({ termRect, card: CARD, viewport: VIEWPORT });
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBe(termRect.top - GAP);
    expect(p.maxHeight).toBe(termRect.top - GAP - MARGIN);
    expect(overlaps(cardBox(p), termRect)).toBe(false);
  });

  it('stays below when it fits nowhere but below has at least as much room', () => {
    const termRect = box(100, 100);
    const tall = { width: 300, height: 2000 };
    const p = placeCard({ termRect, card: tall, viewport: VIEWPORT });
    expect(p.side).toBe('below');
    expect(p.top).toBe(termRect.bottom + GAP);
    expect(p.maxHeight).toBe(VIEWPORT.height - termRect.bottom - GAP - MARGIN);
    expect(cardBox(p, tall).bottom).toBe(VIEWPORT.height - MARGIN);
  });

  it('shrinks to the room above when that side is larger and nothing fits', () => {
    const termRect = box(100, 500);
    const tall = { width: 300, height: 2000 };
    const p = placeCard({ termRect, card: tall, viewport: VIEWPORT });
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(termRect.top - GAP - MARGIN);
    expect(p.top).toBe(MARGIN);
    expect(cardBox(p, tall).bottom).toBe(termRect.top - GAP);
  });

  it('never covers the term, wherever the term is', () => {
    for (let top = 0; top <= VIEWPORT.height - 20; top += 37) {
      for (const height of [50, 200, 500, 1200]) {
        const termRect = box(400, top);
        const card = { width: 300, height };
        const p = placeCard({ termRect, card, viewport: VIEWPORT });
        expect(overlaps(cardBox(p, card), termRect), `top ${top}, height ${height}`).toBe(false);
        expect(p.maxHeight).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps the card inside the viewport horizontally', () => {
    const right = placeCard({ termRect: box(950, 100, 40), card: CARD, viewport: VIEWPORT });
    expect(right.left).toBe(VIEWPORT.width - CARD.width - MARGIN);
    const left = placeCard({ termRect: box(-30, 100), card: CARD, viewport: VIEWPORT });
    expect(left.left).toBe(MARGIN);
  });

  it('pins a card wider than the viewport to the left margin', () => {
    const p = placeCard({
      termRect: box(200, 100),
      card: { width: 1200, height: 100 },
      viewport: VIEWPORT,
    });
    expect(p.left).toBe(MARGIN);
  });

  it('honours a custom gap and margin', () => {
    const termRect = box(2, 100);
    const p = placeCard({ termRect, card: CARD, viewport: VIEWPORT, gap: 10, margin: 20 });
    expect(p.top).toBe(termRect.bottom + 10);
    expect(p.left).toBe(20);
    expect(p.maxHeight).toBe(VIEWPORT.height - termRect.bottom - 10 - 20);
  });
});
