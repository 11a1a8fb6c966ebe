import { describe, expect, it } from 'vitest';
import { createLexicon, segment, type Lexicon } from '../../lib/text/segment';

/** The words of the likeliest segmentation, for readable expectations. */
function words(text: string, lexicon: Lexicon): string[] {
  const cuts = segment(text, lexicon);
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

describe('createLexicon', () => {
  const lexicon = createLexicon([
    ['研究', 30],
    ['生命', 60],
    ['研究生', 10],
  ]);

  it('scores a word by the log of its share of the total frequency', () => {
    expect(lexicon.logProb('生命')).toBeCloseTo(Math.log(60 / 100), 12);
    expect(lexicon.logProb('研究生')).toBeCloseTo(Math.log(10 / 100), 12);
    expect(lexicon.unknownLogProb).toBeCloseTo(-Math.log(100), 12);
  });

  it('tells apart the words it holds from those it lacks', () => {
    expect(lexicon.logProb('生')).toBeUndefined();
    expect(lexicon.frequency('生命')).toBe(60);
    expect(lexicon.frequency('生')).toBe(0);
    expect(lexicon.words().sort()).toEqual(['生命', '研究', '研究生']);
    expect(lexicon.maxWordLength).toBe(3);
  });

  it('adds up repeated entries and skips empty words and non-positive frequencies', () => {
    const merged = createLexicon([
      ['平台', 2],
      ['平台', 3],
      ['', 100],
      ['主', 0],
      ['宿', -4],
      ['台', Number.NaN],
    ]);
    expect(merged.frequency('平台')).toBe(5);
    expect(merged.words()).toEqual(['平台']);
    // Only the kept mass counts towards the total.
    expect(merged.logProb('平台')).toBeCloseTo(0, 12);
  });

  it('scores against a given total instead of its own sum', () => {
    const selection = createLexicon([['生命', 60]], { total: 6000 });
    expect(selection.logProb('生命')).toBeCloseTo(Math.log(60 / 6000), 12);
    expect(selection.unknownLogProb).toBeCloseTo(-Math.log(6000), 12);
  });

  it('never scores against a total below one', () => {
    expect(createLexicon([], { total: 0.5 }).unknownLogProb).toBeCloseTo(0, 12);
    const empty = createLexicon([]);
    expect(empty.unknownLogProb).toBeCloseTo(0, 12);
    expect(empty.maxWordLength).toBe(1);
    expect(empty.words()).toEqual([]);
  });
});

describe('segment', () => {
  it('returns offsets from 0 to the end, both included', () => {
    const lexicon = createLexicon([['研究', 1]]);
    expect(segment('研究', lexicon)).toEqual([0, 2]);
    expect(segment('', lexicon)).toEqual([0]);
  });

  it('takes the likeliest path, not the longest first word', () => {
    const lexicon = createLexicon([
      ['研究', 100],
      ['研究生', 50],
      ['生命', 100],
      ['命', 10],
    ]);
    expect(words('研究生命', lexicon)).toEqual(['研究', '生命']);
    expect(segment('研究生命', lexicon)).toEqual([0, 2, 4]);
  });

  it('follows the frequencies when they favour the other path', () => {
    const lexicon = createLexicon([
      ['研究', 100],
      ['研究生', 1000],
      ['生命', 10],
      ['命', 1000],
    ]);
    expect(words('研究生命', lexicon)).toEqual(['研究生', '命']);
  });

  it('cuts characters the lexicon lacks into one-character words', () => {
    const lexicon = createLexicon([['平台', 10]]);
    expect(words('宿主平台', lexicon)).toEqual(['宿', '主', '平台']);
    expect(words('龘靐', lexicon)).toEqual(['龘', '靐']);
    expect(words('平台ab', lexicon)).toEqual(['平台', 'a', 'b']);
  });

  it('prefers a frequent word to a rare one that overlaps it', () => {
    const lexicon = createLexicon([
      ['主平', 1],
      ['平台', 100],
    ]);
    expect(words('宿主平台', lexicon)).toEqual(['宿', '主', '平台']);
  });

  it('keeps the longer first word on a tie', () => {
    // With a total of 1 every listed word scores log(1) = 0, so all paths tie.
    const tied = createLexicon(
      [
        ['中国', 1],
        ['国人', 1],
        ['中', 1],
        ['国', 1],
        ['人', 1],
      ],
      { total: 1 },
    );
    expect(words('中国', tied)).toEqual(['中国']);
    expect(words('中国人', tied)).toEqual(['中国', '人']);
  });

  it('lets the total decide between fewer, rarer words and more, commoner ones', () => {
    // One word of frequency 1 against two of 100 each: the pair wins while
    // the total is below 100 × 100 / 1, the single word above it.
    const entries = [
      ['研究生', 1],
      ['研究', 100],
      ['生', 100],
    ] as const;
    expect(words('研究生', createLexicon(entries))).toEqual(['研究', '生']);
    expect(words('研究生', createLexicon(entries, { total: 100_000 }))).toEqual(['研究生']);
  });

  it('looks no further than the longest word', () => {
    const lexicon = createLexicon([
      ['一', 1],
      ['二', 1],
    ]);
    expect(lexicon.maxWordLength).toBe(1);
    expect(segment('一二一', lexicon)).toEqual([0, 1, 2, 3]);
  });
});
