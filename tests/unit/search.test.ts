import { describe, expect, it } from 'vitest';
import { bundledMatchIndexes } from '../../data/generated/bundled-match-indexes';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { createSearchIndex } from '../../lib/search/search-index';
import { search } from '../../lib/search/search';
import {
  isPassageResult,
  isTermResult,
  type PassageResult,
  type SearchResult,
  type TermResult,
} from '../../lib/search/search-result';
import { suggest } from '../../lib/search/suggest';

const index = createSearchIndex({
  packs: bundledPacks,
  charFold: bundledMatchIndexes.map((m) => m.charFold).join(''),
});

const terms = (results: SearchResult[]): TermResult[] => results.filter(isTermResult);
const passages = (results: SearchResult[]): PassageResult[] => results.filter(isPassageResult);
const first = (query: string): SearchResult | undefined => search(index, query)[0];
const firstTerm = (query: string): TermResult | undefined => terms(search(index, query))[0];
const paragraphIds = (results: SearchResult[]): string[] =>
  passages(results).map((p) => p.paragraphId);

describe('search: terms by Chinese text', () => {
  it('puts an exact term first with score 0, then its passages', () => {
    const results = search(index, '两个先行');
    expect(results[0]).toMatchObject({
      kind: 'term',
      packId: 'ningbo-2022',
      termId: 'liangge-xianxing',
      score: 0,
      matchedVia: 'text',
      paragraphId: 'qa-2',
    });
    expect(paragraphIds(results)).toEqual(['qa-2', 'qa-2-p1', 'qa-6-p5']);
  });

  it('finds a term from part of it: 甬有 → 浙里甬有 and both Q5 passages', () => {
    const results = search(index, '甬有');
    expect(results[0]).toMatchObject({ kind: 'term', text: '浙里甬有' });
    expect(paragraphIds(results)).toEqual(['qa-5-p3', 'qa-5-p4']);
    for (const p of passages(results)) expect(p.excerpt.match).toBe('甬有');
  });

  it('finds 中国最具幸福感城市 from 幸福感城市', () => {
    const results = search(index, '幸福感城市');
    expect(results[0]).toMatchObject({ kind: 'term', text: '中国最具幸福感城市' });
    expect(paragraphIds(results)).toEqual(['qa-5-p1', 'qa-5-p4']);
  });

  it('finds 营商环境最优市 and the Q3 ¶4 passage from 营商环境', () => {
    const results = search(index, '营商环境');
    expect(results[0]).toMatchObject({ kind: 'term', termId: 'yingshang-zuiyoushi' });
    const passage = passages(results).find((p) => p.paragraphId === 'qa-3-p4');
    expect(passage).toMatchObject({ qa: 3, part: 4, score: 0 });
    expect(passage?.excerpt.match).toBe('营商环境');
    expect(passage?.excerpt.after.startsWith('最优市')).toBe(true);
  });

  it('finds a term by an alias', () => {
    expect(firstTerm('放管服改革')).toMatchObject({
      termId: 'fang-guan-fu',
      score: 0,
      matchedVia: 'alias',
      matchedForm: '放管服改革',
    });
  });

  it("gives a term result its first occurrence's excerpt and paragraph id", () => {
    const term = firstTerm('主旋律');
    expect(term?.paragraphId).toBe('qa-2-p1');
    expect(term?.excerpt.match).toBe('主旋律');
    expect(term?.excerpt.before.endsWith('全力唱响共创共富的“')).toBe(true);
  });
});

describe('search: Traditional and variant input', () => {
  it('folds Traditional input: 兩個先行 finds 两个先行, matched via its Traditional form', () => {
    expect(first('兩個先行')).toMatchObject({
      kind: 'term',
      termId: 'liangge-xianxing',
      score: 0,
      matchedVia: 'traditional',
      matchedForm: '兩個先行',
    });
    expect(paragraphIds(search(index, '兩個先行'))).toEqual(['qa-2', 'qa-2-p1', 'qa-6-p5']);
  });

  it('finds either Traditional variant of 浙里甬有', () => {
    for (const query of ['浙裡甬有', '浙裏甬有']) {
      expect(first(query), query).toMatchObject({ termId: 'zheli-yongyou', score: 0 });
    }
  });

  it('folds punctuation width and spaces inside the query', () => {
    expect(firstTerm('在宁波,都挺好')).toMatchObject({
      termId: 'zai-ningbo-dou-tinghao',
      score: 0,
    });
    expect(firstTerm('  在 宁波， 都挺好 ')).toMatchObject({ termId: 'zai-ningbo-dou-tinghao' });
    expect(firstTerm('浙江有礼・宁波示范')).toMatchObject({ termId: 'zhejiang-youli', score: 0 });
  });

  it('highlights a passage hit as the passage writes it, across folded punctuation', () => {
    const passage = passages(search(index, '在宁波,都挺好'))[0];
    expect(passage?.paragraphId).toBe('qa-5-p1');
    expect(passage?.excerpt.match).toBe('在宁波，都挺好');
  });
});

