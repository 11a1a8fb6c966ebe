import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../lib/interview/parse-interview';
import type { QaEntry } from '../../lib/pack/types';

// The plain-text layouts users paste. The seed's own layout is in parse-interview.test.ts.

/** Builds a source text the way a user pastes it: one block per line. */
const source = (...lines: string[]): string => lines.join('\n');

/** Each entry as [number, question, answer paragraphs]: what a layout must get right. */
const outline = (entries: readonly QaEntry[]): [number, string, string[]][] =>
  entries.map((e) => [e.number, e.question, e.paragraphs.map((p) => p.text)]);

describe('parseInterview: the number on the question line', () => {
  it('reads 1. 问：, 2、问: and （3）问：', () => {
    const entries = parseInterview(
      source(
        '1. 问：西湾镇今年有什么新打算？',
        '答：建一座渔港。',
        '2、问:渔港建在哪里?',
        '答:建在老码头东边。',
        '',
        '（3）问：什么时候完工？',
        '答：明年春天。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '西湾镇今年有什么新打算？', ['建一座渔港。']],
      [2, '渔港建在哪里？', ['建在老码头东边。']],
      [3, '什么时候完工？', ['明年春天。']],
    ]);
    expect(entries.map((e) => e.id)).toEqual(['qa-1', 'qa-2', 'qa-3']);
  });

  it('reads 1 问：, (4)问： and 5．Q: with the number kept, not renumbered', () => {
    const entries = parseInterview(
      source(
        '1 问：茶园有多大？',
        '答：三千亩。',
        '(4)问：茶叶卖到哪里？',
        '答：全国各地。',
        '5．Q: 明年呢?',
        'A: 再扩一千亩。',
      ),
    );
    expect(entries.map((e) => e.number)).toEqual([1, 4, 5]);
    expect(entries[2]?.question).toBe('明年呢？');
  });

  it('reads a numbered question with no marker when 答： follows it', () => {
    const entries = parseInterview(
      source(
        '1.青山村这几年变化大吗？',
        '答：变化很大。',
        '2. 最大的变化是什么？',
        '',
        '答：路通了。',
        '3、村民怎么看？',
        '答：都说好。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '青山村这几年变化大吗？', ['变化很大。']],
      [2, '最大的变化是什么？', ['路通了。']],
      [3, '村民怎么看？', ['都说好。']],
    ]);
  });

  it('reads a numbered question with a photo credit between it and 答：', () => {
    const [entry] = parseInterview(
      source('1.新码头什么时候启用？', '新码头 王五 摄', '答：下个月。'),
    );
    expect(entry?.question).toBe('新码头什么时候启用？');
    expect(entry?.captions).toEqual([{ text: '新码头 王五 摄', afterParagraph: 0 }]);
  });

  it('reads Chinese numerals: 一、… and 二、问：…, up to 十二、', () => {
    const entries = parseInterview(
      source(
        '一、南岭林场有多少护林员？',
        '答：四十二名。',
        '二、问：他们怎么巡山？',
        '答：每天走二十公里。',
        '十二、还有什么困难？',
        '答：缺一条防火道。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '南岭林场有多少护林员？', ['四十二名。']],
      [2, '他们怎么巡山？', ['每天走二十公里。']],
      [12, '还有什么困难？', ['缺一条防火道。']],
    ]);
  });

  it('joins a numbered question broken across lines before its answer', () => {
    const [entry] = parseInterview(
      source('1. 北塘区在推进老旧小区改造', '方面有哪些举措？', '答：先改管网。'),
    );
    expect(entry?.question).toBe('北塘区在推进老旧小区改造方面有哪些举措？');
  });

  it('keeps numbered lists and decimals inside an answer as paragraphs', () => {
    const entries = parseInterview(
      source(
        '1. 问：今年做了哪些事？',
        '答：主要做了三件事：',
        '1. 修了河堤。',
        '2、建了公园。',
        '一、办了夜市。',
        '1.5亿元投资已经到位。',
        '2. 问：明年呢？',
        '答：继续干。',
      ),
    );
    expect(outline(entries)).toEqual([
      [
        1,
        '今年做了哪些事？',
        [
          '主要做了三件事：',
          '1. 修了河堤。',
          '2、建了公园。',
          '一、办了夜市。',
          '1.5亿元投资已经到位。',
        ],
      ],
      [2, '明年呢？', ['继续干。']],
    ]);
  });

  it('reads no question into a number that merely opens a continuation line', () => {
    const entries = parseInterview(
      source('问：今年全市有', '12 个区县参加评比吗？', '答：是的。', '问：结果呢？', '答：很好。'),
    );
    expect(entries.map((e) => [e.number, e.question])).toEqual([
      [1, '今年全市有12 个区县参加评比吗？'],
      [2, '结果呢？'],
    ]);
  });

  it('reads no question into a list item with a finished paragraph after it', () => {
    const error = (): unknown =>
      parseInterview(
        source('1', '问：做了什么？', '答：两件事：', '1、修路。', '还建了桥。', '答：另外……'),
      );
    expect(error).toThrow('line 6: entry 1 has a second answer');
  });

  it('accepts an entry number alone on its line in brackets or Chinese numerals', () => {
    const entries = parseInterview(
      source('（1）', '问：桥修好了吗？', '答：修好了。', '二、', '问：路呢？', '答：在修。'),
    );
    expect(entries.map((e) => [e.number, e.question])).toEqual([
      [1, '桥修好了吗？'],
      [2, '路呢？'],
    ]);
  });
});

