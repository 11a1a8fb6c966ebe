import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, readEntryNumber } from '../../lib/interview/entry-number';

describe('readEntryNumber', () => {
  it('reads a number alone on its line, with or without a mark', () => {
    const marked: [string, number][] = [
      ['3.', 3],
      ['4、', 4],
      ['5．', 5],
      ['6)', 6],
      ['（7）', 7],
      ['(8)', 8],
      ['( 9 )', 9],
      ['一、', 1],
      ['（十）', 10],
    ];
    for (const [text, number] of marked) {
      expect(readEntryNumber(text), text).toEqual({ number, rest: '', unmarked: false });
    }
    expect(readEntryNumber('2')).toEqual({ number: 2, rest: '', unmarked: true });
    expect(readEntryNumber('123')).toEqual({ number: 123, rest: '', unmarked: true });
  });

  it('splits a number from the question it opens', () => {
    expect(readEntryNumber('1. 问：甲？')).toEqual({
      number: 1,
      rest: '问：甲？',
      unmarked: false,
    });
    expect(readEntryNumber('12、乙？')).toEqual({ number: 12, rest: '乙？', unmarked: false });
    expect(readEntryNumber('（3）问：丙？')).toEqual({
      number: 3,
      rest: '问：丙？',
      unmarked: false,
    });
    expect(readEntryNumber('二十一、丁？')).toEqual({ number: 21, rest: '丁？', unmarked: false });
  });

  it('marks digits followed only by a space as unmarked', () => {
    expect(readEntryNumber('4 问：戊？')).toEqual({ number: 4, rest: '问：戊？', unmarked: true });
  });

  it('reads no number from a decimal, a year, a word or a malformed numeral', () => {
    for (const text of [
      '1.5亿元',
      '2024年',
      '2024.',
      '一是开放。',
      '一二、',
      '零、',
      '第一，',
      '百、',
      '',
      '问：1.',
    ]) {
      expect(readEntryNumber(text), text).toBeUndefined();
    }
  });
});

describe('chineseNumeralValue', () => {
  it('reads numerals up to 999', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['两', 2],
      ['九', 9],
      ['十', 10],
      ['十二', 12],
      ['一十五', 15],
      ['二十', 20],
      ['三十四', 34],
      ['一百', 100],
      ['一百零五', 105],
      ['一百〇五', 105],
      ['三百二十', 320],
      ['九百九十九', 999],
    ];
    for (const [numeral, value] of cases) expect(chineseNumeralValue(numeral), numeral).toBe(value);
  });

  it('rejects zero and malformed numerals', () => {
    for (const numeral of ['零', '〇', '百', '十十', '二二', '一千', '五十百', '']) {
      expect(chineseNumeralValue(numeral), numeral).toBeUndefined();
    }
  });
});
