import { describe, expect, it } from 'vitest';
import { intervieweeNames, readSpeakerLine } from '../../lib/interview/speaker';

describe('readSpeakerLine', () => {
  it('reads a name of two to four Han characters before a colon', () => {
    expect(readSpeakerLine('张三：我们做了三件事。')).toEqual({
      name: '张三',
      text: '我们做了三件事。',
    });
    expect(readSpeakerLine('欧阳明远: 好。')).toEqual({ name: '欧阳明远', text: '好。' });
    expect(readSpeakerLine('王市长 ：好。')).toEqual({ name: '王市长', text: '好。' });
  });

  it('reads a surname with a title up to six characters', () => {
    expect(readSpeakerLine('欧阳副市长：好。')?.name).toBe('欧阳副市长');
    expect(readSpeakerLine('司马董事长：好。')?.name).toBe('司马董事长');
  });

  it('reads a name-colon line start whether or not it turns out to be a speaker', () => {
    expect(readSpeakerLine('他说：好。')?.name).toBe('他说');
    expect(readSpeakerLine('时间：2024年')).toEqual({ name: '时间', text: '2024年' });
  });

  it('rejects a colon further in, a one-character name, a long name without a title, or no colon', () => {
    for (const text of [
      '我们主要做了三件事：',
      '东港市委张书记：好。',
      '他：好。',
      '东港市人民政府：好。',
      '东港市政府：好。',
      '张三说了很多',
      ' 张三：好。',
      '张 三：好。',
      'Zhang：好。',
    ]) {
      expect(readSpeakerLine(text), text).toBeUndefined();
    }
  });
});

describe('intervieweeNames', () => {
  it('accepts a name that opens two answers, among other names', () => {
    const names = intervieweeNames([
      { name: '时间', followsQuestion: false },
      { name: '王市长', followsQuestion: true },
      { name: '他说', followsQuestion: false },
      { name: '王市长', followsQuestion: true },
    ]);
    expect([...names]).toEqual(['王市长']);
  });

  it('accepts the only name at line starts when it opens one answer', () => {
    expect([...intervieweeNames([{ name: '陈伯', followsQuestion: true }])]).toEqual(['陈伯']);
    expect([
      ...intervieweeNames([
        { name: '陈伯', followsQuestion: true },
        { name: '陈伯', followsQuestion: false },
      ]),
    ]).toEqual(['陈伯']);
  });

  it('rejects a name that opens one answer while other names start lines', () => {
    const names = intervieweeNames([
      { name: '张三', followsQuestion: true },
      { name: '他说', followsQuestion: false },
    ]);
    expect(names.size).toBe(0);
  });

  it('rejects a name that never follows a question, however often it starts a line', () => {
    const names = intervieweeNames([
      { name: '他说', followsQuestion: false },
      { name: '他说', followsQuestion: false },
      { name: '他说', followsQuestion: false },
    ]);
    expect(names.size).toBe(0);
  });
});