describe('parseInterview: no numbers at all', () => {
  it('numbers the entries 1, 2, 3 in order, one per 问：', () => {
    const entries = parseInterview(
      source(
        '问：东山岛的海鲜为什么出名？',
        '答：水好。',
        '',
        '渔民也勤快。',
        '问：游客多吗？',
        '答：夏天很多。',
        '问：冬天呢？',
        '答：冬天少一些。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '东山岛的海鲜为什么出名？', ['水好。', '渔民也勤快。']],
      [2, '游客多吗？', ['夏天很多。']],
      [3, '冬天呢？', ['冬天少一些。']],
    ]);
    expect(entries[2]?.paragraphs[0]?.id).toBe('qa-3-p1');
  });

  it('opens an entry at every 记者： question', () => {
    const entries = parseInterview(
      source('记者：老街改造花了多久？', '答：两年。', '记者：居民满意吗？', '答：很满意。'),
    );
    expect(entries.map((e) => [e.number, e.question])).toEqual([
      [1, '老街改造花了多久？'],
      [2, '居民满意吗？'],
    ]);
  });

  it('keeps captions with the entry they stand in', () => {
    const entries = parseInterview(
      source('问：新港开通了吗？', '答：开通了。', '新港 王五 摄', '问：运力如何？', '答：很足。'),
    );
    expect(entries.map((e) => e.captions)).toEqual([
      [{ text: '新港 王五 摄', afterParagraph: 1 }],
      [],
    ]);
  });
});

describe('parseInterview: Q: and A:', () => {
  it('reads Q:/A:, Q：/A：, q:/a: and full-width Ｑ：/Ａ：', () => {
    const entries = parseInterview(
      source(
        'Q: 云溪县的茶叶有什么特点?',
        'A: 香气高。',
        'Q：采茶季节是什么时候？',
        'A：清明前后。',
        'q: 价格呢?',
        'a: 每斤三百元。',
        'Ｑ：明年呢？',
        'Ａ：还会涨。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '云溪县的茶叶有什么特点？', ['香气高。']],
      [2, '采茶季节是什么时候？', ['清明前后。']],
      [3, '价格呢？', ['每斤三百元。']],
      [4, '明年呢？', ['还会涨。']],
    ]);
  });

  it('reads markers with mixed colons and spaces around them', () => {
    const entries = parseInterview(
      source(
        '问 ：甲镇有多少人？',
        '答 :  三万人。',
        'Q : 乙镇呢？',
        '答：两万人。',
        '問:丙镇呢?',
        'A ：一万人。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '甲镇有多少人？', ['三万人。']],
      [2, '乙镇呢？', ['两万人。']],
      [3, '丙镇呢？', ['一万人。']],
    ]);
  });

  it('restores full-width punctuation and keeps English answers as written', () => {
    const entries = parseInterview(
      source('Q: 您觉得“慢城”好吗?', 'A: 好,很安静!', 'Q: And in English?', 'A: Quiet, really!'),
    );
    expect(outline(entries)).toEqual([
      [1, '您觉得“慢城”好吗？', ['好，很安静！']],
      [2, 'And in English?', ['Quiet, really!']],
    ]);
  });
});

