import { describe, expect, it } from 'vitest';
import { createEdgeTableBuilder } from '../../lib/catalog/edge-tables';
import { crossesAfter, crossesBefore, parseEdgeTable } from '../../lib/match/edges';
import { createLexicon } from '../../lib/text/segment';

const MIN_FREQUENCY = 100;
const MIN_PAIR_FREQUENCY = 3000;

/** A made-up lexicon: frequent words, and rarer single characters around them. */
const WORDS: readonly (readonly [string, number])[] = [
  ['增强', 1000],
  ['服务', 2000],
  ['服务业', 500],
  ['业务', 4000],
  ['强', 300],
  ['增', 10],
  ['服', 20],
  ['务', 20],
  ['业', 20],
  ['加', 200],
  ['为主', 1000],
  ['作为', 5000],
  ['因为', 2000],
  ['行为', 4000],
  ['行', 3000],
  ['奴隶主', 500],
  ['主', 500],
  ['作', 50],
  ['为', 200],
  ['平台', 2000],
];

const builderWith = (extra: readonly (readonly [string, number])[] = []) =>
  createEdgeTableBuilder({
    lexicon: createLexicon([...WORDS, ...extra]),
    minFrequency: MIN_FREQUENCY,
    minPairFrequency: MIN_PAIR_FREQUENCY,
  });
const edgeTable = builderWith();

/** One side of a table as its entries. */
const entries = (side: string) => side.split(' ').filter(Boolean);
/** The crossing contexts of a side, without the kept pairs listed after them. */
const contexts = (side: string) => entries(side).map((entry) => entry.split('!')[0]!);

describe('createEdgeTableBuilder', () => {
  it('lists a character that makes a frequent word with the first one as crossing the edge', () => {
    // 增强|服务 is likelier than 增|强|服务, and 增强 is frequent.
    expect(entries(edgeTable('强服务').before)).toContain('增');
  });

  it('leaves out a word rarer than the minimum frequency', () => {
    expect(entries(builderWith([['加强', 50]])('强服务').before)).not.toContain('加');
    expect(entries(builderWith([['加强', 150]])('强服务').before)).toContain('加');
  });

  it('decides the after side from the last characters (服务|业 in 强服务业)', () => {
    expect(contexts(edgeTable('强服务').after)).toContain('业');
    expect(contexts(edgeTable('强服务').before)).not.toContain('业');
  });

  it('takes two characters of context from a longer word (奴隶主|平台)', () => {
    expect(entries(edgeTable('主平台').before)).toContain('奴隶');
  });

  it('lists a frequent pair that keeps the edge with a bang (作为|主平台, not 作|为主)', () => {
    const before = entries(edgeTable('主平台').before);
    const 为 = before.find((entry) => entry.startsWith('为'));
    expect(为).toContain('作');
    // 因为 would keep the edge too, but is rarer than the pair minimum.
    expect(为).not.toContain('因');
    // 行|为主 is likelier than 行为|主: 行为 does not keep the edge.
    expect(为).not.toContain('行');
    expect(before).not.toContain('行为');
  });

  it('lists pairs on the after side by their first character (强服务|业务)', () => {
    expect(entries(edgeTable('强服务').after)).toContain('业!务');
  });

  it('lists nothing on a side whose edge character is not Han', () => {
    expect(edgeTable('AI平台').before).toBe('');
    expect(edgeTable('强服务ai').after).toBe('');
    expect(edgeTable('服务')).toEqual({ before: '', after: '' });
  });

  it('encodes each side as space-separated contexts, sorted, kept pairs after a bang', () => {
    expect(edgeTable('强服务')).toEqual({ before: '增', after: '业!务' });
    expect(edgeTable('主平台')).toEqual({ before: '为!作 奴隶', after: '' });
    for (const side of Object.values(edgeTable('主平台'))) {
      const listed = contexts(side);
      expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('writes tables the matcher reads back to the same decisions', () => {
    const { before, after } = edgeTable('主平台');
    const verdicts = parseEdgeTable(before, 'before');
    expect(crossesBefore(verdicts, '成为')).toBe(true);
    expect(crossesBefore(verdicts, '作为')).toBe(false);
    expect(crossesBefore(verdicts, '行为')).toBe(true);
    expect(crossesBefore(verdicts, '奴隶')).toBe(true);
    expect(crossesAfter(parseEdgeTable(after, 'after'), '上线')).toBe(false);
  });
});

describe('parseEdgeTable', () => {
  it('reads crossing contexts and, after a bang, pairs that keep the edge', () => {
    expect(parseEdgeTable('倒 为!作因 宿', 'before')).toEqual(
      new Map([
        ['倒', true],
        ['为', true],
        ['作为', false],
        ['因为', false],
        ['宿', true],
      ]),
    );
  });

  it('pairs a kept character after the single one on the after side', () => {
    expect(parseEdgeTable('业!务绩', 'after')).toEqual(
      new Map([
        ['业', true],
        ['业务', false],
        ['业绩', false],
      ]),
    );
  });

  it('reads an empty side, and ignores repeated spaces', () => {
    expect(parseEdgeTable('', 'before').size).toBe(0);
    expect(parseEdgeTable(' 倒  宿 ', 'before')).toEqual(
      new Map([
        ['倒', true],
        ['宿', true],
      ]),
    );
  });
});

describe('crossesBefore', () => {
  const verdicts = parseEdgeTable('为!作 宿 湾省', 'before');

  it('looks at the characters nearest the match, which come last', () => {
    expect(crossesBefore(verdicts, '为')).toBe(true);
    expect(crossesBefore(verdicts, '以宿')).toBe(true);
    expect(crossesBefore(verdicts, '宿以')).toBe(false);
  });

  it('looks the pair up before the single character', () => {
    expect(crossesBefore(verdicts, '作为')).toBe(false);
    expect(crossesBefore(verdicts, '将作为')).toBe(false);
    expect(crossesBefore(verdicts, '成为')).toBe(true);
    expect(crossesBefore(verdicts, '湾省')).toBe(true);
    expect(crossesBefore(verdicts, '省')).toBe(false);
  });

  it('crosses nothing with no context or no table', () => {
    expect(crossesBefore(verdicts, '')).toBe(false);
    expect(crossesBefore(parseEdgeTable('', 'before'), '为')).toBe(false);
  });
});

describe('crossesAfter', () => {
  const verdicts = parseEdgeTable('业!务 湾省', 'after');

  it('looks at the characters nearest the match, which come first', () => {
    expect(crossesAfter(verdicts, '业')).toBe(true);
    expect(crossesAfter(verdicts, '业的')).toBe(true);
    expect(crossesAfter(verdicts, '的业')).toBe(false);
  });

  it('looks the pair up before the single character', () => {
    expect(crossesAfter(verdicts, '业务')).toBe(false);
    expect(crossesAfter(verdicts, '业务员')).toBe(false);
    expect(crossesAfter(verdicts, '业绩')).toBe(true);
    expect(crossesAfter(verdicts, '湾省的')).toBe(true);
    expect(crossesAfter(verdicts, '湾')).toBe(false);
  });

  it('crosses nothing with no context or no table', () => {
    expect(crossesAfter(verdicts, '')).toBe(false);
    expect(crossesAfter(parseEdgeTable('', 'after'), '业')).toBe(false);
  });
});
