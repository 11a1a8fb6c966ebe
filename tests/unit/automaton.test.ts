import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  createStreamMatcher,
  type Candidate,
  type Pattern,
} from '../../lib/match/automaton';
import { createFoldTable, foldText } from '../../lib/text/fold';

const foldTable = createFoldTable('裡里裏里兩两個个');

/** Scans `runs` (each a list of text-node chunks) for `forms`; values are form indexes. */
function scan(forms: readonly string[], runs: readonly (readonly string[])[]): Candidate[][] {
  const automaton = buildAutomaton(
    forms.map((form, value) => ({ form: foldText(form, foldTable), value })),
  );
  const stream = createStreamMatcher({ automaton, foldTable });
  return runs.map((chunks) => {
    stream.reset();
    const out: Candidate[] = [];
    let offset = 0;
    for (const chunk of chunks) {
      stream.feed(chunk, offset, out);
      offset += chunk.length;
    }
    return out;
  });
}

/** Scans a single run made of one chunk. */
function scanText(forms: readonly string[], text: string): Candidate[] {
  return scan(forms, [[text]])[0]!;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || a.end - b.end || a.value - b.value;
}

describe('variant tolerance', () => {
  it('matches full- and half-width commas against a half-width pattern', () => {
    const forms = ['在宁波,都挺好'];
    expect(scanText(forms, '说在宁波，都挺好')).toEqual([{ start: 1, end: 8, value: 0 }]);
    expect(scanText(forms, '在宁波,都挺好')).toEqual([{ start: 0, end: 7, value: 0 }]);
    expect(scanText(forms, '在宁波。都挺好')).toEqual([]);
  });

  it('matches a list written with 、 or ， whichever the pattern used', () => {
    for (const form of ['不负千百人、不负十四亿', '不负千百人，不负十四亿']) {
      expect(scanText([form], '不负千百人，不负十四亿')).toHaveLength(1);
      expect(scanText([form], '不负千百人、不负十四亿')).toHaveLength(1);
      expect(scanText([form], '不负千百人, 不负十四亿')).toEqual([{ start: 0, end: 12, value: 0 }]);
    }
  });

  it('matches every dash variant and a doubled dash', () => {
    const forms = ['中国—中东欧国家经贸合作示范区'];
    for (const dash of ['-', '－', '‐', '‑', '‒', '–', '—', '―', '─', '⸺', '⸻', '﹘', '﹣', '−']) {
      const text = `中国${dash}中东欧国家经贸合作示范区`;
      expect(scanText(forms, text), dash).toEqual([{ start: 0, end: text.length, value: 0 }]);
    }
    expect(scanText(forms, '中国——中东欧国家经贸合作示范区')).toEqual([
      { start: 0, end: 16, value: 0 },
    ]);
    expect(scanText(['中国——中东欧'], '中国-中东欧')).toHaveLength(1);
  });

  it('ends a match on the first dash of a run, since the rest are collapsed', () => {
    expect(scanText(['甲-'], '甲——乙')).toEqual([{ start: 0, end: 2, value: 0 }]);
  });

  it('matches middle-dot variants', () => {
    for (const dot of ['·', '・', '•', '‧', '･', '∙', '⋅']) {
      expect(scanText(['浙江有礼·宁波示范'], `浙江有礼${dot}宁波示范`), dot).toHaveLength(1);
    }
    expect(scanText(['浙江有礼·宁波示范'], '浙江有礼●宁波示范')).toEqual([]);
  });

  it('matches across whitespace, line breaks, &nbsp; and zero-width characters', () => {
    expect(scanText(['两个先行'], '两\n个\u00a0先\u200b行')).toEqual([
      { start: 0, end: 7, value: 0 },
    ]);
    expect(scanText(['两个先行'], ' 两　个\r\n\t先\ufeff\u2060行 ')).toEqual([
      { start: 1, end: 11, value: 0 },
    ]);
  });

  it('matches Traditional spellings through the charFold table', () => {
    expect(scanText(['两个先行'], '兩個先行')).toHaveLength(1);
    expect(scanText(['浙里甬有'], '浙裡甬有')).toHaveLength(1);
    expect(scanText(['浙里甬有'], '浙裏甬有')).toEqual([{ start: 0, end: 4, value: 0 }]);
  });
});

