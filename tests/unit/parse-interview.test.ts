import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../lib/interview/parse-interview';

// The layout of the bundled seed: a line with only the entry number, then 问: and 答:.
// Other layouts are in parse-layouts.test.ts, errors and limits in parse-errors.test.ts.

/** Builds a source text the way extraction leaves it: one block per line, blank lines between. */
const source = (...lines: string[]): string => lines.join('\n');

describe('parseInterview: entries', () => {
  it('reads numbered entries with a question and answer paragraphs, with stable ids', () => {
    const entries = parseInterview(
      source(
        '',
        '2',
        '',
        '问:东港市今年有什么新打算?',
        '',
        '答:我们要建设海上花园城市。',
        '',
        '重点抓好三件事。',
        '',
        '3.',
        '问:明年呢?',
        '答:继续努力。',
      ),
    );
    expect(entries).toEqual([
      {
        number: 2,
        id: 'qa-2',
        question: '东港市今年有什么新打算？',
        paragraphs: [
          { id: 'qa-2-p1', n: 1, text: '我们要建设海上花园城市。' },
          { id: 'qa-2-p2', n: 2, text: '重点抓好三件事。' },
        ],
        captions: [],
      },
      {
        number: 3,
        id: 'qa-3',
        question: '明年呢？',
        paragraphs: [{ id: 'qa-3-p1', n: 1, text: '继续努力。' }],
        captions: [],
      },
    ]);
  });

  it('accepts entry numbers written 7、 and 8． and Windows line endings', () => {
    const entries = parseInterview(
      source('7、', '问:一?', '答:甲。', '8．', '问:二?', '答:乙。').replaceAll('\n', '\r\n'),
    );
    expect(entries.map((e) => e.number)).toEqual([7, 8]);
    expect(entries.map((e) => e.paragraphs[0]?.text)).toEqual(['甲。', '乙。']);
  });

  it('accepts full-width and spaced markers and their Traditional and Latin forms', () => {
    const entries = parseInterview(
      source(
        '1',
        '问：甲市怎么做?',
        '答 : 这样做。',
        '2',
        '問:乙市呢?',
        '答：也这样。',
        '3',
        '记者:丙市呢?',
        'A:一样。',
        '4',
        'Q: 丁市呢?',
        '答:不同。',
      ),
    );
    expect(entries.map((e) => [e.question, e.paragraphs[0]?.text])).toEqual([
      ['甲市怎么做？', '这样做。'],
      ['乙市呢？', '也这样。'],
      ['丙市呢？', '一样。'],
      ['丁市呢？', '不同。'],
    ]);
  });
});

describe('parseInterview: repairing broken paragraphs', () => {
  it('joins a word split across a page break (…的目 / 标…)', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:下一步怎么办?',
        '答:下一步,我们将围绕“建设海湾智造名城”的目',
        '',
        '',
        '标,坚持创新驱动。',
        '',
        '同时抓好民生。',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '下一步，我们将围绕“建设海湾智造名城”的目标，坚持创新驱动。',
      '同时抓好民生。',
    ]);
  });

  it('joins a sentence split after a closing quote (…“某某保” / 等特色…)', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:民生方面呢?',
        '答:我们创新推出“海湾安心保”',
        '',
        '等特色普惠保险产品,让群众更有保障。',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '我们创新推出“海湾安心保”等特色普惠保险产品，让群众更有保障。',
    ]);
  });

  it('joins a question broken across lines', () => {
    const [entry] = parseInterview(
      source('1', '问:东港在推进乡村振兴', '方面有哪些举措?', '答:很多。'),
    );
    expect(entry?.question).toBe('东港在推进乡村振兴方面有哪些举措？');
  });

  it('joins Latin words across a break with one space', () => {
    const [entry] = parseInterview(
      source('1', '问:口号是什么?', '答:我们的口号是 Made in', 'Donggang,人人皆知。'),
    );
    expect(entry?.paragraphs[0]?.text).toBe('我们的口号是 Made in Donggang，人人皆知。');
  });

  it('keeps a paragraph ending in : or ： separate from the list that follows', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:做了哪些工作?',
        '答:主要做了两方面工作:',
        '第一,建港口。',
        '还有两点值得一提：',
        '一是开放。',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '主要做了两方面工作：',
      '第一，建港口。',
      '还有两点值得一提：',
      '一是开放。',
    ]);
  });

  it('keeps paragraphs ending in ！ … ; or a closing quote after 。 separate', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:怎么看?',
        '答:好得很！',
        '真是这样…',
        '他说“干就完了。”',
        '就这样;',
        '结束。',
      ),
    );
    expect(entry?.paragraphs).toHaveLength(5);
  });
});

describe('parseInterview: photo credits', () => {
  it('turns credit lines into captions placed after the paragraphs that precede them', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:港口怎么样?',
        '答:港口越来越好。',
        '',
        '东港港 张三 摄',
        '',
        '开放越来越深。',
        '新华社记者 李四 摄影',
        '城市越来越美。',
        '',
        '图/王五',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '港口越来越好。',
      '开放越来越深。',
      '城市越来越美。',
    ]);
    expect(entry?.captions).toEqual([
      { text: '东港港 张三 摄', afterParagraph: 1 },
      { text: '新华社记者 李四 摄影', afterParagraph: 2 },
      { text: '图/王五', afterParagraph: 3 },
    ]);
  });

  it('still joins a fragment broken around a caption', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:产业怎么样?',
        '答:我们打造了一批',
        '',
        '东港港 张三 摄',
        '',
        '千亿级产业集群。',
        '还要继续努力。',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '我们打造了一批千亿级产业集群。',
      '还要继续努力。',
    ]);
    expect(entry?.captions).toEqual([{ text: '东港港 张三 摄', afterParagraph: 1 }]);
  });

  it('places a caption that sits before the answer at position 0', () => {
    const [entry] = parseInterview(source('1', '问:怎么样?', '图：王五', '答:很好。'));
    expect(entry?.captions).toEqual([{ text: '图：王五', afterParagraph: 0 }]);
    expect(entry?.paragraphs.map((p) => p.text)).toEqual(['很好。']);
  });

  it('keeps a caption with the entry it follows, not the next one', () => {
    const entries = parseInterview(
      source('1', '问:甲?', '答:一。', '二。', '东港港 张三 摄', '2', '问:乙?', '答:三。'),
    );
    expect(entries[0]?.captions).toEqual([{ text: '东港港 张三 摄', afterParagraph: 2 }]);
    expect(entries[1]?.captions).toEqual([]);
  });
});

describe('parseInterview: full-width punctuation', () => {
  it('restores , : ; ? ! next to Chinese and quotes, and at the end of a Chinese paragraph', () => {
    const [entry] = parseInterview(
      source('1', '问:您怎么看“海湾保”?', '答:他说:“好”,大家都赞成;谁反对?没有!', '这个口号叫OK!'),
    );
    expect(entry?.question).toBe('您怎么看“海湾保”？');
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '他说：“好”，大家都赞成；谁反对？没有！',
      '这个口号叫OK！',
    ]);
  });

  it('leaves a number comma and English sentences alone', () => {
    const [entry] = parseInterview(
      source(
        '1',
        '问:投资多少?',
        '答:总投资1,000亿元。',
        '口号是 Hello, world: yes; really? go! 很响亮。',
        'We said: yes, really!',
      ),
    );
    expect(entry?.paragraphs.map((p) => p.text)).toEqual([
      '总投资1,000亿元。',
      '口号是 Hello, world: yes; really? go! 很响亮。',
      'We said: yes, really!',
    ]);
  });
});
