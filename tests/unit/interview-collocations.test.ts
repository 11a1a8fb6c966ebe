import { describe, expect, it } from 'vitest';
import { interviewCollocations, type TermPlace } from '../../lib/catalog/interview-collocations';
import { boundariesFromLexicon } from '../../lib/catalog/lexicon-boundaries';
import { selectEdgeLexicon } from '../../lib/catalog/edge-lexicon';
import type { WordBoundaries } from '../../lib/catalog/match-forms';
import { createFoldTable } from '../../lib/text/fold';

const foldTable = createFoldTable('驅驱動动');
type Everyday = Pick<WordBoundaries, 'isEverydayPair'>;
const nothingEveryday: Everyday = { isEverydayPair: () => false };

/** The places of `term` in `text`. */
const placesOf = (text: string, term: string): TermPlace[] =>
  [...text.matchAll(new RegExp(term, 'g'))].map(({ index }) => ({
    text,
    start: index,
    end: index + term.length,
  }));

const collocations = (texts: string[], term = '主引擎', boundaries: Everyday = nothingEveryday) =>
  interviewCollocations({
    places: texts.flatMap((text) => placesOf(text, term)),
    foldTable,
    boundaries,
  });

describe('interviewCollocations', () => {
  it('takes the two Han characters on each side of every place', () => {
    expect(collocations(['锻强创新驱动主引擎作用', '做强主引擎。'])).toEqual({
      before: ['驱动', '做强'],
      after: ['作用'],
    });
  });

  it('reads past a 的 before the term and past quote marks, folded', () => {
    expect(collocations(['创新驅動的“主引擎”作用'])).toEqual({ before: ['驱动'], after: ['作用'] });
    expect(collocations(['这是「主引擎」'])).toEqual({ before: ['这是'], after: [] });
  });

  it('leaves out only one 的, and only right before the term', () => {
    expect(collocations(['好的的主引擎'])).toEqual({ before: ['好的'], after: [] });
    expect(collocations(['主引擎的作用'])).toEqual({ before: [], after: ['的作'] });
  });

  it('gives nothing for a side cut short by punctuation, Latin or the text’s end', () => {
    expect(collocations(['新，主引擎', 'AI主引擎', '主引擎'])).toBeUndefined();
    expect(collocations(['创新主引擎x1'])).toEqual({ before: ['创新'], after: [] });
  });

  it('leaves out pairs that everyday text puts beside any word', () => {
    const everyday: Everyday = { isEverydayPair: (pair) => pair === '作用' };
    expect(collocations(['创新主引擎作用'], '主引擎', everyday)).toEqual({
      before: ['创新'],
      after: [],
    });
  });

  it('lists each pair once', () => {
    expect(collocations(['创新主引擎', '创新主引擎'])).toEqual({ before: ['创新'], after: [] });
  });
});

describe('isEverydayPair', () => {
  const { isEverydayPair } = boundariesFromLexicon(
    selectEdgeLexicon(
      ['管理 27000 vn', '驱动 700 v', '这 260000 r', '一 217000 m', '驱 900 v', ''].join('\n'),
      1,
    ),
  );

  it('calls a frequent word everyday, and a rarer one not', () => {
    expect(isEverydayPair('管理')).toBe(true);
    expect(isEverydayPair('驱动')).toBe(false);
  });

  it('calls two frequent characters everyday, and not one alone', () => {
    expect(isEverydayPair('这一')).toBe(true);
    expect(isEverydayPair('这驱')).toBe(false);
  });
});
