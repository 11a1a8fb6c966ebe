/** Where to put the card, and how tall it may be. */
export interface CardPlacement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Places the card next to the term, never over it: below when it fits, above
 * when there is more room there, clamped inside the viewport horizontally, and
 * limited in height (the card scrolls) when neither side is tall enough.
 */
export function placeCard({
  termRect,
  card,
  viewport,
  gap = 6,
  margin = 8,
}: {
  termRect: Box;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  gap?: number;
  margin?: number;
}): CardPlacement {
  const roomBelow = viewport.height - termRect.bottom - gap - margin;
  const roomAbove = termRect.top - gap - margin;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? termRect.bottom + gap : termRect.top - gap - height;
  const maxLeft = viewport.width - card.width - margin;
  const left = Math.max(margin, Math.min(termRect.left, maxLeft));
  return { left, top, maxHeight: room, side };
}
