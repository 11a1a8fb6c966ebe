import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery } from '../../lib/search/normalize-query';
import { createFoldTable } from '../../lib/text/fold';

const foldTable = createFoldTable('兩两個个裡里');
const normalize = (query: string) => normalizeQuery({ query, foldTable });

describe('normalizeQuery', () => {
  it('trims, collapses whitespace and applies NFKC', () => {
    expect(normalize('  两个 \t\n 先行  ').text).toBe('两个 先行');
    expect(normalize('ＡＢＣ１２３').text).toBe('ABC123');
    expect(normalize('u\u0308').text).toBe('ü');
  });

  it('folds Traditional characters, width, case and spaces for matching', () => {
    expect(normalize('兩個 先行').folded).toBe('两个先行');
    expect(normalize('在宁波，都挺好').folded).toBe(normalize('在宁波,都挺好').folded);
    expect(normalize('ABC').folded).toBe('abc');
  });

  it('reads a Latin-only query as pinyin: lower case, no spaces or apostrophes', () => {
    expect(normalize(' Liangge  XianXing ').pinyin).toBe('lianggexianxing');
    expect(normalize("xi'an").pinyin).toBe('xian');
    expect(normalize('xi’an').pinyin).toBe('xian');
    expect(normalize('zhuxuanlü').pinyin).toBe('zhuxuanlü');
    expect(normalize('ZHUXUANLÜ').pinyin).toBe('zhuxuanlü');
  });

  it('keeps the syllable breaks of a Latin query, one space each', () => {
    expect(normalize(" Liang  ge'xian ’xing ").syllables).toBe('liang ge xian xing');
    expect(normalize('lianggexianxing').syllables).toBe('lianggexianxing');
    expect(normalize('两个').syllables).toBeUndefined();
  });

  it('does not read mixed, numeric or markup input as pinyin', () => {
    for (const query of ['两个xianxing', 'lgxx2', '<b>lgxx</b>', "'", '']) {
      expect(normalize(query).pinyin, query).toBeUndefined();
      expect(normalize(query).syllables, query).toBeUndefined();
    }
  });

  it('cuts very long input to MAX_QUERY_LENGTH code points without splitting a pair', () => {
    expect(normalize('两'.repeat(10_000)).text).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalize('😀'.repeat(10_000)).text;
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it('keeps the cut after collapsing whitespace, so padding does not eat the query', () => {
    expect(normalize(' '.repeat(150) + '两个先行').folded).toBe('两个先行');
  });

  it('removes lone surrogates and invisible format characters', () => {
    expect(normalize('\ud800两个\udc00先行\ud83d').text).toBe('两个先行');
    expect(normalize('\u202b两个先行\u202c\u200f').text).toBe('两个先行');
    expect(normalize('😀').text).toBe('😀');
  });

  it('leaves HTML-looking text as text', () => {
    expect(normalize('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });
});
