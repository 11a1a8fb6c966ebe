import { describe, expect, it } from 'vitest';
import { createFoldTable, foldText, foldUnit, FOLDED_DASH, SKIP } from '../../lib/text/fold';

const CHAR_FOLD = '裡里裏里兩两個个';
const table = createFoldTable(CHAR_FOLD);
const fold = (text: string): string => foldText(text, table);
const foldOf = (unit: number): number => foldUnit(table, unit);

describe('createFoldTable', () => {
  it('is the identity for ordinary characters', () => {
    for (const char of ['两', '宁', 'a', '0', '@']) {
      expect(foldOf(char.charCodeAt(0))).toBe(char.charCodeAt(0));
    }
    expect(foldOf(0xffff)).toBe(0xffff);
  });

  it('maps every kind of whitespace, zero-width character and the soft hyphen to SKIP', () => {
    const skipped = [
      0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
      0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad,
    ];
    for (let unit = 0x2000; unit <= 0x200a; unit++) skipped.push(unit);
    for (const unit of skipped) expect(foldOf(unit), unit.toString(16)).toBe(SKIP);
    expect(foldOf(0x200e)).not.toBe(SKIP);
  });

  it('lists every unit it changes', () => {
    const changed = new Set(table.changed);
    for (let unit = 0; unit < 0x10000; unit++)
      if (foldOf(unit) !== unit) expect(changed.has(unit), unit.toString(16)).toBe(true);
    expect(changed.size).toBeLessThan(1000);
  });

  it('leaves no unit folded to an upper-case letter', () => {
    for (let unit = 0; unit < 0x10000; unit++)
      expect(foldOf(unit) < 0x41 || foldOf(unit) > 0x5a, unit.toString(16)).toBe(true);
    expect(fold('ＺＹＸ')).toBe('zyx');
  });

  it('folds full-width ASCII to ASCII, then upper case to lower case', () => {
    expect(fold('ＡＢＣ１２３ａｂｃ')).toBe('abc123abc');
    expect(fold('ABCxyz')).toBe('abcxyz');
    expect(fold('：；？！')).toBe(':;?!');
    expect(foldOf(0xff5e)).toBe(0x7e);
    expect(foldOf(0xff5f)).toBe(0xff5f);
  });

  it('folds the comma class to a half-width comma', () => {
    expect(fold(',，、﹐﹑､')).toBe(',,,,,,');
  });

  it('folds every dash variant to a hyphen-minus', () => {
    for (const dash of '-－‐‑‒–—―─⸺⸻﹘﹣−') {
      expect(foldOf(dash.charCodeAt(0)), dash).toBe(FOLDED_DASH);
    }
  });

  it('folds the small middle dots to U+00B7 but leaves large bullets alone', () => {
    expect(fold('·・•‧･∙⋅')).toBe('·······');
    expect(fold('●')).toBe('●');
  });

  it('applies charFold pairs last, ignoring an odd trailing unit', () => {
    expect(fold('兩個裡裏')).toBe('两个里里');
    const odd = createFoldTable('兩两個');
    expect(foldUnit(odd, '兩'.charCodeAt(0))).toBe('两'.charCodeAt(0));
    expect(foldUnit(odd, '個'.charCodeAt(0))).toBe('個'.charCodeAt(0));
  });

  it('lets a charFold pair override the generic rules and folds its target', () => {
    const custom = createFoldTable('、。ｘＡ');
    expect(foldUnit(custom, '、'.charCodeAt(0))).toBe('。'.charCodeAt(0));
    expect(foldUnit(custom, 'ｘ'.charCodeAt(0))).toBe('a'.charCodeAt(0));
  });
});

describe('foldText', () => {
  it('drops whitespace, line breaks, &nbsp; and zero-width characters between CJK characters', () => {
    expect(fold('两 个\n先\r\n行')).toBe('两个先行');
    expect(fold('浙\u00a0里\u200b甬\ufeff有\u3000')).toBe('浙里甬有');
    expect(fold('不负\u00ad千百人')).toBe('不负千百人');
  });

  it('folds full- and half-width commas alike', () => {
    expect(fold('在宁波，都挺好')).toBe('在宁波,都挺好');
    expect(fold('在宁波,都挺好')).toBe('在宁波,都挺好');
    expect(fold('不负千百人、不负十四亿')).toBe(fold('不负千百人，不负十四亿'));
  });

  it('collapses a run of dashes, even across skipped units', () => {
    const expected = '中国-中东欧国家经贸合作示范区';
    expect(fold('中国——中东欧国家经贸合作示范区')).toBe(expected);
    expect(fold('中国—中东欧国家经贸合作示范区')).toBe(expected);
    expect(fold('中国 - 中东欧国家经贸合作示范区')).toBe(expected);
    expect(fold('中国- —－中东欧国家经贸合作示范区')).toBe(expected);
    expect(fold('a-b--c')).toBe('a-b-c');
  });

  it('folds dot variants in slogans', () => {
    expect(fold('浙江有礼・宁波示范')).toBe('浙江有礼·宁波示范');
    expect(fold('浙江有礼•宁波示范')).toBe('浙江有礼·宁波示范');
  });

  it('folds Traditional characters through charFold', () => {
    expect(fold('兩個先行')).toBe('两个先行');
    expect(fold('浙裡甬有')).toBe('浙里甬有');
    expect(fold('浙裏甬有')).toBe('浙里甬有');
  });

  it('is idempotent and handles texts longer than one fromCharCode slice', () => {
    const long = '两　个—先行'.repeat(5000);
    const once = fold(long);
    expect(once).toBe('两个-先行'.repeat(5000));
    expect(fold(once)).toBe(once);
  });
});
