import type { CardPart } from '../../../content/card-part';
import { contentWorld } from '../../../content/content-world';
import contentCard from '../../../entrypoints/content-card';

/** The card's UI as content-card.js provides it to the lens (here without loading it by URL). */
export async function loadCardPart(): Promise<CardPart> {
  await contentCard.main();
  const part = contentWorld().parts.card;
  if (!part) throw new Error('content-card.js provided no card part');
  return part;
}