describe('search: pinyin', () => {
  it.each([
    ['liangge xianxing'],
    ['lianggexianxing'],
    ['LiangGe XianXing'],
    ["liang'ge'xian'xing"],
  ])('%s finds 两个先行 first, as an exact match', (query) => {
    expect(first(query)).toMatchObject({
      kind: 'term',
      termId: 'liangge-xianxing',
      score: 0,
      matchedVia: 'pinyin',
    });
  });

  it('matches a query typed by syllables with the spaced pinyin', () => {
    expect(first('liang ge xian xing')).toMatchObject({
      termId: 'liangge-xianxing',
      score: 0,
      matchedVia: 'pinyin',
      matchedForm: 'liang ge xian xing',
    });
    expect(first("liang'ge'xian'xing")).toMatchObject({ matchedForm: 'liang ge xian xing' });
    expect(first('lianggexianxing')).toMatchObject({ matchedForm: 'lianggexianxing' });
  });

  it('lgxx finds 两个先行 first by its initials', () => {
    expect(first('lgxx')).toMatchObject({
      termId: 'liangge-xianxing',
      score: 0,
      matchedVia: 'initials',
    });
  });

  it('zheliyongyou finds 浙里甬有 first, and the passages where it is said', () => {
    const results = search(index, 'zheliyongyou');
    expect(results[0]).toMatchObject({ termId: 'zheli-yongyou', score: 0 });
    expect(paragraphIds(results)).toEqual(['qa-5-p3', 'qa-5-p4']);
    for (const p of passages(results)) expect(p.excerpt.match).toBe('浙里甬有');
  });

  it('finds ü written as v, u or ü: zhuxuanlv, zhuxuanlu, zhuxuanlü → 主旋律', () => {
    for (const query of ['zhuxuanlv', 'zhuxuanlu', 'zhuxuanlü', 'zhu xuan lü']) {
      expect(first(query), query).toMatchObject({ text: '主旋律', score: 0 });
    }
  });

  it('ranks by prefix while pinyin is being typed', () => {
    expect(firstTerm('lianggex')?.text).toBe('两个先行');
    expect(firstTerm('zheliy')?.text).toBe('浙里甬有');
    const liangge = terms(search(index, 'liangge')).map((t) => t.text);
    expect(liangge).toEqual(expect.arrayContaining(['两个先行', '两个确立', '两个维护']));
  });

  it('forgives a typo in pinyin: zheliyonyou still finds 浙里甬有 first', () => {
    const term = firstTerm('zheliyonyou');
    expect(term?.text).toBe('浙里甬有');
    expect(term?.score).toBeGreaterThan(0);
  });
});

