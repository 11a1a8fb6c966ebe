import type { TermRef } from '../lib/match/term-matcher';
import type { TermCard } from '../lib/pack/term-card';
import { sendToBackground } from '../lib/protocol/messaging';

/**
 * The cards this page has asked the background for, by term key: a hover asks
 * once per term, and the answer is ready when the next hover's delay ends. A
 * failure is not kept, so the next hover asks again.
 */
export function createCardCache(): (ref: TermRef) => Promise<TermCard | null> {
  const cards = new Map<string, Promise<TermCard | null>>();
  return (ref) => {
    let card = cards.get(ref.key);
    if (!card) {
      card = sendToBackground('getTermCard', { packId: ref.packId, termId: ref.termId }).catch(
        () => null,
      );
      void card.then((value) => value === null && cards.delete(ref.key));
      cards.set(ref.key, card);
    }
    return card;
  };
}