describe('parseInterview: speakers', () => {
  it('reads a name that opens two answers as the interviewee', () => {
    const entries = parseInterview(
      source(
        '记者：河口镇今年的重点是什么？',
        '王镇长：治水。',
        '',
        '我们要把三条河都清一遍。',
        '记者：钱从哪里来？',
        '王镇长 ：县里补一半。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '河口镇今年的重点是什么？', ['治水。', '我们要把三条河都清一遍。']],
      [2, '钱从哪里来？', ['县里补一半。']],
    ]);
  });

  it('reads 主持人： as the interviewer and two interviewees by name', () => {
    const entries = parseInterview(
      source(
        '主持人：两位怎么看夜经济？',
        '李明：是好事。',
        '主持人：有隐患吗？',
        '赵小红：噪音要管。',
        '主持人：怎么管？',
        '李明：定时段。',
        '主持人：最后一句？',
        '赵小红：一起努力。',
      ),
    );
    expect(outline(entries).map(([, , answer]) => answer)).toEqual([
      ['是好事。'],
      ['噪音要管。'],
      ['定时段。'],
      ['一起努力。'],
    ]);
  });

  it('reads titles (张书记：, 欧阳副市长：) as names', () => {
    const entries = parseInterview(
      source(
        '记者：北湖片区什么时候开工？',
        '欧阳副市长：下个月。',
        '记者：谁来牵头？',
        '张书记：区里牵头。',
        '记者：资金够吗？',
        '欧阳副市长：够。',
        '记者：还有补充吗？',
        '张书记：没有了。',
      ),
    );
    expect(entries.map((e) => e.paragraphs[0]?.text)).toEqual([
      '下个月。',
      '区里牵头。',
      '够。',
      '没有了。',
    ]);
  });

  it('takes the only name at line starts for a speaker even when it opens one answer', () => {
    const entries = parseInterview(
      source('记者：渡口还开吗？', '陈伯：开，天天开。', '记者：开到几点？', '答：晚上六点。'),
    );
    expect(outline(entries)).toEqual([
      [1, '渡口还开吗？', ['开，天天开。']],
      [2, '开到几点？', ['晚上六点。']],
    ]);
  });

  it('leaves 他说： and 时间： in an answer as text', () => {
    const entries = parseInterview(
      source(
        '记者：听说老街要拆？',
        '刘主任：不拆。',
        '他说：老街是宝贝。',
        '时间：2024年5月。',
        '记者：那怎么改？',
        '刘主任：修旧如旧。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '听说老街要拆？', ['不拆。', '他说：老街是宝贝。', '时间：2024年5月。']],
      [2, '那怎么改？', ['修旧如旧。']],
    ]);
  });

  it('leaves a recurring 他说： after 答： answers as text', () => {
    const entries = parseInterview(
      source(
        '问：小学新校舍怎么样？',
        '答：很宽敞。',
        '他说：孩子们很喜欢。',
        '问：食堂呢？',
        '答：也新修了。',
        '他说：饭菜也不错。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '小学新校舍怎么样？', ['很宽敞。', '他说：孩子们很喜欢。']],
      [2, '食堂呢？', ['也新修了。', '他说：饭菜也不错。']],
    ]);
  });

  it('answers a question broken across lines', () => {
    const [entry] = parseInterview(
      source(
        '记者：南湖公园在改造',
        '方面有什么新打算？',
        '周园长：种荷花。',
        '记者：何时开放？',
        '周园长：七月。',
      ),
    );
    expect(entry?.question).toBe('南湖公园在改造方面有什么新打算？');
    expect(entry?.paragraphs.map((p) => p.text)).toEqual(['种荷花。']);
  });

  it('reads the interviewee name only where it follows a question', () => {
    const entries = parseInterview(
      source(
        '记者：水库修好了吗？',
        '孙工：修好了。',
        '孙工：我再补充一句。',
        '记者：能用多久？',
        '孙工：五十年。',
      ),
    );
    expect(entries[0]?.paragraphs.map((p) => p.text)).toEqual(['修好了。', '孙工：我再补充一句。']);
  });
});

