import type { Pack } from '../pack/types';

/** Term occurrences of one part of an entry (0 = question), keyed `qa:part`. */
export type OccurrencesByPart = Map<string, { start: number; end: number; termIndex: number }[]>;

/** Groups a pack's term occurrences by the question or paragraph they sit in. */
export function occurrencesByPart(pack: Pack): OccurrencesByPart {
  const byPart: OccurrencesByPart = new Map();
  pack.terms.forEach((term, termIndex) => {
    for (const o of term.occurrences) {
      const key = `${o.qa}:${o.part}`;
      let list = byPart.get(key);
      if (!list) byPart.set(key, (list = []));
      list.push({ start: o.start, end: o.end, termIndex });
    }
  });
  return byPart;
}
