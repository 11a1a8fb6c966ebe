import { readFileSync } from 'node:fs';
import { noBoundaries } from '../helpers/no-boundaries';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../data/packs/ningbo-2022/catalog';
import generatedMatchIndex from '../../data/generated/ningbo-2022.match.json';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { entryParts } from '../../lib/pack/entry-parts';
import { buildPack } from '../../lib/catalog/build-pack';
import type { CatalogSpec, Converters } from '../../lib/catalog/catalog-spec';
import { defaultBoundaries, defaultEdgeLexicon } from '../../lib/catalog/default-boundaries';
import { defaultConverters } from '../../lib/catalog/default-converters';
import { findQuotedPhrases } from '../../lib/interview/quoted-phrases';
import { InterviewParseError } from '../../lib/interview/parse-interview';
import type { Term } from '../../lib/pack/types';
import { createFoldTable, foldUnit } from '../../lib/text/fold';

const TRADITIONAL: Readonly<Record<string, string>> = { 东: '東', 湾: '灣', 里: '裡' };
const fakeConverters: Converters = {
  toTraditional: (text) => [Array.from(text, (c) => TRADITIONAL[c] ?? c).join('')],
  toPinyin: (text) => Array.from(text, () => 'x'),
};

const SOURCE = ['1', '问:东港怎么样?', '答:大家都说“在东港,都挺好”。', '海湾里有新气象。'].join(
  '\n',
);

const SPEC: CatalogSpec = {
  packId: 'donggang-2024',
  label: '东港访谈',
  subjects: { place: ['东港', '东港市'], region: [] },
  terms: [
    { id: 'dou-tinghao', text: '在东港，都挺好', tier: 'distinctive', aliases: ['在东港,都挺好'] },
    { id: 'haiwan-liyou', text: '海湾里有', tier: 'generic' },
  ],
};

describe('buildPack with made-up data', () => {
  const build = buildPack({
    source: SOURCE,
    spec: SPEC,
    converters: fakeConverters,
    boundaries: noBoundaries,
  });

  it('parses the source and attaches the catalog', () => {
    expect(build.problems).toEqual([]);
    expect(build.pack).toMatchObject({
      id: 'donggang-2024',
      label: '东港访谈',
      subjects: { place: ['东港', '东港市'], region: [] },
    });
    expect(build.pack.entries.map((e) => e.paragraphs.map((p) => p.text))).toEqual([
      ['大家都说“在东港，都挺好”。', '海湾里有新气象。'],
    ]);
    expect(build.pack.terms.map((t) => [t.id, t.quoted, t.occurrences.length])).toEqual([
      ['dou-tinghao', true, 1],
      ['haiwan-liyou', false, 1],
    ]);
  });

  it('gives the content script folded forms, deduplicated, and no interview text', () => {
    expect(build.matchIndex).toEqual({
      packId: 'donggang-2024',
      charFold: '東东灣湾裡里',
      subjects: { place: ['东港', '东港市'], region: [] },
      terms: [
        {
          id: 'dou-tinghao',
          tier: 'distinctive',
          // The slogan names its place, so each spelling is self-evident.
          forms: ['在东港,都挺好', '在东港·都挺好', '在东港都挺好'].map((text) => ({
            text,
            needsEvidence: false,
            edges: { before: '', after: '' },
          })),
        },
        {
          id: 'haiwan-liyou',
          tier: 'generic',
          forms: [{ text: '海湾里有', needsEvidence: true, edges: { before: '', after: '' } }],
          // A generic term keeps the interview's two characters beside it (海湾里有新气象),
          // and no more of its text.
          collocations: { before: [], after: ['新气'] },
        },
      ],
    });
    expect(JSON.stringify(build.matchIndex)).not.toContain('新气象');
  });

  it('passes catalog problems through instead of throwing', () => {
    const withMissing = buildPack({
      source: SOURCE,
      spec: { ...SPEC, terms: [SPEC.terms[1]!] },
      converters: fakeConverters,
      boundaries: noBoundaries,
    });
    expect(withMissing.problems).toEqual([
      'Q1 paragraph 1 quotes “在东港，都挺好”, which is not in the catalog: add it with a tier.',
    ]);
  });

  it('throws only when the text cannot be parsed', () => {
    expect(() =>
      buildPack({
        source: '这是一段没有问答结构的文字。\n还有一行。',
        spec: SPEC,
        converters: fakeConverters,
        boundaries: noBoundaries,
      }),
    ).toThrow(InterviewParseError);
  });
});

