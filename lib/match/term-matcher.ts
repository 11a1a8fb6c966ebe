import type { MatchIndex, TermTier } from '../pack/types';
import { termKey } from '../pack/term-key';
import { createFoldTable } from '../text/fold';
import { buildAutomaton, type Automaton, type Candidate, type Pattern } from './automaton';

/** The term a candidate's value points at. */
export interface TermRef {
  key: string;
  packId: string;
  termId: string;
  tier: TermTier;
}

/**
 * One automaton for all loaded packs. Values below `refs.length` are terms;
 * the values after them are "subject probes" (e.g. 宁波), which are never marked
 * but tell whether a page is about a pack's subject.
 */
export interface TermMatcher {
  automaton: Automaton;
  foldTable: Uint16Array;
  refs: TermRef[];
  /** Pack id of each subject probe, indexed by `value - refs.length`. */
  subjectPacks: string[];
}

/** Several packs' Traditional folds as one table: earlier packs win, as the table applies pairs in order. */
export function combineCharFolds(indexes: readonly MatchIndex[]): string {
  return indexes
    .map((index) => index.charFold)
    .reverse()
    .join('');
}

/** Builds the matcher for a set of packs' match indexes. */
export function createTermMatcher(indexes: readonly MatchIndex[]): TermMatcher {
  const refs: TermRef[] = [];
  const patterns: Pattern[] = [];
  for (const index of indexes) {
    for (const term of index.terms) {
      const value = refs.length;
      refs.push({
        key: termKey(index.packId, term.id),
        packId: index.packId,
        termId: term.id,
        tier: term.tier,
      });
      for (const form of term.forms) patterns.push({ form, value });
    }
  }
  const subjectPacks: string[] = [];
  for (const index of indexes) {
    for (const subject of index.subjects) {
      patterns.push({ form: subject, value: refs.length + subjectPacks.length });
      subjectPacks.push(index.packId);
    }
  }
  const charFold = combineCharFolds(indexes);
  return {
    automaton: buildAutomaton(patterns),
    foldTable: createFoldTable(charFold),
    refs,
    subjectPacks,
  };
}

/** Packs whose subject a set of candidates shows: a distinctive term or a subject name. */
export function packsOnTopic(matcher: TermMatcher, candidates: readonly Candidate[]): Set<string> {
  const packs = new Set<string>();
  for (const { value } of candidates) {
    const ref = matcher.refs[value];
    if (ref) {
      if (ref.tier === 'distinctive') packs.add(ref.packId);
    } else {
      const pack = matcher.subjectPacks[value - matcher.refs.length];
      if (pack !== undefined) packs.add(pack);
    }
  }
  return packs;
}
