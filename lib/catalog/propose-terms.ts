import { findQuotedPhrases } from '../interview/quoted-phrases';
import { entryParts } from '../pack/entry-parts';
import type { PackSubjects, QaEntry, TermTier } from '../pack/types';
import { segment, type Lexicon } from '../text/segment';
import { isCoinage } from './coinage';
import type { Place, PlaceNames } from './place-names';

/**
 * A first catalog for an imported interview: the phrases it quotes and the
 * names it repeats, each with a proposed tier, and the place it is about. The
 * user reviews it; nothing here is final.
 */

export interface ProposedTerm {
  /** `term-1`, `term-2` … in the proposal's order. */
  id: string;
  text: string;
  tier: TermTier;
  /** Occurrences of the text in the whole interview. */
  count: number;
  reason: 'quoted' | 'repeated-name';
}

export interface Proposal {
  terms: ProposedTerm[];
  subjects: PackSubjects;
}

/** A phrase and its occurrences in the interview. */
interface Counted {
  text: string;
  count: number;
}

/** Proposals in all, quoted ones first, so a long interview does not bury the user. */
const MAX_TERMS = 60;
/** A repeated name's length in Han characters. */
const NAME_LENGTH = { min: 4, max: 12 };
const NAME_MIN_COUNT = 2;
/** A word at least this frequent is everyday vocabulary (主 平台 引擎 名片). */
const COMMON_WORD_FREQUENCY = 100;
/** A phrase led by a number is a numbered slogan (两个先行, 三不腐), not everyday words. */
const NUMBERED = /^[一二三四五六七八九十两百千万]/;
/**
 * Words a name neither starts nor ends with: a repeated stretch that does is
 * phrasing (我们深入, 新征程中, 做了哪些, 是宁波最大的), not a name.
 */
const FUNCTION_WORDS = new Set([
  ...'的了是在和与及等也就将把被对为从向中上里着过并又还要以于所有这那其之而',
  ...['我们', '你们', '他们', '这些', '那些', '哪些', '这个', '那个', '一个'],
]);
/** The longest quoted phrase that may be everyday vocabulary rather than a slogan. */
const EVERYDAY_LENGTH = 4;
/** Words only a national slogan or title carries. */
const NATIONAL_MARKERS = ['党', '中央', '国家', '全国', '中国'];
/**
 * A short form is a subject word only when no other word holding it is this
 * frequent: 新 (新闻), 港 (港口) or 台 (平台) would make any page look on topic.
 */
const SHORT_FORM_MAX_OTHER_USE = 500;

const HAN_RUN = /\p{Script=Han}+/gu;

