import { describeCard } from '../lib/page/card-view';
import { render } from 'preact';
import cardStyles from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import { t } from '../lib/i18n';
import { cardCitation } from '../lib/pack/citation';
import { copyCitation } from '../lib/page/copy-text';
import type { CardPart } from './card-part';

/**
 * The card's Preact UI: what content-card.js provides, and what extension
 * pages use directly. Copying lives here too, with the citation it builds: it
 * is needed only once a card is open, so pages never hovered never load it.
 */
export const cardUi: CardPart = {
  styles: cardStyles,
  paint(mount, view) {
    const root = mount.getRootNode();
    // The fallback copy works inside the card's own shadow root, off the page.
    const container = root instanceof ShadowRoot ? root : mount;
    render(
      view && (
        <HoverCard
          key={view.generation}
          {...view}
          onCopy={(card, placeIndex) =>
            copyCitation(cardCitation({ card, placeIndex, t }), container)
          }
        />
      ),
      mount,
    );
  },
  describe: describeCard,
};
