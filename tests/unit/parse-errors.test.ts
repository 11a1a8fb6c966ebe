import { describe, expect, it } from 'vitest';
import {
  binaryDataOffset,
  MAX_ENTRIES,
  MAX_INTERVIEW_CHARS,
  MAX_PARAGRAPH_CHARS,
} from '../../lib/interview/interview-limits';
import { InterviewParseError, parseInterview } from '../../lib/interview/parse-interview';

/** Builds a source text the way extraction leaves it: one block per line. */
const source = (...lines: string[]): string => lines.join('\n');

/** The error `parseInterview` throws for `text`, or a failure when it does not throw one. */
function parseError(text: string): InterviewParseError {
  try {
    parseInterview(text);
  } catch (error) {
    if (error instanceof InterviewParseError) return error;
    throw error;
  }
  throw new Error('expected an InterviewParseError');
}

describe('parseInterview: texts without an interview', () => {
  it('says an empty text is empty, at line 1', () => {
    for (const text of ['', '\n\n', '  \r\n\t\n', '\uFEFF', '\u3000\u3000']) {
      expect(parseError(text).message, JSON.stringify(text)).toBe('line 1: the text is empty');
    }
  });

  it('says what it looked for when no line asks a question', () => {
    const expected = 'line 1: no questions found: expected lines starting with 问：, Q: or 记者：';
    expect(parseError(source('东港的春天', '', '春天来了，他说：真好。')).message).toBe(expected);
    expect(parseError(source('答：只有回答。', '答：还是回答。')).message).toBe(expected);
    // A byline alone asks nothing.
    expect(parseError(source('专访', '记者：张三 李四')).message).toBe(expected);
  });

  it('rejects an answer before the first question, at the answer', () => {
    const error = parseError(source('东港访谈', '答：先回答。', '问：再提问？', '答：好。'));
    expect(error.line).toBe(2);
    expect(error.message).toBe('line 2: an answer before the first question');
  });

  it('rejects an unnumbered question before the first numbered entry', () => {
    const error = parseError(source('问：甲？', '答：乙。', '', '2', '问：丙？', '答：丁。'));
    expect(error.line).toBe(1);
    expect(error.message).toContain('a question before the first numbered entry');
    expect(error.message).toContain('number every entry, or none');
  });
});