describe('streaming over text nodes', () => {
  it('finds a match split over several chunks with original offsets', () => {
    // <b>两个</b>先行: the match starts in the first node and ends in the third.
    const [out] = scan(['两个先行'], [['会上说两', '个', '先行。']]);
    expect(out).toEqual([{ start: 3, end: 7, value: 0 }]);
  });

  it('keeps original offsets when skipped units sit inside the match and at chunk edges', () => {
    // Offsets: 前0 两1 ␠2 | \n3 个4 | \u00a05 先6 | 行7 后8
    const [out] = scan(['两个先行'], [['前两 ', '\n个', '\u00a0先', '行后']]);
    expect(out).toEqual([{ start: 1, end: 8, value: 0 }]);
  });

  it('carries dash collapsing across a chunk boundary', () => {
    const [out] = scan(['中国-中东欧'], [['中国—', '—中东欧']]);
    expect(out).toEqual([{ start: 0, end: 7, value: 0 }]);
  });

  it('does not match across a reset (block boundary)', () => {
    const automaton = buildAutomaton([{ form: '两个先行', value: 7 }]);
    const stream = createStreamMatcher({ automaton, foldTable });
    const out: Candidate[] = [];
    stream.feed('两个', 0, out);
    stream.reset();
    stream.feed('先行', 0, out);
    expect(out).toEqual([]);
    stream.feed('两个先行', 2, out);
    expect(out).toEqual([{ start: 2, end: 6, value: 7 }]);
  });

  it('does not report a dash run split by a reset as collapsed', () => {
    const automaton = buildAutomaton([{ form: '-甲', value: 1 }]);
    const stream = createStreamMatcher({ automaton, foldTable });
    const out: Candidate[] = [];
    stream.feed('—', 0, out);
    stream.reset();
    stream.feed('—甲', 0, out);
    expect(out).toEqual([{ start: 0, end: 2, value: 1 }]);
  });
});

