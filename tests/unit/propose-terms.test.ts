import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../data/packs/ningbo-2022/catalog';
import { defaultEdgeLexicon } from '../../lib/catalog/default-boundaries';
import { readEdgeLexicon } from '../../lib/catalog/edge-lexicon';
import { selectPlaceNames, type PlaceNames } from '../../lib/catalog/place-names';
import { proposeCatalog } from '../../lib/catalog/propose-terms';
import { parseInterview } from '../../lib/interview/parse-interview';
import { findQuotedPhrases } from '../../lib/interview/quoted-phrases';
import { entryParts } from '../../lib/pack/entry-parts';
import { createLexicon } from '../../lib/text/segment';

const lexicon = createLexicon([
  ['主', 10000],
  ['平台', 3000],
  ['主旋律', 300],
  ['唱响', 200],
  ['两个', 20000],
  ['先行', 1000],
  ['中央', 5000],
  ['统筹', 800],
  ['党建', 900],
  ['引领', 700],
  ['建设', 20000],
  ['推进', 8000],
  ['我们', 30000],
  ['深入', 6000],
  ['调研', 900],
  ['基层', 2000],
  ['港航', 60],
  ['联盟', 2000],
  ['社会主义', 9000],
  ['坚持', 7000],
  ['发展', 30000],
  ['海洋', 5000],
  ['今后', 3000],
  ['如何', 9000],
  ['心', 9000],
  ['向', 9000],
  ['党', 9000],
]);

/** Made-up places: 东港 (short form 澄) in the province 海州, and 西港, whose province is unknown. */
const placeNames: PlaceNames = {
  version: 1,
  places: [
    { name: '海州', kind: 'province' },
    { name: '山州', kind: 'province' },
    { name: '京州', kind: 'province' },
    { name: '东港', kind: 'city', province: '海州' },
    { name: '西港', kind: 'city' },
    { name: '京州', kind: 'city', province: '京州' },
  ],
  shortForms: { 海: '海州', 澄: '东港', 京: '京州' },
};

/** A made-up interview, in the form users import. */
const INTERVIEW = `
2
问：东港今后如何发展？
答：东港要走在“两个先行”前列，唱响“主旋律”，建好“主平台”，做到“党建引领、中央统筹”。
我们深入调研，建设东港港航联盟；推进“中央商务智造新城”和“澄心向党”。
3
问：西港呢？
答：我们深入基层，社会主义好，社会主义强。主平台之外，东港港航联盟、中央商务智造新城也将发力。
港城通勤快线一条。
`;

const propose = (source: string) =>
  proposeCatalog({ entries: parseInterview(source), lexicon, placeNames });
const { terms, subjects } = propose(INTERVIEW);
const term = (text: string) => terms.find((t) => t.text === text);

describe('proposeCatalog terms', () => {
  it('proposes every quoted phrase once, counted in all the text, before the repeated names', () => {
    expect(term('主平台')).toMatchObject({ reason: 'quoted', count: 2 });
    expect(term('中央商务智造新城')).toMatchObject({ reason: 'quoted', count: 2 });
    expect(terms.filter((t) => t.text === '中央商务智造新城')).toHaveLength(1);
    expect(terms.map((t) => t.reason)).toEqual([
      ...Array<string>(6).fill('quoted'),
      'repeated-name',
    ]);
    // Most frequent first, then longest.
    expect(terms.slice(0, 3).map((t) => t.text)).toEqual([
      '中央商务智造新城',
      '主平台',
      '党建引领、中央统筹',
    ]);
  });

  it('proposes a repeated name once, whole, and none of its parts or of everyday phrasing', () => {
    expect(terms.filter((t) => t.reason === 'repeated-name')).toEqual([
      {
        id: 'term-7',
        text: '东港港航联盟',
        tier: 'distinctive',
        count: 2,
        reason: 'repeated-name',
      },
    ]);
  });

  it('numbers the terms in order', () => {
    expect(terms.map((t) => t.id)).toEqual(terms.map((_, i) => `term-${i + 1}`));
  });

  it.each([
    ['澄心向党', 'distinctive', 'names the place, although it carries 党'],
    ['中央商务智造新城', 'distinctive', 'is a coinage, although it carries 中央'],
    ['主旋律', 'generic', 'is one lexicon word'],
    ['主平台', 'generic', 'is two common words'],
    ['两个先行', 'distinctive', 'is a numbered slogan, not two common words'],
    ['党建引领、中央统筹', 'national', 'carries 中央'],
  ])('proposes %s as %s: it %s', (text, tier) => {
    expect(term(text)?.tier).toBe(tier);
  });

  it('proposes at most sixty terms', () => {
    const quotes = Array.from(
      { length: 70 },
      (_, i) => `“${String.fromCodePoint(0x4e00 + i)}字号”`,
    );
    const many = propose(`1\n问：哪些？\n答：${quotes.join('，')}。`).terms;
    expect(many).toHaveLength(60);
    expect(new Set(many.map((t) => t.id)).size).toBe(60);
  });
});

