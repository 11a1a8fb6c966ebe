import { describe, expect, it } from 'vitest';
import { noBoundaries } from '../helpers/no-boundaries';
import type { Converters } from '../../lib/catalog/catalog-spec';
import {
  buildImportedPack,
  packFingerprint,
  type ImportTools,
} from '../../lib/library/import-pack';
import { PACK_FORMAT, type PackFile } from '../../lib/library/pack-file';

/** No Traditional forms, one `x` per syllable. */
const fakeConverters: Converters = {
  toTraditional: (text) => [text],
  toPinyin: (text) => [...text].map(() => 'x'),
};

/** No dictionary: no word crosses an edge, and nothing is a word of its own. */
const tools: ImportTools = {
  converters: fakeConverters,
  boundaries: noBoundaries,
};

const Q1 = '柳湾村靠什么致富?';
const Q1_P1 = '靠荷塘经济,也靠美丽乡村建设。';
const Q2 = '柳湾双乡怎么讲?';
const Q2_P1 = '柳湾双乡就是水乡和花乡。';
const Q2_P2 = '荷塘产业一年比一年好。';

/** A made-up interview of two entries about a made-up village, as a reader would import it. */
function villagePackFile(): PackFile {
  return {
    format: PACK_FORMAT,
    version: 1,
    id: 'liuwan-2020',
    meta: { title: '柳湾村访谈', source: '乡村周刊', url: 'https://example.org/liuwan' },
    entries: [
      {
        number: 1,
        id: 'qa-1',
        question: Q1,
        paragraphs: [{ id: 'qa-1-p1', n: 1, text: Q1_P1 }],
        captions: [],
      },
      {
        number: 2,
        id: 'qa-2',
        question: Q2,
        paragraphs: [
          { id: 'qa-2-p1', n: 1, text: Q2_P1 },
          { id: 'qa-2-p2', n: 2, text: Q2_P2 },
        ],
        captions: [{ text: '柳湾村的荷塘。', afterParagraph: 2 }],
      },
    ],
    catalog: {
      terms: [
        { id: 'liuwan-shuangxiang', text: '柳湾双乡', tier: 'distinctive' },
        { id: 'hetang-jingji', text: '荷塘经济', tier: 'generic', aliases: ['荷塘产业'] },
        { id: 'meili-xiangcun', text: '美丽乡村', tier: 'national' },
      ],
      subjects: { place: ['柳湾', '柳湾村'], region: ['河西'] },
    },
  };
}

/** Where `term` first occurs in `text`, as an occurrence of entry `qa`, part `part`. */
const occurrence = (qa: number, part: number, text: string, term: string) => ({
  qa,
  part,
  start: text.indexOf(term),
  end: text.indexOf(term) + term.length,
});