describe('automaton', () => {
  it('reports overlapping and nested patterns', () => {
    const forms = ['打造全球智造创新之都', '全球智造创新之都', '创新', '之都'];
    const out = scanText(forms, '要打造全球智造创新之都。').sort(byPosition);
    expect(out).toEqual([
      { start: 1, end: 11, value: 0 },
      { start: 3, end: 11, value: 1 },
      { start: 7, end: 9, value: 2 },
      { start: 9, end: 11, value: 3 },
    ]);
  });

  it('follows failure links when a prefix restarts inside a partial match', () => {
    expect(scanText(['两个先行'], '两两个先行')).toEqual([{ start: 1, end: 5, value: 0 }]);
    expect(scanText(['aab'], 'aaab')).toEqual([{ start: 1, end: 4, value: 0 }]);
  });

  it('returns to the root on a character outside every pattern', () => {
    expect(scanText(['两个先行'], '两个X先行')).toEqual([]);
    expect(scanText(['两个先行'], '两个的先行')).toEqual([]);
    // The outside character also ends the dash run, so the second dash counts.
    expect(scanText(['-甲'], '—X—甲')).toEqual([{ start: 2, end: 4, value: 0 }]);
  });

  it('reports both values of a duplicate form and ignores empty forms', () => {
    const automaton = buildAutomaton([
      { form: '', value: 9 },
      { form: '甬有', value: 1 },
      { form: '甬有', value: 2 },
    ]);
    const out: Candidate[] = [];
    createStreamMatcher({ automaton, foldTable }).feed('浙里甬有', 0, out);
    expect(out.map((candidate) => candidate.value).sort()).toEqual([1, 2]);
  });

  it('matches nothing when there are no patterns', () => {
    const automaton = buildAutomaton([]);
    const out: Candidate[] = [];
    createStreamMatcher({ automaton, foldTable }).feed('两个先行', 0, out);
    expect(out).toEqual([]);
  });

  it('rejects values that do not fit the int32 output array', () => {
    expect(() => buildAutomaton([{ form: 'a', value: 1.5 }])).toThrow(RangeError);
    expect(() => buildAutomaton([{ form: 'a', value: 2 ** 31 }])).toThrow(RangeError);
  });

  it('uses a table over a remapped alphabet, filled in as transitions are taken', () => {
    const automaton = buildAutomaton([
      { form: 'ab', value: 0 },
      { form: 'bc', value: 1 },
    ]);
    // Alphabet {a, b, c} plus the "not in any pattern" column; states: root, a, ab, b, bc.
    expect(automaton.stride).toBe(4);
    expect(automaton.transitions).toBeInstanceOf(Uint16Array);
    expect(automaton.transitions.length).toBe(5 * 4);
    expect(automaton.alphabet['x'.charCodeAt(0)]).toBe(0);
    expect(automaton.maxLength).toBe(2);
    const [a, b, c] = ['a', 'b', 'c'].map((unit) => automaton.alphabet[unit.charCodeAt(0)]!);
    const taken = () => automaton.transitions.filter((stored) => stored !== 0).length;
    // The build fills in nothing: it finds ab's failure b (root → b) through the trie.
    const afterBuild = taken();
    expect(afterBuild).toBe(0);
    // "ab" then "c": state ab has no child c, so its failure state b's child bc is taken.
    const stateA = automaton.nextState(0, a!);
    const stateAB = automaton.nextState(stateA, b!);
    const stateBC = automaton.nextState(stateAB, c!);
    expect(automaton.nextState(automaton.nextState(0, b!), c!)).toBe(stateBC);
    expect(automaton.transitions[stateAB * automaton.stride + c!]).toBe(stateBC + 1);
    expect(taken()).toBeGreaterThan(afterBuild);
    const out: Candidate[] = [];
    createStreamMatcher({ automaton, foldTable }).feed('xabcx', 0, out);
    expect(out).toEqual([
      { start: 1, end: 3, value: 0 },
      { start: 2, end: 4, value: 1 },
    ]);
  });

  it('switches to 32-bit transitions past 65,536 states and still matches', () => {
    const random = mulberry32(99);
    const patterns: Pattern[] = [];
    for (let value = 0; value < 8000; value++) {
      patterns.push({ form: randomString(random, 12, 'abcdefghijklmnopqrstuvwxyz'), value });
    }
    const automaton = buildAutomaton(patterns);
    expect(automaton.outputStart.length - 1).toBeGreaterThan(0x10000);
    expect(automaton.transitions).toBeInstanceOf(Uint32Array);
    const target = patterns[7999]!;
    const out: Candidate[] = [];
    createStreamMatcher({ automaton, foldTable }).feed(`12${target.form}34`, 0, out);
    expect(out).toContainEqual({ start: 2, end: 14, value: 7999 });
  });
});

describe('symbol table', () => {
  it('gives a symbol to every unit that folds onto a form, and to nothing else', () => {
    const forms = ['浙江有礼,宁波示范', '两个先行', 'ai知行', '中国-中东欧', '甬'];
    const automaton = buildAutomaton(
      forms.map((form, value) => ({ form: foldText(form, foldTable), value })),
    );
    const text =
      '浙江有礼，宁波示范\u0000兩個先\n行ＡＩ知行AI知行中国——中东欧\u200b甬x兩个先行\u00a0';
    const out: Candidate[] = [];
    createStreamMatcher({ automaton, foldTable }).feed(text, 0, out);
    expect(out.map((c) => c.value)).toEqual([0, 1, 2, 2, 3, 4, 1]);
  });
});

describe('property: agrees with a naive indexOf reference', () => {
  for (const seed of [1, 2, 3]) {
    it(`finds exactly the reference occurrences (seed ${seed})`, () => {
      const random = mulberry32(seed);
      const { patterns, charFold, variantsOf } = randomCatalog(random);
      const table = createFoldTable(charFold);
      const folded = randomFoldedText(random, patterns);
      const { text, startOf, endOf } = renderWithVariants({ random, folded, variantsOf });
      // The rendered page must fold back to the text the reference searches.
      expect(foldText(text, table)).toBe(folded);

      const expected: Candidate[] = [];
      patterns.forEach((form, value) => {
        for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
          expected.push({ start: startOf[at]!, end: endOf[at + form.length - 1]!, value });
        }
      });

      const automaton = buildAutomaton(patterns.map((form, value) => ({ form, value })));
      const stream = createStreamMatcher({ automaton, foldTable: table });
      const actual: Candidate[] = [];
      for (let offset = 0; offset < text.length;) {
        const chunk = text.slice(offset, offset + 1 + Math.floor(random() * 40));
        stream.feed(chunk, offset, actual);
        offset += chunk.length;
      }

      expect(expected.length).toBeGreaterThan(500);
      expect(actual.sort(byPosition)).toEqual(expected.sort(byPosition));
    });
  }
});

