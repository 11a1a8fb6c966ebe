import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardStyles from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import { providePart } from '../content/content-world';

/** The card's Preact UI: loaded by the lens at the first hover, never on a page nobody hovers. */
export default defineUnlistedScript(() => {
  providePart('card', {
    styles: cardStyles,
    paint(mount, view) {
      render(view && <HoverCard key={view.generation} {...view} />, mount);
    },
  });
});
