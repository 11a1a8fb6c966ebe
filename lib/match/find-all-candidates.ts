import { createRunScanner, type Automaton, type Candidate } from './automaton';

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
  const scanner = createRunScanner({ automaton, foldTable });
  const found: Candidate[] = [];
  scanner.feed(text, 0, found);
  return found;
}