/** The words of the likeliest segmentation of a text. */
function wordsOf(text: string, lexicon: Lexicon): string[] {
  const cuts = segment(text, lexicon);
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** Non-overlapping occurrences of `needle` in the texts. */
function countIn(texts: readonly string[], needle: string): number {
  let count = 0;
  for (const text of texts)
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
      count++;
  return count;
}

/** The place's short form, if it has one and the lexicon shows no other common use of it. */
function safeShortForm(name: string, placeNames: PlaceNames, lexicon: Lexicon): string[] {
  const short = Object.keys(placeNames.shortForms).find(
    (key) => placeNames.shortForms[key] === name,
  );
  if (!short) return [];
  const otherUse = lexicon
    .words()
    .some(
      (word) =>
        word.length > 1 &&
        word.includes(short) &&
        !word.includes(name) &&
        lexicon.frequency(word) >= SHORT_FORM_MAX_OTHER_USE,
    );
  return otherUse ? [] : [short];
}

/**
 * The interview's place and region: the city it names most, with its short
 * form, and that city's province (or else the province it names most). A
 * municipality (上海) is its own province: then the region is left empty.
 */
function proposeSubjects(
  texts: readonly string[],
  placeNames: PlaceNames,
  lexicon: Lexicon,
): PackSubjects {
  const counts = new Map<string, number>();
  for (const { name } of placeNames.places)
    if (!counts.has(name)) counts.set(name, countIn(texts, name));
  const mostNamed = (kind: 'city' | 'province', except?: string) => {
    let best: Place | undefined;
    for (const place of placeNames.places)
      if (
        place.kind === kind &&
        place.name !== except &&
        counts.get(place.name)! > (best ? counts.get(best.name)! : 0)
      )
        best = place;
    return best;
  };
  const city = mostNamed('city');
  const province = city?.province ?? mostNamed('province', city?.name)?.name;
  const withShortForm = (name: string) => [name, ...safeShortForm(name, placeNames, lexicon)];
  return {
    place: city ? withShortForm(city.name) : [],
    region: province && province !== city?.name ? withShortForm(province) : [],
  };
}

/**
 * Han strings of 4–12 characters that start and end on word boundaries, and
 * not on a function word, occur at least twice, are no single lexicon word,
 * and are maximal: no longer such string, nor a quoted phrase, holds every
 * occurrence of them (八大攻坚行动, not 八大攻坚).
 */
function repeatedNames(
  texts: readonly string[],
  lexicon: Lexicon,
  quoted: readonly Counted[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const [run] of text.matchAll(HAN_RUN)) {
      if (run.length < NAME_LENGTH.min) continue;
      const cuts = segment(run, lexicon);
      for (let a = 0; a < cuts.length; a++)
        for (let b = a + 1; b < cuts.length; b++) {
          const length = cuts[b]! - cuts[a]!;
          if (length > NAME_LENGTH.max) break;
          if (length < NAME_LENGTH.min) continue;
          const name = run.slice(cuts[a], cuts[b]);
          const first = run.slice(cuts[a], cuts[a + 1]);
          const last = run.slice(cuts[b - 1], cuts[b]);
          if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(last)) continue;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
    }
  const repeated = new Map(
    [...counts].filter(([name, count]) => count >= NAME_MIN_COUNT && lexicon.frequency(name) === 0),
  );
  const contained = new Set<string>();
  for (const [name, count] of repeated)
    for (let start = 0; start < name.length; start++)
      for (let end = start + NAME_LENGTH.min; end <= name.length; end++) {
        const inner = name.slice(start, end);
        if (inner !== name && repeated.get(inner) === count) contained.add(inner);
      }
  for (const name of repeated.keys())
    if (quoted.some((phrase) => countIn([phrase.text], name) * phrase.count >= repeated.get(name)!))
      contained.add(name);
  for (const name of contained) repeated.delete(name);
  return repeated;
}

/** A short phrase that is one lexicon word, or two common ones (主旋律, 主|平台, 最大|资源). */
function isEverydayPhrase(text: string, lexicon: Lexicon): boolean {
  if (!/^\p{Script=Han}+$/u.test(text) || text.length > EVERYDAY_LENGTH) return false;
  if (lexicon.frequency(text) > 0) return true;
  if (NUMBERED.test(text)) return false;
  const words = wordsOf(text, lexicon);
  return (
    words.length === 2 && words.every((word) => lexicon.frequency(word) >= COMMON_WORD_FREQUENCY)
  );
}

/**
 * The proposed tier, by the first rule that applies: naming the interview's
 * place or region, or being a coinage, makes a term `distinctive`; a short
 * quoted phrase of everyday words is `generic`; a phrase carrying 党, 中央,
 * 国家, 全国 or 中国 is `national`; anything else is `distinctive`. The user
 * may change it: it is a proposal.
 */
function proposeTier(
  text: string,
  quoted: boolean,
  subjectWords: readonly string[],
  lexicon: Lexicon,
): TermTier {
  if (subjectWords.some((word) => text.includes(word))) return 'distinctive';
  if (isCoinage(text, (stretch) => lexicon.frequency(stretch) > 0)) return 'distinctive';
  if (quoted && isEverydayPhrase(text, lexicon)) return 'generic';
  if (NATIONAL_MARKERS.some((marker) => text.includes(marker))) return 'national';
  return 'distinctive';
}

/**
 * A first catalog for an interview: every quoted phrase, then the names it
 * repeats, most frequent and longest first, at most sixty in all; and its
 * subjects, from the places it names.
 */
export function proposeCatalog({
  entries,
  lexicon,
  placeNames,
}: {
  entries: readonly QaEntry[];
  lexicon: Lexicon;
  placeNames: PlaceNames;
}): Proposal {
  const texts = entries.flatMap((entry) => entryParts(entry).map((part) => part.text));
  const subjects = proposeSubjects(texts, placeNames, lexicon);
  const quoted: Counted[] = [...new Set(texts.flatMap(findQuotedPhrases))].map((text) => ({
    text,
    count: countIn(texts, text),
  }));
  const repeated = [...repeatedNames(texts, lexicon, quoted).keys()].map((text) => ({
    text,
    count: countIn(texts, text),
  }));
  const byWeight = (a: Counted, b: Counted) => b.count - a.count || b.text.length - a.text.length;
  const subjectWords = [...subjects.place, ...subjects.region];
  const terms = [
    ...quoted.sort(byWeight).map((term) => ({ ...term, reason: 'quoted' as const })),
    ...repeated.sort(byWeight).map((term) => ({ ...term, reason: 'repeated-name' as const })),
  ]
    .slice(0, MAX_TERMS)
    .map(({ text, count, reason }, i) => ({
      id: `term-${i + 1}`,
      text,
      tier: proposeTier(text, reason === 'quoted', subjectWords, lexicon),
      count,
      reason,
    }));
  return { terms, subjects };
}
