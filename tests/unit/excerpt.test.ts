import { describe, expect, it } from 'vitest';
import { excerptAround, type Excerpt } from '../../lib/interview/excerpt';

/** The excerpt of the first occurrence of `match` in `text`. */
function around(text: string, match: string, maxLength?: number): Excerpt {
  const start = text.indexOf(match);
  expect(start, `“${match}” must occur in the text`).toBeGreaterThanOrEqual(0);
  return excerptAround({ text, start, end: start + match.length, maxLength });
}

const passage = (e: Excerpt): string => e.before + e.match + e.after;

// Three sentences of eight characters each.
const S1 = '东港是港口城市。';
const S2 = '港口是最大资源。';
const S3 = '开放是最大优势。';
const TEXT = S1 + S2 + S3;

describe('excerptAround: sentence boundaries', () => {
  it('cuts the sentence around the match when there is no room for more', () => {
    expect(around(TEXT, '最大资源', 8)).toEqual({
      before: '港口是',
      match: '最大资源',
      after: '。',
      clippedStart: false,
      clippedEnd: false,
    });
    expect(passage(around(TEXT, '最大资源', 15))).toBe(S2);
  });

  it('ends sentences at ！ ？ ； … and their half-width forms', () => {
    for (const end of ['！', '？', '；', '…', '!', '?', ';']) {
      const text = `甲乙${end}丙丁。`;
      expect(passage(around(text, '丙', 3)), end).toBe('丙丁。');
      expect(passage(around(text, '乙', 3)), end).toBe(`甲乙${end}`);
    }
  });

  it('does not end a sentence at a comma or colon', () => {
    expect(passage(around('甲，乙：丙。丁。', '乙', 6))).toBe('甲，乙：丙。');
  });

  it('keeps closing quotes with the sentence they close', () => {
    const text = '他说“好。”然后走了。';
    expect(around(text, '好', 6)).toMatchObject({ before: '他说“', after: '。”' });
    expect(around(text, '然后', 5)).toMatchObject({ before: '', after: '走了。' });
  });

  it('takes the whole text when it has no sentence end', () => {
    expect(around('东港很美', '很美')).toEqual({
      before: '东港',
      match: '很美',
      after: '',
      clippedStart: false,
      clippedEnd: false,
    });
  });
});

describe('excerptAround: growing to neighbouring sentences', () => {
  it('adds the following sentence first while it fits', () => {
    const e = around(TEXT, '最大资源', 16);
    expect(e.before).toBe('港口是');
    expect(e.after).toBe(`。${S3}`);
    expect(passage(around(TEXT, '最大资源', 23))).toBe(S2 + S3);
  });

  it('adds the preceding sentence when the following one does not fit', () => {
    expect(passage(around(TEXT, '最大优势', 16))).toBe(S2 + S3);
    const text = `甲乙丙。${S2}${'很长的句子'.repeat(3)}。`;
    expect(passage(around(text, '最大资源', 12))).toBe(`甲乙丙。${S2}`);
  });

  it('grows on both sides up to maxLength', () => {
    expect(passage(around(TEXT, '最大资源', 24))).toBe(TEXT);
    expect(passage(around(TEXT, '最大资源', 1000))).toBe(TEXT);
  });

  it('defaults to 160 characters', () => {
    const sentence = (n: number): string => `${'字'.repeat(n - 1)}。`;
    const fits = sentence(80) + `中${sentence(79)}` + sentence(80);
    expect(passage(around(fits, '中'))).toHaveLength(160);
    const tooLong = sentence(81) + `中${sentence(80)}` + sentence(81);
    expect(passage(around(tooLong, '中'))).toHaveLength(81);
  });
});

describe('excerptAround: clipping an over-long sentence', () => {
  it('clips both sides around a match in the middle, and says so', () => {
    const text = `${'甲'.repeat(50)}东港${'乙'.repeat(48)}。`;
    const e = around(text, '东港', 20);
    expect(passage(e).length).toBeLessThanOrEqual(20);
    expect(e.match).toBe('东港');
    expect(e.before.length).toBeGreaterThan(0);
    expect(e.after.length).toBeGreaterThan(0);
    expect(Math.abs(e.before.length - e.after.length)).toBeLessThanOrEqual(1);
    expect(text).toContain(passage(e));
    expect(e.clippedStart).toBe(true);
    expect(e.clippedEnd).toBe(true);
  });

  it('does not flag the side that reaches the sentence start', () => {
    const e = around(`东港${'乙'.repeat(98)}。`, '东港', 20);
    expect(e.before).toBe('');
    expect(e.clippedStart).toBe(false);
    expect(e.clippedEnd).toBe(true);
    expect(passage(e).length).toBeLessThanOrEqual(20);

    const afterSentence = `短句。东港${'乙'.repeat(98)}。`;
    const f = around(afterSentence, '东港', 20);
    expect(f.before).toBe('');
    expect(f.clippedStart).toBe(false);
    expect(f.clippedEnd).toBe(true);
  });

  it('keeps a match longer than maxLength whole, with nothing around it', () => {
    const text = `前面的话${'长'.repeat(30)}后面的话。`;
    const e = around(text, '长'.repeat(30), 10);
    expect(e).toEqual({
      before: '',
      match: '长'.repeat(30),
      after: '',
      clippedStart: true,
      clippedEnd: true,
    });
  });
});

describe('excerptAround: regressions', () => {
  it('grows back over a previous sentence that ends inside closing quotes', () => {
    const excerpt = excerptAround({ text: '甲说“乙。”丙丁。', start: 6, end: 7, maxLength: 100 });
    expect(excerpt.before).toBe('甲说“乙。”');
    expect(excerpt.match).toBe('丙');
    expect(excerpt.after).toBe('丁。');
  });
});
