import { describe, expect, it } from 'vitest';
import {
  readEdgeLexicon,
  selectEdgeLexicon,
  type EdgeLexiconFile,
} from '../../lib/catalog/edge-lexicon';

/** A jieba-format dictionary: `word frequency tag` lines. */
const DICTIONARY = [
  '的 318825 uj',
  '增强 3000 v',
  '服务 8000 vn',
  '强 2000 a',
  '罕 5 a',
  '好不容易 100 l',
  '一心一意地 400 d',
  '宿主 99 n',
  'AI 600 eng',
  'iPhone 300 n',
  '卡拉OK 500 n',
  '',
].join('\n');
const DICTIONARY_TOTAL = 318825 + 3000 + 8000 + 2000 + 5 + 100 + 400 + 99 + 600 + 300 + 500;

/** Every word a file holds, by undoing its grouping. */
function wordsOf(file: EdgeLexiconFile): string[] {
  return Object.entries(file.groups)
    .flatMap(([key, words]) => {
      const length = Number(key.split(':')[0]);
      return Array.from({ length: words.length / length }, (_, i) =>
        words.slice(i * length, (i + 1) * length),
      );
    })
    .sort();
}

describe('selectEdgeLexicon', () => {
  const file = selectEdgeLexicon(DICTIONARY, 100);

  it('keeps Han words of up to four characters from the minimum frequency up', () => {
    expect(wordsOf(file)).toEqual(['增强', '好不容易', '强', '服务', '的', '罕'].sort());
  });

  it('keeps every single character, however rare', () => {
    expect(wordsOf(file)).toContain('罕');
  });

  it('drops rarer words, longer words and words with Latin letters', () => {
    for (const word of ['宿主', '一心一意地', 'AI', 'iPhone', '卡拉OK'])
      expect(wordsOf(file), word).not.toContain(word);
  });

  it('takes the total over the whole dictionary, dropped words included', () => {
    expect(file.total).toBe(DICTIONARY_TOTAL);
    expect(file).toMatchObject({ version: 1, minFrequency: 100 });
  });

  it('groups words by length and by tenths of the log of their frequency', () => {
    expect(file.groups[`2:${Math.round(Math.log(3000) * 10)}`]).toBe('增强');
    expect(file.groups[`4:${Math.round(Math.log(100) * 10)}`]).toBe('好不容易');
  });

  it('skips lines without a positive frequency', () => {
    const odd = selectEdgeLexicon(['的 10 uj', '了', '在 x p', '是 0 v', ' 5 x'].join('\n'), 1);
    expect(wordsOf(odd)).toEqual(['的']);
    expect(odd.total).toBe(10);
  });
});

describe('readEdgeLexicon', () => {
  const frequencies: Readonly<Record<string, number>> = {
    的: 318825,
    增强: 3000,
    服务: 8000,
    强: 2000,
    罕: 5,
    好不容易: 100,
  };
  // Through JSON, as the build writes the file and the options page reads it.
  const file = JSON.parse(JSON.stringify(selectEdgeLexicon(DICTIONARY, 100))) as EdgeLexiconFile;
  const lexicon = readEdgeLexicon(file);

  it('gives back every kept word at its frequency, within a twentieth of its log', () => {
    expect(lexicon.words().sort()).toEqual(Object.keys(frequencies).sort());
    for (const [word, frequency] of Object.entries(frequencies)) {
      const read = lexicon.frequency(word);
      expect(Math.abs(Math.log(read / frequency)), word).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('scores words against the whole dictionary’s total', () => {
    expect(lexicon.unknownLogProb).toBeCloseTo(-Math.log(DICTIONARY_TOTAL), 12);
    expect(lexicon.logProb('服务')!).toBeCloseTo(Math.log(8000 / DICTIONARY_TOTAL), 1);
  });

  it('knows nothing of the words it left out', () => {
    expect(lexicon.frequency('宿主')).toBe(0);
    expect(lexicon.logProb('AI')).toBeUndefined();
    expect(lexicon.maxWordLength).toBe(4);
  });

  it('keeps the rounding within 5% over a wide range of frequencies', () => {
    const lines = Array.from({ length: 200 }, (_, i) => {
      const word = String.fromCharCode(0x4e00 + i);
      return `${word} ${Math.round(1.07 ** i)} x`;
    });
    const wide = readEdgeLexicon(selectEdgeLexicon(lines.join('\n'), 1));
    for (const line of lines) {
      const [word, count] = line.split(' ');
      const ratio = wide.frequency(word!) / Number(count);
      expect(ratio, line).toBeGreaterThanOrEqual(Math.exp(-0.05) - 1e-9);
      expect(ratio, line).toBeLessThanOrEqual(Math.exp(0.05) + 1e-9);
    }
  });

  it('throws on a file of another shape', () => {
    const good = selectEdgeLexicon(DICTIONARY, 100);
    const malformed = [
      { ...good, version: 2 },
      { ...good, total: 0 },
      { ...good, total: -1 },
      { ...good, total: 'many' },
      { ...good, groups: 'the words' },
      { minFrequency: 100, total: 1 },
    ];
    for (const bad of malformed)
      expect(() => readEdgeLexicon(bad as unknown as EdgeLexiconFile), JSON.stringify(bad)).toThrow(
        /not an edge lexicon/,
      );
    expect(() =>
      readEdgeLexicon({ ...good, groups: null } as unknown as EdgeLexiconFile),
    ).toThrow();
  });
});
