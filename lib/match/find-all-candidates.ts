import { createRunScanner, type Automaton, type Candidate, type RunScanner } from './automaton';

// A scanner builds a 65,536-entry table; callers that scan many short strings
// (a page's title after every batch, each paragraph at build time) reuse one.
const scanners = new WeakMap<Automaton, { foldTable: Uint16Array; scanner: RunScanner }>();

/** Every occurrence of every pattern in one self-contained string (one run). */
export function findAllCandidates({
  text,
  automaton,
  foldTable,
}: {
  text: string;
  automaton: Automaton;
  foldTable: Uint16Array;
}): Candidate[] {
  let cached = scanners.get(automaton);
  if (cached?.foldTable !== foldTable) {
    cached = { foldTable, scanner: createRunScanner({ automaton, foldTable }) };
    scanners.set(automaton, cached);
  }
  const found: Candidate[] = [];
  cached.scanner.reset();
  cached.scanner.feed(text, 0, found);
  return found;
}
