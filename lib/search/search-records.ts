import { entryParts } from '../pack/entry-parts';
import type { Pack, Term } from '../pack/types';
import { foldText, type FoldTable } from '../text/fold';
import { foldWithOffsets, type FoldedText } from './folded-text';
import { pinyinForms } from './pinyin-forms';
import type { MatchedVia } from './search-result';

/** A term with the pack it belongs to. */
export interface IndexedTerm {
  pack: Pack;
  term: Term;
}

/** One spelling of one term: fuse scores each spelling alone, so a hit says which one matched. */
export interface TermForm {
  /** Position of the term in `SearchIndex.terms`. */
  termIndex: number;
  via: MatchedVia;
  /** The spelling as the pack writes it. */
  raw: string;
  /** What the passes search: the folded spelling, or lower-case pinyin. */
  value: string;
}

/** A question or an answer paragraph, folded for search. */
export interface PassageRecord {
  packId: string;
  qa: number;
  /** 0 for the question, else the paragraph number. */
  part: number;
  paragraphId: string;
  question: string;
  text: string;
  fold: FoldedText;
}

/** Every term of every pack, in pack order. */
export function indexedTerms(packs: readonly Pack[]): IndexedTerm[] {
  return packs.flatMap((pack) => pack.terms.map((term) => ({ pack, term })));
}

/** The Chinese spellings of each term (canonical, aliases, Traditional), folded. */
export function hanForms({
  terms,
  foldTable,
}: {
  terms: readonly IndexedTerm[];
  foldTable: FoldTable;
}): TermForm[] {
  return terms.flatMap(({ term }, index) => {
    const spellings: [MatchedVia, string][] = [
      ['text', term.text],
      ...term.aliases.map((alias): [MatchedVia, string] => ['alias', alias]),
      ...term.traditional.map((form): [MatchedVia, string] => ['traditional', form]),
    ];
    return spellings.map(([via, raw]) => ({
      termIndex: index,
      via,
      raw,
      value: foldText(raw, foldTable),
    }));
  });
}

/** The Latin spellings of each term: pinyin in its written variants and initials, or (`spaced`) its syllables. */
export function latinForms({
  terms,
  spaced,
}: {
  terms: readonly IndexedTerm[];
  spaced: boolean;
}): TermForm[] {
  return terms.flatMap(({ term }, index) =>
    pinyinForms(term)
      .filter((form) => form.spaced === spaced)
      .map(({ value, via }) => ({ termIndex: index, via, raw: value, value })),
  );
}

/** Every question and answer paragraph of every pack, in reading order. */
export function passageRecords({
  packs,
  foldTable,
}: {
  packs: readonly Pack[];
  foldTable: FoldTable;
}): PassageRecord[] {
  return packs.flatMap((pack) =>
    pack.entries.flatMap((entry) => {
      return entryParts(entry).map(({ part, paragraphId, text }) => ({
        packId: pack.id,
        qa: entry.number,
        part,
        paragraphId,
        question: entry.question,
        text,
        fold: foldWithOffsets(text, foldTable),
      }));
    }),
  );
}

/** Key of a passage for lookups from a term occurrence. */
export function passageKey({
  packId,
  qa,
  part,
}: {
  packId: string;
  qa: number;
  part: number;
}): string {
  return `${packId}:${qa}:${part}`;
}