describe('parseInterview: entries that do not fit together', () => {
  it('rejects a duplicate entry number at its second appearance', () => {
    const error = parseError(
      source('1', '问:甲?', '答:乙。', '', '2', '问:丙?', '答:丁。', '', '1', '问:戊?', '答:己。'),
    );
    expect(error.line).toBe(9);
    expect(error.message).toBe('line 9: entry number 1 appears twice');
  });

  it('counts a number on a question line and a number on its own line alike', () => {
    const error = parseError(source('1. 问：甲？', '答：乙。', '1', '问：丙？', '答：丁。'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('entry number 1 appears twice');
  });

  it('rejects a numbered entry without an answer, at its number', () => {
    const error = parseError(
      source('1', '问:甲?', '答:乙。', '', '2', '问:丙?', '', '3', '问:丁?', '答:戊。'),
    );
    expect(error.line).toBe(5);
    expect(error.message).toBe('line 5: entry 2 has a question but no answer');
  });

  it('rejects an unnumbered question without an answer, at the question', () => {
    const error = parseError(source('问：甲？', '答：乙。', '问：丙？', '问：丁？', '答：戊。'));
    expect(error.line).toBe(3);
    expect(error.message).toBe('line 3: entry 2 has a question but no answer');
  });

  it('rejects a last entry without an answer', () => {
    expect(parseError(source('1', '问:甲?', '答:乙。', '2', '问:丙?')).line).toBe(4);
    expect(parseError(source('Q: 甲?', 'A: 乙。', 'Q: 丙?')).message).toBe(
      'line 3: entry 2 has a question but no answer',
    );
  });

  it('rejects an entry number with no question', () => {
    const error = parseError(source('1', '2', '问：甲？', '答：乙。'));
    expect(error.line).toBe(1);
    expect(error.message).toBe('line 1: entry 1 has no question');
  });

  it('rejects a second question in a numbered entry, and says how to fix it', () => {
    const error = parseError(source('1', '问:甲?', '答:乙。', '问:丙?', '答:丁。'));
    expect(error.line).toBe(4);
    expect(error.message).toBe(
      'line 4: entry 1 has a second question; number every entry, or none',
    );
  });

  it('rejects a second answer marker, an answer before its question and stray text', () => {
    expect(parseError(source('1', '问:甲?', '答:乙。', '答:丙。')).message).toBe(
      'line 4: entry 1 has a second answer',
    );
    expect(parseError(source('1', '答:乙。', '问:甲?')).message).toBe(
      'line 2: entry 1 answers before it asks',
    );
    expect(parseError(source('1', '说明一下。', '问:甲?', '答:乙。')).message).toBe(
      'line 2: text before the question of entry 1',
    );
    expect(parseError(source('1', '问:甲?', '插一句。', '答:乙。')).message).toBe(
      'line 3: entry 1: text between the question and the answer',
    );
  });

  it('explains why a name that answers once is not taken for a speaker', () => {
    const error = parseError(
      source(
        '记者：东港怎么样？',
        '张三：很好。',
        '他说：确实好。',
        '记者：明年呢？',
        '答：更好。',
      ),
    );
    expect(error.line).toBe(2);
    expect(error.message).toContain('entry 1: "张三：" is not taken for a speaker');
    expect(error.message).toContain('mark the answer with 答：');
  });

  it('throws an Error subclass named InterviewParseError, so callers can catch it generically', () => {
    expect(() => parseInterview('前言')).toThrow(Error);
    expect(() => parseInterview('前言')).toThrow(InterviewParseError);
    expect(parseError('前言').name).toBe('InterviewParseError');
  });
});

describe('parseInterview: limits', () => {
  const qa = source('问：甲？', '答：乙。');

  it('exports the documented limits', () => {
    expect([MAX_INTERVIEW_CHARS, MAX_ENTRIES, MAX_PARAGRAPH_CHARS]).toEqual([
      2_000_000, 500, 20_000,
    ]);
  });

  it('reads a text of exactly the longest length', () => {
    const text = `${'题'.repeat(MAX_INTERVIEW_CHARS - qa.length - 1)}\n${qa}`;
    expect(text).toHaveLength(MAX_INTERVIEW_CHARS);
    expect(parseInterview(text).map((e) => e.question)).toEqual(['甲？']);
  });

  it('rejects a longer text, at the line where it passes the limit', () => {
    const text = `${qa}\n${'题'.repeat(MAX_INTERVIEW_CHARS - qa.length)}`;
    expect(text).toHaveLength(MAX_INTERVIEW_CHARS + 1);
    expect(parseError(text).message).toBe(
      'line 3: the text is 2,000,001 characters long; the limit is 2,000,000',
    );
  });

  const interviewOf = (entries: number): string =>
    Array.from({ length: entries }, (_, i) => `问：第${i + 1}问？\n答：好。`).join('\n');

  it(`reads ${MAX_ENTRIES} entries and rejects one more, at its question`, () => {
    expect(parseInterview(interviewOf(MAX_ENTRIES))).toHaveLength(MAX_ENTRIES);
    expect(parseError(interviewOf(MAX_ENTRIES + 1)).message).toBe(
      `line ${2 * MAX_ENTRIES + 1}: more than 500 entries; split the interview`,
    );
  });

  it('reads a paragraph of exactly the longest length', () => {
    const [entry] = parseInterview(
      source('问：甲？', `答：${'好'.repeat(MAX_PARAGRAPH_CHARS - 1)}。`),
    );
    expect(entry?.paragraphs[0]?.text).toHaveLength(MAX_PARAGRAPH_CHARS);
  });

  it('rejects a longer paragraph, at the line it starts on', () => {
    const long = `${'好'.repeat(MAX_PARAGRAPH_CHARS)}。`;
    expect(parseError(source('问：甲？', `答：${long}`)).message).toBe(
      'line 2: paragraph 1 of entry 1 is longer than 20,000 characters',
    );
    expect(parseError(source(qa, '问：丙？', '答：丁。', long)).message).toBe(
      'line 5: paragraph 2 of entry 2 is longer than 20,000 characters',
    );
  });

  it('measures a paragraph after its broken fragments are joined', () => {
    const half = '好'.repeat(MAX_PARAGRAPH_CHARS / 2);
    const error = parseError(source('问：甲？', `答：${half}`, '', `${half}。`));
    expect(error.line).toBe(2);
    expect(error.message).toContain('paragraph 1 of entry 1 is longer than 20,000 characters');
  });

  it('holds a question to the same limit', () => {
    const error = parseError(source(`问：${'问'.repeat(MAX_PARAGRAPH_CHARS)}？`, '答：好。'));
    expect(error.message).toBe('line 1: the question of entry 1 is longer than 20,000 characters');
  });
});

describe('parseInterview: binary data', () => {
  /** A 1,000-character interview whose answer holds `count` replacement characters. */
  const withReplacements = (count: number): string =>
    `问：甲？\n答：${'\uFFFD'.repeat(count)}${'好'.repeat(992 - count)}。`;

  it('rejects a NUL byte, at its line', () => {
    expect(parseError(source(`问：甲？`, '答：乙\0。')).message).toBe(
      'line 2: this looks like binary data, not text',
    );
  });

  it('tolerates 1% of U+FFFD and rejects more', () => {
    expect(withReplacements(10)).toHaveLength(1000);
    expect(parseInterview(withReplacements(10))).toHaveLength(1);
    expect(parseError(withReplacements(11)).message).toBe(
      'line 2: this looks like binary data, not text',
    );
  });

  it('finds the first sign of binary data, or none', () => {
    expect(binaryDataOffset('问：甲？答：乙。')).toBe(-1);
    expect(binaryDataOffset('ab\0c\0')).toBe(2);
    expect(binaryDataOffset('ab\uFFFD\uFFFD')).toBe(2);
    expect(binaryDataOffset(`\uFFFD${'好'.repeat(99)}`)).toBe(-1);
    expect(binaryDataOffset('')).toBe(-1);
  });
});
