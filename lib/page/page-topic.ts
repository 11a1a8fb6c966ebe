import { findAllCandidates } from '../match/find-all-candidates';
import { packsOnTopic, type TermMatcher } from '../match/term-matcher';
import type { Candidate } from '../match/automaton';

/** Which packs' subject the page is about, kept up to date as the page grows or navigates. */
export interface PageTopic {
  /** Packs the page is about now (generic terms of other packs stay unmarked). */
  readonly packs: ReadonlySet<string>;
  /**
   * Looks again, at the title and at candidates; true when the set of packs
   * changed. Fresh (after a single-page navigation) starts over from everything
   * on the page now; otherwise the candidates are only those added since the
   * last look, since a page stays on topic as it grows.
   */
  update(candidates: Iterable<Candidate>, options: { fresh: boolean }): boolean;
}

export function createPageTopic({
  matcher,
  doc,
}: {
  matcher: TermMatcher;
  doc: Document;
}): PageTopic {
  let packs = new Set<string>();
  // The title is looked at after every batch, but only scanned when it changed.
  let title: { text: string; packs: Set<string> } | undefined;
  const titlePacks = (): Set<string> => {
    if (title?.text !== doc.title) {
      const candidates = findAllCandidates({
        text: doc.title,
        automaton: matcher.automaton,
        foldTable: matcher.foldTable,
      });
      title = { text: doc.title, packs: packsOnTopic(matcher, { title: candidates, page: [] }) };
    }
    return title.packs;
  };

  return {
    get packs() {
      return packs;
    },
    update(candidates, { fresh }) {
      const next = new Set(titlePacks());
      if (!fresh) for (const pack of packs) next.add(pack);
      for (const pack of packsOnTopic(matcher, { title: [], page: candidates })) next.add(pack);
      const changed = next.size !== packs.size || [...next].some((p) => !packs.has(p));
      // The same set while the topic stays, so what was decided with it can be kept.
      if (changed) packs = next;
      return changed;
    },
  };
}
