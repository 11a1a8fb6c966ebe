import { findAllCandidates } from '../match/find-all-candidates';
import { createMatchSelector } from '../match/select-matches';
import { createTermMatcher } from '../match/term-matcher';
import { entryParts, QUESTION_PART } from '../pack/entry-parts';
import {
  TERM_TIERS,
  type MatchIndex,
  type Occurrence,
  type PackSubjects,
  type QaEntry,
  type Term,
} from '../pack/types';
import { findQuotedPhrases } from '../interview/quoted-phrases';
import { createFoldTable, foldText } from '../text/fold';
import { buildCharFold } from './build-char-fold';
import { interviewCollocations } from './interview-collocations';
import type { CatalogSpec, Converters } from './catalog-spec';
import { buildMatchForms, type WordBoundaries } from './match-forms';

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CatalogResult {
  terms: Term[];
  charFold: string;
  /** The content world's slice: every spelling of every term, with what it needs. */
  matchIndex: MatchIndex;
  /** Problems that must fail the build, each a sentence a curator can act on. */
  problems: string[];
  /** Notes worth printing but not fatal (e.g. ambiguous Traditional characters). */
  warnings: string[];
}

/**
 * Checks what the types say, again at run time: a catalog is a module the data
 * build imports without type-checking it, so a mistyped tier would otherwise ship.
 */
function checkSpec(spec: CatalogSpec, problems: string[]): void {
  if (!TERM_ID.test(spec.packId))
    problems.push(`Pack id "${spec.packId}" must be lower-case kebab-case.`);
  if (typeof spec.label !== 'string' || spec.label.trim() === '')
    problems.push(`The pack needs a label.`);
  const ids = new Set<string>();
  const texts = new Set<string>();
  for (const term of spec.terms) {
    if (!TERM_ID.test(term.id))
      problems.push(`Term id "${term.id}" must be lower-case kebab-case.`);
    if (!TERM_TIERS.includes(term.tier))
      problems.push(
        `Term “${term.text}” (${term.id}) has tier "${String(term.tier)}": use one of ${TERM_TIERS.join(', ')}.`,
      );
    if (typeof term.text !== 'string' || term.text.trim() === '')
      problems.push(`Term id "${term.id}" has no text.`);
    if (ids.has(term.id)) problems.push(`Term id "${term.id}" is used twice.`);
    if (texts.has(term.text)) problems.push(`Term “${term.text}” is listed twice.`);
    ids.add(term.id);
    texts.add(term.text);
  }
}

/**
 * Builds a pack's term catalog from its parsed entries and curated spec:
 * variants, pinyin and occurrences are computed, and every rule the data must
 * satisfy is checked (each quoted phrase is a term, each term occurs, each entry
 * has a term).
 */
