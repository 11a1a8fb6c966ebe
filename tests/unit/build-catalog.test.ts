import { describe, expect, it } from 'vitest';
import { noBoundaries } from '../helpers/no-boundaries';
import { buildCatalog } from '../../lib/catalog/build-catalog';
import { entryPart, entryParts } from '../../lib/pack/entry-parts';
import type { CatalogSpec, Converters, TermSpec } from '../../lib/catalog/catalog-spec';
import type { WordBoundaries } from '../../lib/catalog/match-forms';
import type { Occurrence, QaEntry, Term, TermTier } from '../../lib/pack/types';

/** A made-up entry: paragraphs get the parser's ids. */
function entry(number: number, question: string, ...paragraphs: string[]): QaEntry {
  return {
    number,
    id: `qa-${number}`,
    question,
    paragraphs: paragraphs.map((text, i) => ({ id: `qa-${number}-p${i + 1}`, n: i + 1, text })),
    captions: [],
  };
}

// Fake Taiwan and Hong Kong standards that differ on 里, as the real ones do.
const TAIWAN: Readonly<Record<string, string>> = {
  里: '裡',
  两: '兩',
  个: '個',
  湾: '灣',
  东: '東',
  贸: '貿',
};
const HONG_KONG: Readonly<Record<string, string>> = { ...TAIWAN, 里: '裏' };
const PINYIN: Readonly<Record<string, string>> = {
  海: 'hai',
  湾: 'wan',
  里: 'li',
  有: 'you',
  两: 'liang',
  个: 'ge',
  率: 'shuai',
  先: 'xian',
};

const byChar =
  (table: Readonly<Record<string, string>>) =>
  (text: string): string =>
    Array.from(text, (c) => table[c] ?? c).join('');

const fakeConverters: Converters = {
  toTraditional: (text) => [byChar(TAIWAN)(text), byChar(HONG_KONG)(text)],
  toPinyin: (text) => Array.from(text).flatMap((c) => (PINYIN[c] ? [PINYIN[c]] : [])),
};

const ENTRIES: QaEntry[] = [
  entry(
    1,
    '东港如何擦亮“海湾里有”品牌？',
    '我们打造“海湾里有”民生品牌，推进两个率先。',
    '两个率先是目标，港口强市是路径。',
  ),
  entry(2, '开放怎么做？', '建设东港自贸片区，打造港口强市。', '强市先强港。'),
];

const TERMS: TermSpec[] = [
  { id: 'haiwan-liyou', text: '海湾里有', tier: 'distinctive' },
  { id: 'liangge-shuaixian', text: '两个率先', tier: 'national' },
  { id: 'gangkou-qiangshi', text: '港口强市', tier: 'generic' },
  { id: 'qiangshi', text: '强市', tier: 'generic' },
  { id: 'donggang-zimaoqu', text: '东港自贸区', tier: 'distinctive', aliases: ['东港自贸片区'] },
];

const spec = (terms: TermSpec[] = TERMS): CatalogSpec => ({
  packId: 'donggang',
  label: '东港访谈',
  subjects: { place: ['东港'], region: [] },
  terms,
});

const build = (
  terms?: TermSpec[],
  entries: QaEntry[] = ENTRIES,
  boundaries: WordBoundaries = noBoundaries,
) => buildCatalog({ entries, spec: spec(terms), converters: fakeConverters, boundaries });

const termOf = (terms: Term[], id: string): Term => {
  const term = terms.find((t) => t.id === id);
  if (!term) throw new Error(`no term ${id}`);
  return term;
};

/** Where `phrase` occurs in an entry part, found independently of the matcher. */
function at(qa: number, part: number, phrase: string, from = 0): Occurrence {
  const text = entryParts(ENTRIES.find((e) => e.number === qa)!).find((p) => p.part === part)!.text;
  const start = text.indexOf(phrase, from);
  expect(start, `${phrase} in Q${qa} part ${part}`).toBeGreaterThanOrEqual(0);
  return { qa, part, start, end: start + phrase.length };
}

describe('entryParts', () => {
  it('lists the question as part 0, then each paragraph by number, with their ids', () => {
    const entry = ENTRIES[0]!;
    expect(entryParts(entry)).toEqual([
      { part: 0, paragraphId: entry.id, text: entry.question },
      { part: 1, paragraphId: entry.paragraphs[0]!.id, text: entry.paragraphs[0]!.text },
      { part: 2, paragraphId: entry.paragraphs[1]!.id, text: entry.paragraphs[1]!.text },
    ]);
  });

  it('finds one part by number, and none past the last paragraph', () => {
    const entry = ENTRIES[0]!;
    expect(entryPart(entry, 0)?.text).toBe(entry.question);
    expect(entryPart(entry, 2)?.paragraphId).toBe(entry.paragraphs[1]!.id);
    expect(entryPart(entry, entry.paragraphs.length + 1)).toBeUndefined();
  });
});

