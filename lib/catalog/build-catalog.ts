import { buildAutomaton } from '../match/automaton';
import { findAllCandidates } from '../match/find-all-candidates';
import { entryParts, QUESTION_PART } from '../pack/entry-parts';
import type { Occurrence, QaEntry, Term } from '../pack/types';
import { findQuotedPhrases } from '../interview/quoted-phrases';
import { createFoldTable, foldText } from '../text/fold';
import { buildCharFold } from './build-char-fold';
import type { CatalogSpec, Converters } from './catalog-spec';

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CatalogResult {
  terms: Term[];
  charFold: string;
  /** Problems that must fail the build, each a sentence a curator can act on. */
  problems: string[];
  /** Notes worth printing but not fatal (e.g. ambiguous Traditional characters). */
  warnings: string[];
}

function checkSpec(spec: CatalogSpec, problems: string[]): void {
  const ids = new Set<string>();
  const texts = new Set<string>();
  for (const term of spec.terms) {
    if (!TERM_ID.test(term.id))
      problems.push(`Term id "${term.id}" must be lower-case kebab-case.`);
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
}: {
  entries: readonly QaEntry[];
  spec: CatalogSpec;
  converters: Converters;
}): CatalogResult {
  const problems: string[] = [];
  checkSpec(spec, problems);

  const allForms = spec.terms.flatMap((t) => [t.text, ...(t.aliases ?? [])]);
  const { charFold, conflicts } = buildCharFold({
    forms: [...allForms, ...spec.subjects],
    toTraditional: converters.toTraditional,
  });
  const table = createFoldTable(charFold);

  const listed = new Set(spec.terms.map((t) => foldText(t.text, table)));
  const quoted = new Set<string>();
  for (const entry of entries) {
    for (const { part, text } of entryParts(entry)) {
      for (const phrase of findQuotedPhrases(text)) {
        quoted.add(foldText(phrase, table));
        if (!listed.has(foldText(phrase, table)))
          problems.push(
            `Q${entry.number} ${part === QUESTION_PART ? 'question' : `paragraph ${part}`} quotes “${phrase}”, ` +
              `which is not in the catalog: add it with a tier.`,
          );
      }
    }
  }

  const patterns = spec.terms.flatMap((term, value) =>
    [term.text, ...(term.aliases ?? [])].map((form) => ({ form: foldText(form, table), value })),
  );
  const automaton = buildAutomaton(patterns);
  const occurrences: Occurrence[][] = spec.terms.map(() => []);
  const entriesWithTerms = new Set<number>();
  for (const entry of entries) {
    for (const { part, text } of entryParts(entry)) {
      for (const c of findAllCandidates({ text, automaton, foldTable: table })) {
        const list = occurrences[c.value];
        if (
          !list ||
          list.some((o) => o.qa === entry.number && o.part === part && o.start === c.start)
        )
          continue;
        list.push({ qa: entry.number, part, start: c.start, end: c.end });
        entriesWithTerms.add(entry.number);
      }
    }
  }

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
      traditional: [...new Set(converters.toTraditional(term.text))].filter((t) => t !== term.text),
      pinyin: syllables.join(' '),
      initials: syllables.map((s) => s[0] ?? '').join(''),
      quoted: quoted.has(foldText(term.text, table)),
      occurrences: found,
    };
  });

  for (const entry of entries)
    if (!entriesWithTerms.has(entry.number))
      problems.push(`Q${entry.number} has no catalog term: add at least one.`);

  return {
    terms,
    charFold,
    problems,
    warnings: conflicts.map((c) => `Traditional character maps two ways: ${c} (first kept).`),
  };
}
