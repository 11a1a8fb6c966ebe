import type { FoldTable } from '../text/fold';
import {
  createStreamMatcher,
  type Automaton,
  type Candidate,
  type StreamMatcher,
} from './automaton';

// A stream matcher builds a 65,536-entry table; callers that scan many short strings
// (a page's title after every batch, each paragraph at build time) reuse one.
const streams = new WeakMap<Automaton, { foldTable: FoldTable; stream: StreamMatcher }>();

/** Every occurrence of every pattern in one self-contained string (one run). */
export function findAllCandidates({
  text,
  automaton,
  foldTable,
}: {
  text: string;
  automaton: Automaton;
  foldTable: FoldTable;
}): Candidate[] {
  let cached = streams.get(automaton);
  if (cached?.foldTable !== foldTable) {
    cached = { foldTable, stream: createStreamMatcher({ automaton, foldTable }) };
    streams.set(automaton, cached);
  }
  const found: Candidate[] = [];
  cached.stream.reset();
  cached.stream.feed(text, 0, found);
  return found;
}
