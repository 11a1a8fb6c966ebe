import { render } from 'preact';
import cardStyles from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import type { CardPart } from './card-part';

/** The card's Preact UI: what content-card.js provides, and what extension pages use directly. */
export const cardUi: CardPart = {
  styles: cardStyles,
  paint(mount, view) {
    render(view && <HoverCard key={view.generation} {...view} />, mount);
  },
};