describe('buildCatalog with a clean spec', () => {
  const result = build();

  it('reports no problems and no warnings', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('finds every occurrence with its entry, part and offsets, sorted', () => {
    expect(termOf(result.terms, 'haiwan-liyou').occurrences).toEqual([
      at(1, 0, '海湾里有'),
      at(1, 1, '海湾里有'),
    ]);
    expect(termOf(result.terms, 'liangge-shuaixian').occurrences).toEqual([
      at(1, 1, '两个率先'),
      at(1, 2, '两个率先'),
    ]);
  });

  it('gives a place to the longer of two overlapping terms, as a page marks it', () => {
    expect(termOf(result.terms, 'gangkou-qiangshi').occurrences).toEqual([
      at(1, 2, '港口强市'),
      at(2, 1, '港口强市'),
    ]);
    expect(termOf(result.terms, 'qiangshi').occurrences).toEqual([at(2, 2, '强市')]);
  });

  it('leaves out a place whose edge falls inside a word, by edge table or by segmenter', () => {
    const crossing: WordBoundaries = {
      ...noBoundaries,
      // As if 造港 were a word: 港口强市 right after 打造 is no place of the term.
      edgeTable: (form) => ({ before: form === '港口强市' ? '造' : '', after: '' }),
      // As if a segmenter cut 强|市先|强港|。 (elsewhere, every character is a word).
      cutParagraph: (text) =>
        new Set(text === '强市先强港。' ? [0, 1, 3, 5, 6] : [...Array(text.length + 1).keys()]),
    };
    const withEdges = build(undefined, ENTRIES, crossing);
    expect(termOf(withEdges.terms, 'gangkou-qiangshi').occurrences).toEqual([at(1, 2, '港口强市')]);
    // Where 港口强市 is no place, the 强市 inside it is one; where 强市 would end
    // inside 市先, it is not.
    expect(termOf(withEdges.terms, 'qiangshi').occurrences).toEqual([
      { qa: 2, part: 1, start: 13, end: 15 },
    ]);
  });

  it('finds a term through its alias and keeps the alias list', () => {
    const term = termOf(result.terms, 'donggang-zimaoqu');
    expect(term.occurrences).toEqual([at(2, 1, '东港自贸片区')]);
    expect(term.aliases).toEqual(['东港自贸片区']);
    expect(termOf(result.terms, 'qiangshi').aliases).toEqual([]);
  });

  it('marks the terms the interview quotes', () => {
    expect(result.terms.filter((t) => t.quoted).map((t) => t.id)).toEqual(['haiwan-liyou']);
  });

  it('computes Traditional forms from both standards, without the Simplified text', () => {
    expect(termOf(result.terms, 'haiwan-liyou').traditional).toEqual(['海灣裡有', '海灣裏有']);
    expect(termOf(result.terms, 'liangge-shuaixian').traditional).toEqual(['兩個率先']);
    expect(termOf(result.terms, 'qiangshi').traditional).toEqual([]);
  });

  it('computes pinyin and its initials', () => {
    expect(termOf(result.terms, 'haiwan-liyou')).toMatchObject({
      pinyin: 'hai wan li you',
      initials: 'hwly',
    });
    expect(termOf(result.terms, 'liangge-shuaixian')).toMatchObject({
      pinyin: 'liang ge shuai xian',
      initials: 'lgsx',
    });
  });

  it('keeps id, text and tier as curated, in spec order', () => {
    expect(result.terms.map((t) => [t.id, t.text, t.tier])).toEqual(
      TERMS.map((t) => [t.id, t.text, t.tier]),
    );
  });

  it('folds the Traditional characters of catalog forms onto them', () => {
    const pairs = new Map(Array.from(result.charFold.matchAll(/(.)(.)/gu), (m) => [m[1], m[2]]));
    expect(pairs.get('裡')).toBe('里');
    expect(pairs.get('裏')).toBe('里');
    expect(pairs.get('兩')).toBe('两');
    expect(pairs.get('東')).toBe('东');
    expect(result.charFold.length % 2).toBe(0);
  });
});

describe('buildCatalog: matching through folds', () => {
  it('counts a Traditional quotation of a listed term as listed and quoted', () => {
    const entries = [entry(1, '“兩個率先”是什么？', '就是两个率先。')];
    const result = build(
      [{ id: 'liangge-shuaixian', text: '两个率先', tier: 'national' }],
      entries,
    );
    expect(result.problems).toEqual([]);
    const [term] = result.terms;
    expect(term?.quoted).toBe(true);
    expect(term?.occurrences).toEqual([
      { qa: 1, part: 0, start: 1, end: 5 },
      { qa: 1, part: 1, start: 2, end: 6 },
    ]);
  });

  it('finds a term written with a full-width comma when the page has a half-width one', () => {
    const entries = [entry(1, '怎么样？', '大家说在东港,都挺好。')];
    const result = build(
      [{ id: 'dou-tinghao', text: '在东港，都挺好', tier: 'distinctive' }],
      entries,
    );
    expect(result.terms[0]?.occurrences).toEqual([{ qa: 1, part: 1, start: 3, end: 10 }]);
  });
});

describe('buildCatalog: Traditional folds', () => {
  // One fake standard writes 干 as 幹, the other writes 斡 as 幹: 幹 could fold to either.
  const converters: Converters = {
    toTraditional: (text) => [text.replaceAll('干', '幹'), text.replaceAll('斡', '幹')],
    toPinyin: () => [],
  };
  const entries = [entry(1, '干线港？', '斡旋港，乾坤湾。')];
  const terms: TermSpec[] = [
    { id: 'ganxian', text: '干线港', tier: 'generic' },
    { id: 'woxuan', text: '斡旋港', tier: 'generic' },
  ];

  it('warns when a Traditional character would fold onto two catalog characters', () => {
    const result = buildCatalog({
      entries,
      spec: spec(terms),
      converters,
      boundaries: noBoundaries,
    });
    // The same conflict is currently reported once per form that shows it, so only
    // the distinct warnings are asserted.
    expect([...new Set(result.warnings)]).toEqual([
      'Traditional character maps two ways: 幹 → 干 or 斡 (first kept).',
    ]);
    expect(result.charFold).toBe('幹干');
    expect(result.problems).toEqual([]);
  });

  it('does not fold a variant that the catalog uses as a character of its own', () => {
    const withQian = [...terms, { id: 'qiankun', text: '乾坤湾', tier: 'generic' as const }];
    const result = buildCatalog({
      entries,
      spec: spec(withQian),
      converters: { ...converters, toTraditional: (text) => [text.replaceAll('干', '乾')] },
      boundaries: noBoundaries,
    });
    expect(result.charFold).toBe('');
    expect(result.terms.map((t) => t.occurrences.length)).toEqual([1, 1, 1]);
  });
});

describe('buildCatalog: problems a curator must fix', () => {
  it('reports a quoted phrase missing from the spec, for each place it is quoted', () => {
    const result = build(TERMS.filter((t) => t.id !== 'haiwan-liyou'));
    expect(result.problems).toEqual([
      'Q1 question quotes “海湾里有”, which is not in the catalog: add it with a tier.',
      'Q1 paragraph 1 quotes “海湾里有”, which is not in the catalog: add it with a tier.',
    ]);
  });

  it('reports a term that does not occur', () => {
    const result = build([...TERMS, { id: 'bu-cunzai', text: '不存在', tier: 'generic' }]);
    expect(result.problems).toEqual(['Term “不存在” (bu-cunzai) does not occur in the interview.']);
    expect(termOf(result.terms, 'bu-cunzai').occurrences).toEqual([]);
  });

  it('reports an entry without a term', () => {
    const result = build(
      TERMS.filter(
        (t) => t.id !== 'gangkou-qiangshi' && t.id !== 'qiangshi' && t.id !== 'donggang-zimaoqu',
      ),
    );
    expect(result.problems).toEqual(['Q2 has no catalog term: add at least one.']);
  });

  it('reports a duplicate id and a duplicate text', () => {
    const result = build([
      ...TERMS,
      { id: 'haiwan-liyou', text: '民生品牌', tier: 'generic' },
      { id: 'haiwan-liyou-2', text: '海湾里有', tier: 'generic' },
    ]);
    expect(result.problems).toContain('Term id "haiwan-liyou" is used twice.');
    expect(result.problems).toContain('Term “海湾里有” is listed twice.');
    // Its places go to the first listing, as on a page: the second never occurs.
    expect(result.problems).toContain(
      'Term “海湾里有” (haiwan-liyou-2) does not occur in the interview.',
    );
    expect(result.problems).toHaveLength(3);
  });

  it('requires lower-case kebab-case ids', () => {
    const withId = (id: string): TermSpec[] => [{ ...TERMS[0]!, id }, ...TERMS.slice(1)];
    for (const id of [
      'Haiwan',
      'haiwan_liyou',
      'haiwan--liyou',
      '-haiwan',
      'haiwan-',
      '',
      '海湾',
    ]) {
      expect(build(withId(id)).problems, id).toEqual([
        `Term id "${id}" must be lower-case kebab-case.`,
      ]);
    }
    for (const id of ['haiwan', 'a1-b2-c3', '2022'])
      expect(build(withId(id)).problems, id).toEqual([]);
  });

  it('fails a mistyped tier, an empty text, and a pack id or label that is wrong', () => {
    const mistyped = [{ ...TERMS[0]!, tier: 'distinctve' as TermTier }, ...TERMS.slice(1)];
    expect(build(mistyped).problems).toEqual([
      `Term “${TERMS[0]!.text}” (${TERMS[0]!.id}) has tier "distinctve": use one of distinctive, national, generic.`,
    ]);
    expect(build([...TERMS, { id: 'empty', text: ' ', tier: 'generic' }]).problems).toContain(
      'Term id "empty" has no text.',
    );
    const wrongPack = { ...spec(), packId: 'Dong Gang', label: '' };
    const { problems } = buildCatalog({
      entries: ENTRIES,
      spec: wrongPack,
      converters: fakeConverters,
      boundaries: noBoundaries,
    });
    expect(problems).toEqual([
      'Pack id "Dong Gang" must be lower-case kebab-case.',
      'The pack needs a label.',
    ]);
  });
});