describe('buildPack on the real Ningbo pack with the real converters', () => {
  const source = readFileSync(
    join(import.meta.dirname, '../../data/packs/ningbo-2022/source.txt'),
    'utf8',
  );
  const build = buildPack({
    source,
    spec: catalog,
    converters: defaultConverters,
    boundaries: defaultBoundaries(defaultEdgeLexicon()),
  });
  const { pack, matchIndex } = build;
  const term = (text: string): Term => {
    const found = pack.terms.find((t) => t.text === text);
    if (!found) throw new Error(`no term ${text}`);
    return found;
  };

  it('has at least 45 terms and no problems', () => {
    expect(pack.terms.length).toBeGreaterThanOrEqual(45);
    expect(build.problems).toEqual([]);
  });

  it('finds every term at least once, and a term in every entry', () => {
    for (const t of pack.terms) expect(t.occurrences.length, t.text).toBeGreaterThan(0);
    for (const entry of pack.entries) {
      expect(
        pack.terms.some((t) => t.occurrences.some((o) => o.qa === entry.number)),
        `Q${entry.number}`,
      ).toBe(true);
    }
  });

  it('points every occurrence at text that spells the term', () => {
    for (const t of pack.terms) {
      for (const o of t.occurrences) {
        const entry = pack.entries.find((e) => e.number === o.qa)!;
        const text = entryParts(entry).find((p) => p.part === o.part)!.text;
        expect([t.text, ...t.aliases], `${t.id} at Q${o.qa}/${o.part}`).toContain(
          text.slice(o.start, o.end),
        );
      }
    }
  });

  it('lists every quoted phrase of the interview as a quoted term', () => {
    const quoted = pack.entries.flatMap((e) =>
      entryParts(e).flatMap((p) => findQuotedPhrases(p.text)),
    );
    expect(quoted.length).toBeGreaterThan(30);
    for (const phrase of quoted) expect(term(phrase).quoted, phrase).toBe(true);
    expect(term('八大攻坚行动').quoted).toBe(false);
  });

  it('assigns the documented tiers', () => {
    for (const text of ['两个先行', '浙里甬有', '锋领港城'])
      expect(term(text).tier, text).toBe('distinctive');
    for (const text of ['两个维护', '三不腐', '放管服'])
      expect(term(text).tier, text).toBe('national');
    for (const text of ['主旋律', '全生命周期', '最大优势'])
      expect(term(text).tier, text).toBe('generic');
  });

  it('computes Taiwan and Hong Kong forms', () => {
    expect(term('浙里甬有').traditional).toEqual(expect.arrayContaining(['浙裡甬有', '浙裏甬有']));
    expect(term('两个先行').traditional).toContain('兩個先行');
  });

  it('computes toneless pinyin and initials', () => {
    expect(term('两个先行')).toMatchObject({ pinyin: 'liang ge xian xing', initials: 'lgxx' });
    expect(term('浙里甬有')).toMatchObject({ pinyin: 'zhe li yong you', initials: 'zlyy' });
  });

  it('folds 裡 and 裏 to 里 and 兩 to 两 in the match index', () => {
    const table = createFoldTable(matchIndex.charFold);
    const fold = (char: string): string => String.fromCharCode(foldUnit(table, char.charCodeAt(0)));
    expect(fold('裡')).toBe('里');
    expect(fold('裏')).toBe('里');
    expect(fold('兩')).toBe('两');
    expect(fold('里')).toBe('里');
  });

  it('is what npm run data generated and the extension bundles', () => {
    expect(matchIndex).toEqual(generatedMatchIndex);
    expect(pack).toEqual(bundledPacks[0]);
  });
});