describe('proposeCatalog subjects', () => {
  it('takes the city named most, with its short form, and its province', () => {
    // 海 is left out: 海洋 shows it means the sea as often as 海州.
    expect(subjects).toEqual({ place: ['东港', '澄'], region: ['海州'] });
  });

  it('falls back on the province named most when the city’s is unknown', () => {
    expect(propose('1\n问：西港和山州？\n答：山州、海州。').subjects).toEqual({
      place: ['西港'],
      region: ['山州'],
    });
  });

  it('leaves the region empty for a city that is its own province', () => {
    expect(propose('1\n问：京州呢？\n答：京州和山州。').subjects).toEqual({
      place: ['京州', '京'],
      region: [],
    });
  });

  it('proposes no subject for an interview that names no place', () => {
    expect(propose('1\n问：今后如何发展？\n答：坚持社会主义。').subjects).toEqual({
      place: [],
      region: [],
    });
  });
});

describe('proposeCatalog on the Ningbo interview', () => {
  const dictionary = readFileSync(
    createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'),
    'utf8',
  );
  const ningbo = {
    entries: parseInterview(
      readFileSync(join(import.meta.dirname, '../../data/packs/ningbo-2022/source.txt'), 'utf8'),
    ),
    lexicon: readEdgeLexicon(defaultEdgeLexicon()),
    placeNames: selectPlaceNames(dictionary),
  };
  const proposal = proposeCatalog(ningbo);

  it('proposes Ningbo as the place and Zhejiang as the region', () => {
    expect(proposal.subjects).toEqual({ place: ['宁波', '甬'], region: ['浙江', '浙'] });
  });

  it('proposes at least 80% of the quoted phrases the curated catalog lists', () => {
    const quoted = new Set(
      ningbo.entries.flatMap((e) => entryParts(e).flatMap((part) => findQuotedPhrases(part.text))),
    );
    const curated = catalog.terms.filter((t) => quoted.has(t.text)).map((t) => t.text);
    const proposed = new Set(proposal.terms.map((t) => t.text));
    expect(curated.length).toBeGreaterThan(20);
    expect(curated.filter((text) => proposed.has(text)).length).toBeGreaterThanOrEqual(
      0.8 * curated.length,
    );
  });

  it('proposes for a 20-entry interview of 20,000 characters within a sanity bound', () => {
    const paragraphs = ningbo.entries.flatMap((e) => e.paragraphs.map((p) => p.text));
    const source = Array.from({ length: 20 }, (_, i) => {
      const answer = paragraphs.filter((_, j) => (i + j) % 2 === 0).join('\n');
      return `${i + 1}\n问：第${i + 1}问？\n答：${answer}`;
    }).join('\n');
    const long = parseInterview(source);
    expect(long).toHaveLength(20);
    const length = long.flatMap(entryParts).reduce((sum, part) => sum + part.text.length, 0);
    expect(length).toBeGreaterThan(20_000);
    const start = performance.now();
    const { terms: longTerms } = proposeCatalog({ ...ningbo, entries: long });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(longTerms).toHaveLength(60);
  });
});