export function buildCatalog({
  entries,
  spec,
  converters,
  boundaries,
  complete = true,
}: {
  entries: readonly QaEntry[];
  spec: CatalogSpec;
  converters: Converters;
  boundaries: WordBoundaries;
  /**
   * Whether the catalog must cover the whole interview (every quoted phrase a
   * term, a term in every entry), as the curated bundled packs must. A reader's
   * import keeps only the terms they chose.
   */
  complete?: boolean;
}): CatalogResult {
  const problems: string[] = [];
  checkSpec(spec, problems);

  const allForms = spec.terms.flatMap((t) => [t.text, ...(t.aliases ?? [])]);
  const { charFold, conflicts } = buildCharFold({
    forms: [...allForms, ...spec.subjects.place, ...spec.subjects.region],
    toTraditional: converters.toTraditional,
  });
  const table = createFoldTable(charFold);

  const listed = new Set(spec.terms.map((t) => foldText(t.text, table)));
  const quoted = new Set<string>();
  for (const entry of entries) {
    for (const { part, text } of entryParts(entry)) {
      for (const phrase of findQuotedPhrases(text)) {
        quoted.add(foldText(phrase, table));
        if (complete && !listed.has(foldText(phrase, table)))
          problems.push(
            `Q${entry.number} ${part === QUESTION_PART ? 'question' : `paragraph ${part}`} quotes “${phrase}”, ` +
              `which is not in the catalog: add it with a tier.`,
          );
      }
    }
  }

  // The interview's own places come from the same decision as a page's marks,
  // on text that is about the pack: a place whose edge falls inside a word
  // (增强制造业 for 强制造) is no place of the term.
  const subjects: PackSubjects = {
    place: spec.subjects.place.map((w) => foldText(w, table)),
    region: spec.subjects.region.map((w) => foldText(w, table)),
  };
  const traditionalOf = (text: string) =>
    [...new Set(converters.toTraditional(text))].filter((t) => t !== text);
  // A converter cuts a term into words its own way (强制|造 → 強制造), while a
  // writer converts the words the term is made of (强|制造 → 強製造): each
  // sub-phrase is converted on its own too, and its spelling substituted.
  const spellingsOf = (text: string) => {
    const whole = traditionalOf(text);
    const variants = new Set(whole);
    for (const base of whole) {
      for (let start = 0; start < text.length - 1; start++) {
        for (let end = start + 2; end <= Math.min(text.length, start + 4); end++) {
          for (const piece of converters.toTraditional(text.slice(start, end))) {
            if (piece.length === end - start)
              variants.add(base.slice(0, start) + piece + base.slice(end));
          }
        }
      }
    }
    variants.delete(text);
    return [...variants];
  };
  const matchIndex: MatchIndex = {
    packId: spec.packId,
    charFold,
    subjects,
    terms: spec.terms.map((term) => ({
      id: term.id,
      tier: term.tier,
      forms: buildMatchForms({
        term,
        traditional: [term.text, ...(term.aliases ?? [])].flatMap(spellingsOf),
        table,
        subjects,
        boundaries,
      }),
    })),
  };
  const matcher = createTermMatcher([matchIndex]);
  const select = createMatchSelector({
    matcher,
    settings: { enabled: true, markNational: true, disabledTerms: [] },
    onTopicPacks: new Set([spec.packId]),
  });
  const occurrences: Occurrence[][] = spec.terms.map(() => []);
  const entriesWithTerms = new Set<number>();
  for (const entry of entries) {
    for (const { part, text } of entryParts(entry)) {
      const candidates = findAllCandidates({
        text,
        automaton: matcher.automaton,
        foldTable: matcher.foldTable,
      });
      const cuts = boundaries.cutParagraph?.(text);
      for (const match of select(candidates, text)) {
        if (cuts && !(cuts.has(match.start) && cuts.has(match.end))) continue;
        occurrences[match.termIndex]?.push({
          qa: entry.number,
          part,
          start: match.start,
          end: match.end,
        });
        entriesWithTerms.add(entry.number);
      }
    }
  }

  // The interview's own words around each generic term (the tier whose
  // everyday sense is common): a page that says it the same way uses it in
  // the interview's sense.
  matchIndex.terms.forEach((term, i) => {
    if (term.tier !== 'generic') return;
    const places = (occurrences[i] ?? []).flatMap((place) => {
      const entry = entries.find((e) => e.number === place.qa);
      const text = entry && entryParts(entry).find((p) => p.part === place.part)?.text;
      return text ? [{ text, start: place.start, end: place.end }] : [];
    });
    const collocations = interviewCollocations({
      places,
      foldTable: matcher.foldTable,
      boundaries,
    });
    if (collocations) term.collocations = collocations;
  });

  const terms: Term[] = spec.terms.map((term, i) => {
    const found = (occurrences[i] ?? []).sort(
      (a, b) => a.qa - b.qa || a.part - b.part || a.start - b.start,
    );
    if (found.length === 0)
      problems.push(`Term “${term.text}” (${term.id}) does not occur in the interview.`);
    const syllables = converters.toPinyin(term.text);
    return {
      id: term.id,
      text: term.text,
      tier: term.tier,
      aliases: term.aliases ?? [],
      traditional: traditionalOf(term.text),
      pinyin: syllables.join(' '),
      initials: syllables.map((s) => s[0] ?? '').join(''),
      quoted: quoted.has(foldText(term.text, table)),
      occurrences: found,
    };
  });

  for (const entry of entries)
    if (complete && !entriesWithTerms.has(entry.number))
      problems.push(`Q${entry.number} has no catalog term: add at least one.`);

  return {
    terms,
    charFold,
    matchIndex,
    problems,
    warnings: conflicts.map((c) => `Traditional character maps two ways: ${c} (first kept).`),
  };
}
