import { describe, expect, it } from 'vitest';
import type { Term } from '../../lib/pack/types';
import { pinyinForms } from '../../lib/search/pinyin-forms';

const term = (pinyin: string, initials: string): Term => ({
  id: 't',
  text: '',
  tier: 'generic',
  aliases: [],
  traditional: [],
  pinyin,
  initials,
  quoted: false,
  occurrences: [],
});

describe('pinyinForms', () => {
  it('gives pinyin run together, with spaces, and the initials', () => {
    expect(pinyinForms(term('liang ge xian xing', 'lgxx'))).toEqual([
      { value: 'lianggexianxing', via: 'pinyin', spaced: false },
      { value: 'liang ge xian xing', via: 'pinyin', spaced: true },
      { value: 'lgxx', via: 'initials', spaced: false },
    ]);
  });

  it('spells ü also as v and as u, run together and spaced', () => {
    expect(pinyinForms(term('zhu xuan lü', 'ZXL')).map((f) => f.value)).toEqual([
      'zhuxuanlü',
      'zhu xuan lü',
      'zhuxuanlv',
      'zhu xuan lv',
      'zhuxuanlu',
      'zhu xuan lu',
      'zxl',
    ]);
  });

  it('gives nothing for a term without pinyin', () => {
    expect(pinyinForms(term('', ''))).toEqual([]);
  });
});