describe('search: partial and slightly wrong input', () => {
  it.each([
    ['营商环竟', 'yingshang-zuiyoushi', 'qa-3-p4', '营商环境'],
    ['浙里勇有', 'zheli-yongyou', 'qa-5-p3', '浙里甬有'],
    ['两个先形', 'liangge-xianxing', 'qa-2', '两个先行'],
    ['中国最具幸福城市', 'xingfugan-chengshi', 'qa-5-p1', '中国最具幸福感城市'],
  ])(
    '%s finds its term and passage, highlighting the words meant',
    (query, termId, paragraphId, match) => {
      const results = search(index, query);
      expect(results[0]).toMatchObject({ kind: 'term', termId });
      expect(results[0]!.score).toBeGreaterThan(0);
      const passage = passages(results).find((p) => p.paragraphId === paragraphId);
      expect(passage?.excerpt.match).toBe(match);
    },
  );

  it('ranks exact passages above fuzzy ones', () => {
    const scores = passages(search(index, '中国最具幸福城市')).map((p) => p.score);
    expect(scores.length).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('finds a passage by a phrase that is no term', () => {
    const results = search(index, '刹住了许多过去');
    expect(terms(results)).toEqual([]);
    expect(passages(results)[0]).toMatchObject({
      paragraphId: 'qa-6-p1',
      qa: 6,
      part: 1,
      score: 0,
    });
  });

  it('finds a question (part 0) with its qa-N paragraphId', () => {
    const passage = passages(search(index, '老百姓最有发言权'))[0];
    expect(passage).toMatchObject({ paragraphId: 'qa-5', qa: 5, part: 0 });
    expect(passage?.question).toContain('老百姓最有发言权');
  });
});

describe('search: ranking', () => {
  it('lists every term before every passage', () => {
    for (const query of ['宁波', '城市', '两个', 'zhu', '主']) {
      const kinds = search(index, query).map((r) => r.kind);
      expect(kinds.indexOf('passage'), query).toBeGreaterThan(0);
      expect(kinds.slice(kinds.indexOf('passage')), query).not.toContain('term');
    }
  });

  it('puts the exact term before longer terms that contain it', () => {
    const results = terms(search(index, '全球智造创新之都'));
    expect(results.map((t) => t.termId).slice(0, 2)).toEqual([
      'quanqiu-zhizao-zhidu',
      'dazao-zhizao-zhidu',
    ]);
    expect(results[0]!.score).toBe(0);
    expect(results[1]!.score).toBeGreaterThan(0);
  });

  it('orders each kind by score', () => {
    for (const query of ['城市', '浙里勇有', 'liang', '示范']) {
      const results = search(index, query);
      for (const list of [terms(results), passages(results)]) {
        const scores = list.map((r) => r.score);
        expect(
          [...scores].sort((a, b) => a - b),
          query,
        ).toEqual(scores);
      }
    }
  });

  it('keeps to the limit and leaves room for passages when many terms match', () => {
    const results = search(index, '城市', { limit: 6 });
    expect(results).toHaveLength(6);
    expect(terms(results).length).toBe(3);
    expect(passages(results).length).toBe(3);
    expect(search(index, '城市', { limit: 0 })).toEqual([]);
  });
});

describe('search: odd input never throws and returns sane results', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \t\n\u3000 '],
    ['zero-width only', '\u200b\u200b'],
    ['emoji', '😀🇨🇳'],
    ['Arabic', 'مرحبا بالعالم'],
    ['Hebrew', 'שלום עולם'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['lone surrogate', '\ud800'],
    ['lone surrogates around emoji', '\udc00😀\ud800'],
  ])('%s returns no results', (_name, query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('ignores invisible bidi controls pasted from RTL text', () => {
    expect(firstTerm('\u202b两个先行\u202c')).toMatchObject({
      termId: 'liangge-xianxing',
      score: 0,
    });
    expect(firstTerm('\u200f浙里甬有\u200e')).toMatchObject({ termId: 'zheli-yongyou', score: 0 });
  });

  it('drops a lone surrogate and searches the rest', () => {
    expect(firstTerm('浙里甬有\ud83d')).toMatchObject({ termId: 'zheli-yongyou', score: 0 });
    expect(search(index, 'lg\udc00xx')).toEqual(search(index, 'lgxx'));
  });

  it('treats emoji as text: a term with emoji is another query, and suggest names the term', () => {
    expect(search(index, '两个先行😀')).toEqual([]);
    expect(suggest(index, '两个先行😀', 1)[0]?.text).toBe('两个先行');
  });

  it('cuts a 10,000-character input to a query that can still match', () => {
    expect(search(index, '两个先行'.repeat(2500))).toEqual([]);
    expect(search(index, 'x'.repeat(10_000))).toEqual([]);
    const paragraph = bundledPacks[0]!.entries[0]!.paragraphs[0]!.text;
    const pasted = (paragraph + ' ').repeat(80);
    expect(pasted.length).toBeGreaterThan(10_000);
    expect(passages(search(index, pasted))[0]?.paragraphId).toBe('qa-2-p1');
  });

  it('returns passages as plain strings, HTML-looking text included', () => {
    for (const result of search(index, '<b>两个先行</b>')) {
      expect(typeof result.excerpt.match).toBe('string');
    }
    expect(search(index, '<b>两个先行</b>')).toEqual([]);
  });
});

describe('suggest', () => {
  it('offers the meant term for a near miss that finds nothing', () => {
    expect(search(index, '浙里拥友')).toEqual([]);
    expect(suggest(index, '浙里拥友', 3)[0]).toEqual({
      packId: 'ningbo-2022',
      termId: 'zheli-yongyou',
      text: '浙里甬有',
    });
  });

  it('offers terms for a query missing characters', () => {
    expect(search(index, '共同富裕先行')).toEqual([]);
    expect(suggest(index, '共同富裕先行', 3).map((s) => s.text)[0]).toBe('共同富裕示范先行');
  });

  it('offers a term for a pinyin near miss', () => {
    expect(suggest(index, 'zhuxuanlyu', 3)[0]?.text).toBe('主旋律');
  });

  it('returns at most n distinct terms', () => {
    const suggestions = suggest(index, '宁波城市发展', 4);
    expect(suggestions).toHaveLength(4);
    expect(new Set(suggestions.map((s) => s.termId)).size).toBe(4);
  });

  it('returns nothing for empty, foreign or markup input', () => {
    for (const query of ['', '   ', '😀', 'שלום', '<img src=x onerror=alert(1)>', '\ud800']) {
      expect(suggest(index, query, 5), query).toEqual([]);
    }
    expect(suggest(index, '两个先行', 0)).toEqual([]);
  });
});

describe('echoQuery', () => {
  it('trims and cuts on whole characters, never leaving half an emoji', async () => {
    const { echoQuery } = await import('../../lib/search/echo-query');
    const echoed = echoQuery(`  a${'😀'.repeat(80)}  `);
    expect(Array.from(echoed)).toHaveLength(60);
    expect(echoed.endsWith('😀')).toBe(true);
    expect(/[\uD800-\uDBFF]$/.test(echoed)).toBe(false);
  });
});