/** Deterministic PRNG so the property test is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function randomString(random: () => number, length: number, alphabet: string): string {
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, [...alphabet]);
  return text;
}

const PUNCTUATION_VARIANTS: Record<string, readonly string[]> = {
  ',': [',', '，', '、', '﹐', '､'],
  '-': ['-', '—', '——', '－', '–', '―'],
  '·': ['·', '・', '•', '‧'],
};
const SKIP_NOISE = [' ', '\n', '\r\n', '\u00a0', '\u200b', '\u3000', '\ufeff'];

/**
 * ~100 folded patterns over a small CJK pool (so they share prefixes and
 * overlap), some of them substrings of others, plus a Traditional-style
 * variant for part of the pool.
 */
function randomCatalog(random: () => number): {
  patterns: string[];
  charFold: string;
  variantsOf: Map<string, readonly string[]>;
} {
  const pool: string[] = [];
  while (pool.length < 40) {
    const char = String.fromCharCode(0x4e00 + Math.floor(random() * 1000));
    if (!pool.includes(char)) pool.push(char);
  }
  const variantsOf = new Map<string, readonly string[]>(Object.entries(PUNCTUATION_VARIANTS));
  let charFold = '';
  pool.slice(0, 15).forEach((char, index) => {
    const variant = String.fromCharCode(0x8000 + index);
    charFold += variant + char;
    variantsOf.set(char, [char, variant]);
  });

  const symbols = [...pool, ',', '-', '·'];
  const patterns: string[] = [];
  while (patterns.length < 80) {
    let form = '';
    const length = 2 + Math.floor(random() * 7);
    while (form.length < length) {
      const symbol = pick(random, symbols);
      // Folded forms never hold two dashes in a row: they would have collapsed.
      if (symbol === '-' && form.endsWith('-')) continue;
      form += symbol;
    }
    patterns.push(form);
  }
  while (patterns.length < 100) {
    const source = pick(random, patterns);
    const start = Math.floor(random() * (source.length - 1));
    patterns.push(source.slice(start, start + 2 + Math.floor(random() * (source.length - start))));
  }
  return { patterns, charFold, variantsOf };
}

/** Folded text: filler from the pattern pool and outside it, with embedded patterns. */
function randomFoldedText(random: () => number, patterns: readonly string[]): string {
  const filler = [...new Set(patterns.join(''))];
  for (let i = 0; i < 40; i++) filler.push(String.fromCharCode(0x5400 + i));
  let folded = '';
  while (folded.length < 20_000) {
    const piece = random() < 0.08 ? pick(random, patterns) : pick(random, filler);
    // Same rule for the text: a dash after a dash would have collapsed.
    if (piece.startsWith('-') && folded.endsWith('-')) continue;
    folded += piece;
  }
  return folded;
}

/**
 * Renders folded text as a page might spell it (variants, skipped units), and
 * records each folded unit's original start and end offsets.
 */
function renderWithVariants({
  random,
  folded,
  variantsOf,
}: {
  random: () => number;
  folded: string;
  variantsOf: Map<string, readonly string[]>;
}): { text: string; startOf: number[]; endOf: number[] } {
  let text = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (const char of folded) {
    if (random() < 0.15) text += pick(random, SKIP_NOISE);
    const spelling = pick(random, variantsOf.get(char) ?? [char]);
    startOf.push(text.length);
    // Only the first unit of a spelling is emitted (a second dash collapses).
    endOf.push(text.length + 1);
    text += spelling;
  }
  return { text, startOf, endOf };
}
