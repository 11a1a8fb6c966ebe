import type { Collocations, MatchIndex, TermTier } from '../pack/types';
import { termKey } from '../pack/term-key';
import { createFoldTable, type FoldTable } from '../text/fold';
import { buildAutomaton, type Automaton, type Candidate, type Pattern } from './automaton';
import { parseEdgeTable, type EdgeVerdicts } from './edges';
import { POLITICAL_CONTEXT } from './political-context';

/** A term of the loaded packs, by term index. */
export interface TermRef {
  key: string;
  packId: string;
  termId: string;
  tier: TermTier;
  /** The interview's own words around the term (see `MatchIndex`), when it has any. */
  collocations?: Collocations;
}

/** One spelling of a term, by the automaton's pattern value. */
export interface FormRef {
  termIndex: number;
  /** False when the form is self-evident (see lib/match/evidence.ts). */
  needsEvidence: boolean;
  /** The form's edge tables, parsed when the form is first met on a page (most never are). */
  readonly before: EdgeVerdicts;
  readonly after: EdgeVerdicts;
}

/** A form whose edge tables are parsed at first use. */
function formRef(
  termIndex: number,
  needsEvidence: boolean,
  edges: { before: string; after: string },
): FormRef {
  let before: EdgeVerdicts | undefined;
  let after: EdgeVerdicts | undefined;
  return {
    termIndex,
    needsEvidence,
    get before() {
      return (before ??= parseEdgeTable(edges.before, 'before'));
    },
    get after() {
      return (after ??= parseEdgeTable(edges.after, 'after'));
    },
  };
}

/**
 * A word the matcher finds but never marks: a pack's place or region (the page
 * is about the pack), or political context (for national slogans).
 */
export type Probe = { kind: 'place' | 'region'; packId: string } | { kind: 'political' };

/**
 * One automaton for all loaded packs. Pattern values below `forms.length` are
 * term spellings; the values after them are probes.
 */
export interface TermMatcher {
  automaton: Automaton;
  foldTable: FoldTable;
  refs: TermRef[];
  forms: FormRef[];
  /** Indexed by `value - forms.length`. */
  probes: Probe[];
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
  const forms: FormRef[] = [];
  const patterns: Pattern[] = [];
  for (const index of indexes) {
    for (const term of index.terms) {
      const termIndex = refs.length;
      refs.push({
        key: termKey(index.packId, term.id),
        packId: index.packId,
        termId: term.id,
        tier: term.tier,
        collocations: term.collocations,
      });
      for (const form of term.forms) {
        patterns.push({ form: form.text, value: forms.length });
        forms.push(formRef(termIndex, form.needsEvidence, form.edges));
      }
    }
  }
  const probes: Probe[] = [];
  const probe = (word: string, found: Probe) => {
    patterns.push({ form: word, value: forms.length + probes.length });
    probes.push(found);
  };
  for (const index of indexes)
    for (const kind of ['place', 'region'] as const)
      for (const word of index.subjects[kind]) probe(word, { kind, packId: index.packId });
  for (const word of POLITICAL_CONTEXT) probe(word, { kind: 'political' });
  return {
    automaton: buildAutomaton(patterns),
    foldTable: createFoldTable(combineCharFolds(indexes)),
    refs,
    forms,
    probes,
  };
}

/** The probe a candidate found, if it is one. */
export function probeOf(matcher: TermMatcher, { value }: Candidate): Probe | undefined {
  return matcher.probes[value - matcher.forms.length];
}

/**
 * Whether candidates include a term's spelling. Probes alone decide nothing:
 * they count only beside a term in the same run (or in the page's title).
 */
export function holdsTerm(matcher: TermMatcher, candidates: readonly Candidate[]): boolean {
  return candidates.some(({ value }) => value < matcher.forms.length);
}

/**
 * Packs a page is about as a whole: its title names the pack's place or
 * region, or a self-evident form of one of the pack's terms is anywhere on it.
 * (The place or region in the body counts only near a match: see
 * lib/match/select-matches.ts.)
 */
export function packsOnTopic(
  matcher: TermMatcher,
  { title, page }: { title: readonly Candidate[]; page: Iterable<Candidate> },
): Set<string> {
  const packs = new Set<string>();
  const selfEvident = (candidate: Candidate) => {
    const form = matcher.forms[candidate.value];
    if (form && !form.needsEvidence) packs.add(matcher.refs[form.termIndex]!.packId);
  };
  for (const candidate of title) {
    selfEvident(candidate);
    const probe = probeOf(matcher, candidate);
    if (probe && probe.kind !== 'political') packs.add(probe.packId);
  }
  for (const candidate of page) selfEvident(candidate);
  return packs;
}