describe('parseInterview: lines before the first question', () => {
  it('leaves out a headline, byline, date and source', () => {
    const entries = parseInterview(
      source(
        '让老城焕发新活力',
        '——访东城区区长马力',
        '记者：张三 李四',
        '2024年5月1日',
        '来源：东城日报',
        '',
        '问：老城改造难在哪里？',
        '答：难在人。',
        '问：怎么办？',
        '答：多商量。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '老城改造难在哪里？', ['难在人。']],
      [2, '怎么办？', ['多商量。']],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/焕发|张三|2024|东城日报/);
  });

  it('leaves out lines before the first numbered entry', () => {
    const entries = parseInterview(
      source(
        '海岛来信',
        '本报记者 王五',
        '1',
        '问：岛上通网了吗？',
        '答：通了。',
        '2',
        '问：快吗？',
        '答：很快。',
      ),
    );
    expect(entries.map((e) => [e.number, e.question])).toEqual([
      [1, '岛上通网了吗？'],
      [2, '快吗？'],
    ]);
  });

  it('tells a 记者： byline from the 记者： who asks', () => {
    const entries = parseInterview(
      source(
        '记者：张三 通讯员：李四',
        '记者：夜市开了多久？',
        '吴老板：三年了。',
        '记者：生意好吗？',
        '吴老板：还行。',
      ),
    );
    expect(outline(entries)).toEqual([
      [1, '夜市开了多久？', ['三年了。']],
      [2, '生意好吗？', ['还行。']],
    ]);
  });
});

describe('parseInterview: how the text was saved', () => {
  const lines = ['问：南坡的梨熟了吗？', '答：熟了，', '正在摘。', '问：甜吗？', '答：很甜。'];
  const expected = [
    [1, '南坡的梨熟了吗？', ['熟了，正在摘。']],
    [2, '甜吗？', ['很甜。']],
  ];

  it('reads Windows and old Mac line ends', () => {
    expect(outline(parseInterview(lines.join('\r\n')))).toEqual(expected);
    expect(outline(parseInterview(lines.join('\r')))).toEqual(expected);
  });

  it('ignores a leading byte-order mark', () => {
    expect(outline(parseInterview(`\uFEFF${lines.join('\n')}`))).toEqual(expected);
  });

  it('ignores trailing whitespace, full-width indents and blank lines at the end', () => {
    const padded = lines.map((l) => `\u3000\u3000${l} \t\u3000`).join('\n');
    expect(outline(parseInterview(`${padded}\n \n\t\n`))).toEqual(expected);
  });
});

describe('parseInterview: markup is text', () => {
  it('keeps HTML and script tags literal in questions and paragraphs', () => {
    const entries = parseInterview(
      source(
        '问：<b>网页</b>里的 <img src=x onerror=alert(1)> 会怎样？',
        '答：<script>alert("hi")</script>这段不会运行。',
        '&amp; 和 &lt;p&gt; 也照原样保留。',
        '问：还有呢？',
        '答：<!-- 注释 --> 也是文字。',
      ),
    );
    expect(entries[0]?.question).toBe('<b>网页</b>里的 <img src=x onerror=alert(1)> 会怎样？');
    expect(entries[0]?.paragraphs.map((p) => p.text)).toEqual([
      '<script>alert("hi")</script>这段不会运行。',
      '&amp; 和 &lt;p&gt; 也照原样保留。',
    ]);
    expect(entries[1]?.paragraphs[0]?.text).toBe('<!-- 注释 --> 也是文字。');
  });
});
