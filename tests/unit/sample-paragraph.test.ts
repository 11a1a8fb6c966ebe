import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { sampleParagraph } from '../../lib/pack/sample-paragraph';
import type { Pack, Term } from '../../lib/pack/types';

const term = (id: string, tier: Term['tier'], places: [number, number][]): Term => ({
  id,
  text: id,
  tier,
  aliases: [],
  traditional: [],
  pinyin: '',
  initials: '',
  quoted: false,
  occurrences: places.map(([qa, part]) => ({ qa, part, start: 0, end: 1 })),
});

function pack(paragraphs: string[], terms: Term[]): Pack {
  return {
    id: 'p',
    label: 'p',
    subjects: { place: [], region: [] },
    entries: [
      {
        number: 1,
        id: 'qa-1',
        question: '问',
        paragraphs: paragraphs.map((text, i) => ({ id: `qa-1-p${i + 1}`, n: i + 1, text })),
        captions: [],
      },
    ],
    terms,
  };
}

describe('sampleParagraph', () => {
  it('prefers the short paragraph with the most distinct distinctive terms', () => {
    const sample = sampleParagraph(
      pack(
        ['一二三', '四五六七', '长'.repeat(300)],
        [
          term('a', 'distinctive', [[1, 1]]),
          term('b', 'generic', [
            [1, 1],
            [1, 2],
          ]),
          term('c', 'distinctive', [
            [1, 2],
            [1, 3],
          ]),
          term('d', 'distinctive', [
            [1, 2],
            [1, 3],
          ]),
          term('e', 'distinctive', [
            [1, 3],
            [1, 0],
          ]),
        ],
      ),
    );
    // The third has three distinctive terms but is too long to show.
    expect(sample).toEqual({ id: 'qa-1-p2', text: '四五六七' });
  });

  it('breaks ties by terms of any tier, then by length, and ignores the question', () => {
    const sample = sampleParagraph(
      pack(
        ['一二三四', '五六七', '八九'],
        [
          term('a', 'distinctive', [
            [1, 1],
            [1, 2],
            [1, 3],
          ]),
          term('b', 'national', [
            [1, 1],
            [1, 2],
            [1, 0],
          ]),
        ],
      ),
    );
    expect(sample?.id).toBe('qa-1-p2');
  });

  it('takes a long paragraph when no short one has a term, and nothing when none has', () => {
    expect(
      sampleParagraph(pack(['短', '长'.repeat(300)], [term('a', 'generic', [[1, 2]])]))?.id,
    ).toBe('qa-1-p2');
    expect(sampleParagraph(pack(['短'], [term('a', 'generic', [[1, 0]])]))).toBeUndefined();
  });

  it('finds a sample in the bundled interview that holds several distinctive terms', () => {
    const pack = bundledPacks[0]!;
    const sample = sampleParagraph(pack)!;
    const distinctive = pack.terms.filter(
      (t) => t.tier === 'distinctive' && sample.text.includes(t.text),
    );
    expect(distinctive.length).toBeGreaterThanOrEqual(2);
    expect(sample.text.length).toBeLessThanOrEqual(200);
  });
});
