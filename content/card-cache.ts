import type { TermRef } from '../lib/match/term-matcher';
import type { TermCard } from '../lib/pack/term-card';
import type { Script } from '../lib/pack/types';
import { sendToBackground } from '../lib/protocol/messaging';

/**
 * The cards this page has asked the background for, by term key and script
 * (a page may write a term both ways): a hover asks once per term, and the
 * answer is ready when the next hover's delay ends. A failure is not kept, so
 * the next hover asks again.
 */
export function createCardCache(): (ref: TermRef, script: Script) => Promise<TermCard | null> {
  const cards = new Map<string, Promise<TermCard | null>>();
  return (ref, script) => {
    const key = `${ref.key}:${script}`;
    let card = cards.get(key);
    if (!card) {
      card = sendToBackground('getTermCard', {
        packId: ref.packId,
        termId: ref.termId,
        script,
      }).catch(() => null);
      void card.then((value) => value === null && cards.delete(key));
      cards.set(key, card);
    }
    return card;
  };
}
