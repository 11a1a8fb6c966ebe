import type { Pack, Script } from '../pack/types';
import { buildTermCard, type TermCard } from '../pack/term-card';
import { termKey } from '../pack/term-key';

/**
 * The background's cards, built once per term and script from the packs it is
 * given. Only cards that exist are kept: a content script (or a compromised
 * renderer) asking for keys that name no term must not grow the cache, which
 * is then bounded by the packs' terms, twice (one per script).
 */
export function createTermCards(loadPacks: () => Promise<Pack[]>) {
  let cards = new Map<string, Promise<TermCard | null>>();
  let packs: Promise<Pack[]> | undefined;
  return {
    get(packId: string, termId: string, script: Script): Promise<TermCard | null> {
      const key = `${termKey(packId, termId)}:${script}`;
      let card = cards.get(key);
      if (!card) {
        const pending = (packs ??= loadPacks()).then((all) => {
          const pack = all.find((p) => p.id === packId);
          return (pack && buildTermCard(pack, termId, script)) ?? null;
        });
        const kept = cards;
        const forgetIfNone = (found: TermCard | null) => {
          if (!found && kept.get(key) === pending) kept.delete(key);
        };
        void pending.then(forgetIfNone, () => forgetIfNone(null));
        cards.set(key, pending);
        card = pending;
      }
      return card;
    },
    /** The library changed: cards and packs are built afresh. */
    reset(): void {
      cards = new Map();
      packs = undefined;
    },
    get size(): number {
      return cards.size;
    },
  };
}