describe('buildImportedPack', () => {
  it('builds the pack the file describes, labelled with its title and keeping its meta', () => {
    const file = villagePackFile();
    const build = buildImportedPack(file, tools);
    expect(build.problems).toEqual([]);
    expect(build.warnings).toEqual([]);
    expect(build.pack).toMatchObject({
      id: 'liuwan-2020',
      label: '柳湾村访谈',
      meta: { title: '柳湾村访谈', source: '乡村周刊', url: 'https://example.org/liuwan' },
      subjects: { place: ['柳湾', '柳湾村'], region: ['河西'] },
    });
    expect(build.pack.entries).toEqual(file.entries);
    expect(build.pack.terms.map((term) => [term.id, term.tier, term.aliases])).toEqual([
      ['liuwan-shuangxiang', 'distinctive', []],
      ['hetang-jingji', 'generic', ['荷塘产业']],
      ['meili-xiangcun', 'national', []],
    ]);
  });

  it('finds each term, and its alias, where the interview has it', () => {
    const { pack } = buildImportedPack(villagePackFile(), tools);
    expect(pack.terms.map((term) => term.occurrences)).toEqual([
      [occurrence(2, 0, Q2, '柳湾双乡'), occurrence(2, 1, Q2_P1, '柳湾双乡')],
      [occurrence(1, 1, Q1_P1, '荷塘经济'), occurrence(2, 2, Q2_P2, '荷塘产业')],
      [occurrence(1, 1, Q1_P1, '美丽乡村')],
    ]);
    expect(pack.terms[2]!.occurrences[0]).toEqual({ qa: 1, part: 1, start: 8, end: 12 });
  });

  it('derives pinyin and Traditional forms with the converters it is given', () => {
    const plain = buildImportedPack(villagePackFile(), tools).pack.terms[0]!;
    expect(plain).toMatchObject({ pinyin: 'x x x x', initials: 'xxxx', traditional: [] });

    const build = buildImportedPack(villagePackFile(), {
      ...tools,
      converters: {
        toTraditional: (text) => [text.replaceAll('乡', '鄉')],
        toPinyin: (text) => [...text].map((_, i) => `s${i}`),
      },
    });
    expect(build.pack.terms[2]).toMatchObject({
      text: '美丽乡村',
      traditional: ['美丽鄉村'],
      pinyin: 's0 s1 s2 s3',
      initials: 'ssss',
    });
    expect(build.matchIndex.charFold).toBe('鄉乡');
  });

  it('gives the content world a match index of the pack without its interview text', () => {
    const { matchIndex } = buildImportedPack(villagePackFile(), tools);
    expect(matchIndex.packId).toBe('liuwan-2020');
    expect(matchIndex.subjects).toEqual({ place: ['柳湾', '柳湾村'], region: ['河西'] });
    expect(matchIndex.terms.map((term) => [term.id, term.forms.map((form) => form.text)])).toEqual([
      ['liuwan-shuangxiang', ['柳湾双乡']],
      ['hetang-jingji', ['荷塘经济', '荷塘产业']],
      ['meili-xiangcun', ['美丽乡村']],
    ]);
    // A term naming the village marks anywhere; the others need the page to be about it.
    expect(matchIndex.terms.map((term) => term.forms[0]!.needsEvidence)).toEqual([
      false,
      true,
      true,
    ]);
    expect(JSON.stringify(matchIndex)).not.toContain('水乡和花乡');
  });

  it('keeps meta without url or date as it is', () => {
    const file = { ...villagePackFile(), meta: { title: '柳湾', source: '' } };
    expect(buildImportedPack(file, tools).pack.meta).toStrictEqual({ title: '柳湾', source: '' });
  });

  it('lists a term that never occurs as a problem, and still builds the rest', () => {
    const file = villagePackFile();
    file.catalog.terms.push({ id: 'huaxiang-jie', text: '花乡节', tier: 'generic' });
    const build = buildImportedPack(file, tools);
    expect(build.problems).toEqual([
      'Term “花乡节” (huaxiang-jie) does not occur in the interview.',
    ]);
    expect(build.pack.terms.map((term) => term.occurrences.length)).toEqual([2, 2, 1, 0]);
  });

  it('accepts an entry without a term, and a quoted phrase the reader left out', () => {
    const file = villagePackFile();
    file.entries.push({
      number: 5,
      id: 'qa-5',
      question: '以后呢?',
      paragraphs: [{ id: 'qa-5-p1', n: 1, text: '慢慢来，说“不着急”。' }],
      captions: [],
    });
    // A reader keeps the terms they want; only the curated bundled packs must cover everything.
    expect(buildImportedPack(file, tools).problems).toEqual([]);
  });
});

describe('packFingerprint', () => {
  const fingerprint = packFingerprint(villagePackFile());

  it('is short text of two parts', () => {
    expect(fingerprint).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });

  it('is the same for the same entries and catalog, whatever the id and meta', () => {
    const renamed: PackFile = {
      ...villagePackFile(),
      id: 'liuwan-copy',
      meta: { title: '另一个名字', source: '别处' },
    };
    expect(packFingerprint(renamed)).toBe(fingerprint);
    expect(packFingerprint(JSON.parse(JSON.stringify(villagePackFile())) as PackFile)).toBe(
      fingerprint,
    );
  });

  it('differs when one character of a paragraph changes', () => {
    const file = villagePackFile();
    file.entries[1]!.paragraphs[1]!.text = Q2_P2.replace('好', '旺');
    expect(file.entries[1]!.paragraphs[1]!.text).toHaveLength(Q2_P2.length);
    expect(packFingerprint(file)).not.toBe(fingerprint);
  });

  it('differs when the catalog changes', () => {
    const retiered = villagePackFile();
    retiered.catalog.terms[2]!.tier = 'generic';
    const moreSubjects = villagePackFile();
    moreSubjects.catalog.subjects.region.push('河东');
    const fingerprints = new Set([
      fingerprint,
      packFingerprint(retiered),
      packFingerprint(moreSubjects),
    ]);
    expect(fingerprints.size).toBe(3);
  });
});
