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
      { value: 'lianggexianxing', via: 'pinyin' },
      { value: 'liang ge xian xing', via: 'pinyin' },
      { value: 'lgxx', via: 'initials' },
    ]);
  });

  it('spells ü also as v and as u', () => {
    expect(pinyinForms(term('zhu xuan lü', 'zxl')).map((f) => f.value)).toEqual([
      'zhuxuanlü',
      'zhu xuan lü',
      'zhuxuanlv',
      'zhuxuanlu',
      'zxl',
    ]);
  });

  it('gives nothing for a term without pinyin', () => {
    expect(pinyinForms(term('', ''))).toEqual([]);
  });
});
