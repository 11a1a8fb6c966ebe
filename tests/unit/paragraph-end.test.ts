import { describe, expect, it } from 'vitest';
import { endsParagraph, joinFragments } from '../../lib/interview/paragraph-end';

describe('endsParagraph', () => {
  it('accepts sentence-final punctuation, full- or half-width', () => {
    for (const text of [
      '好。',
      '好！',
      '好？',
      '好…',
      '如下：',
      '如下:',
      '好；',
      '好;',
      'ok.',
      'ok!',
      'ok?',
    ]) {
      expect(endsParagraph(text), text).toBe(true);
    }
  });

  it('looks through closing quotes and brackets, and trailing spaces', () => {
    for (const text of ['他说“好。”', '（完。）', '「好！」』', "'ok.'", '好。  ']) {
      expect(endsParagraph(text), text).toBe(true);
    }
  });

  it('treats anything else as a fragment, including a phrase closed by a quote', () => {
    for (const text of ['的目', '推出“海湾安心保”', '甲，', '甲、', '（注）', '', '   ', '”']) {
      expect(endsParagraph(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('joinFragments', () => {
  it('joins Chinese without a space and trims the seam', () => {
    expect(joinFragments('的目 ', '  标，坚持')).toBe('的目标，坚持');
    expect(joinFragments('“海湾安心保”', '等特色')).toBe('“海湾安心保”等特色');
  });

  it('puts one space between Latin words or digits', () => {
    expect(joinFragments('Made in', 'Donggang')).toBe('Made in Donggang');
    expect(joinFragments('到2035', '2年')).toBe('到2035 2年');
    expect(joinFragments('Made in', '东港')).toBe('Made in东港');
  });
});
