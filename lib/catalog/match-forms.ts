import type { TermSpec } from './catalog-spec';
import type { EdgeTable, MatchForm, PackSubjects } from '../pack/types';
import { foldText, type FoldTable } from '../text/fold';
import { HAN } from '../text/han';
import { isCoinage } from './coinage';

/** What the data build knows of words, from the edge lexicon. */
export interface WordBoundaries {
  /** Whether the lexicon lists the whole string as one word. */
  isWord(text: string): boolean;
  /** The edge table of a folded form. */
  edgeTable(form: string): EdgeTable;
  /**
   * Whether two characters are what everyday text puts around any word (管理,
   * 方面, 这一), so that finding them beside a term says nothing of its sense.
   */
  isEverydayPair(pair: string): boolean;
  /**
   * Word boundaries of a whole paragraph of the pack's own text, by a full
   * segmenter where the build has one (jieba with its HMM, which also joins
   * words no dictionary lists, such as 锻强 in 锻强制造): a place of a term
   * must start and end on one. Absent where no segmenter runs (pack import).
   */
  cutParagraph?(text: string): ReadonlySet<number>;
}

/** Shortest core a leading qualifier may be dropped from. */
const CORE_LENGTH = 5;
/**
 * Qualifiers real text drops from the front of a long title
 * (国家单项冠军之城 → 单项冠军之城, 中国最具幸福感城市 → 最具幸福感城市).
 */
const LEADING_QUALIFIERS = ['国家', '中国', '全国', '全球'];

/** The folded comma (， 、 ,) and middle dot (· ・ •) between a slogan's halves. */
const SEPARATOR = /[,·]/;
const hanCount = (text: string) => [...text].filter((c) => HAN.test(c)).length;

/**
 * Every spelling of a term the lens looks for, derived by general rules from
 * what the catalog gives (its text, aliases and whole-term Traditional forms):
 * the halves of a slogan joined by any separator (· ， 、 or a space), and a
 * long title's core without its leading qualifier. Each spelling says whether
 * it is self-evident (it names the pack's place or region, or is a coinage) or
 * needs evidence on the page; a dropped-qualifier core, and every spelling of a
 * generic term, always needs evidence.
 */
export function buildMatchForms({
  term,
  traditional,
  table,
  subjects,
  boundaries,
}: {
  term: TermSpec;
  traditional: readonly string[];
  table: FoldTable;
  /** The pack's subject words, folded. */
  subjects: PackSubjects;
  boundaries: WordBoundaries;
}): MatchForm[] {
  const subjectWords = [...subjects.place, ...subjects.region];
  // A generic term is an everyday phrase by the curator's own call: it always needs evidence.
  const selfEvident = (form: string) =>
    term.tier !== 'generic' &&
    (subjectWords.some((word) => form.includes(word)) || isCoinage(form, boundaries.isWord));

  const forms = new Map<string, boolean>();
  const add = (text: string, needsEvidence: boolean) =>
    forms.set(text, (forms.get(text) ?? true) && needsEvidence);
  const bases = new Set(
    [term.text, ...(term.aliases ?? []), ...traditional].map((form) => foldText(form, table)),
  );
  for (const base of bases) {
    // A spelling's variants are judged as the spelling itself: 立市之本强市之基
    // is still two short halves, not a coinage.
    const needsEvidence = !selfEvident(base);
    const spellings = SEPARATOR.test(base)
      ? [',', '·', ''].map((separator) => base.replaceAll(new RegExp(SEPARATOR, 'g'), separator))
      : [base];
    for (const spelling of spellings) {
      add(spelling, needsEvidence);
      for (const qualifier of LEADING_QUALIFIERS) {
        const core = spelling.slice(qualifier.length);
        if (
          spelling.startsWith(qualifier) &&
          hanCount(core) >= CORE_LENGTH &&
          HAN.test(core[0] ?? '') &&
          !boundaries.isWord(core)
        )
          add(core, true);
      }
    }
  }
  return [...forms].map(([text, needsEvidence]) => ({
    text,
    needsEvidence,
    edges: boundaries.edgeTable(text),
  }));
}
