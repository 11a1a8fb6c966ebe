import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardUi } from '../content/card-ui';
import { providePart } from '../content/content-world';

/** The card's Preact UI: loaded by the lens at the first hover, never on a page nobody hovers. */
export default defineUnlistedScript(() => {
  providePart('card', cardUi);
});
