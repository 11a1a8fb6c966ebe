import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { entryParts } from '../../lib/pack/entry-parts';
import { buildTermCard, type TermCard } from '../../lib/pack/term-card';
import type { Pack } from '../../lib/pack/types';

const pack = bundledPacks[0]!;
const question = (qa: number): string => pack.entries.find((e) => e.number === qa)!.question;

function card(termId: string): TermCard {
  const built = buildTermCard(pack, termId);
  if (!built) throw new Error(`no card for ${termId}`);
  return built;
}

describe('buildTermCard on the bundled Ningbo pack', () => {
  it('names the pack and the term', () => {
    expect(card('zheli-yongyou')).toMatchObject({
      packId: 'ningbo-2022',
      packLabel: pack.label,
      termId: 'zheli-yongyou',
      text: '浙里甬有',
      tier: 'distinctive',
    });
  });

  it('lists 浙里甬有 in Q5 ¶3 and ¶4, each with its paragraphId, question and excerpt', () => {
    const { places } = card('zheli-yongyou');
    expect(places.map((p) => [p.qa, p.part, p.paragraphId])).toEqual([
      [5, 3, 'qa-5-p3'],
      [5, 4, 'qa-5-p4'],
    ]);
    for (const place of places) {
      expect(place.question).toBe(question(5));
      expect(place.excerpt.match).toBe('浙里甬有');
    }
    expect(places[0]?.excerpt.before.endsWith('打造七张“')).toBe(true);
    expect(places[1]?.excerpt.before.endsWith('持续擦亮“')).toBe(true);
  });

  it('paragraphIds a place in a question at the entry, as part 0', () => {
    const [first] = card('liangge-xianxing').places;
    expect(first).toMatchObject({ qa: 2, part: 0, paragraphId: 'qa-2', question: question(2) });
    expect(first?.excerpt.match).toBe('两个先行');
    expect(card('liangge-xianxing').places.map((p) => p.paragraphId)).toEqual([
      'qa-2',
      'qa-2-p1',
      'qa-6-p5',
    ]);
  });

  it('cuts every excerpt of every term from the text it points at', () => {
    for (const term of pack.terms) {
      const { places } = card(term.id);
      expect(places).toHaveLength(term.occurrences.length);
      for (const place of places) {
        const entry = pack.entries.find((e) => e.number === place.qa)!;
        const text = entryParts(entry).find((p) => p.part === place.part)!.text;
        const { before, match, after } = place.excerpt;
        expect([term.text, ...term.aliases]).toContain(match);
        expect(text).toContain(before + match + after);
        expect((before + match + after).length).toBeLessThanOrEqual(Math.max(160, match.length));
      }
    }
  });

  it('returns undefined for an unknown term', () => {
    expect(buildTermCard(pack, 'no-such-term')).toBeUndefined();
    expect(buildTermCard(pack, '')).toBeUndefined();
  });
});

describe('buildTermCard for a Traditional page', () => {
  it('quotes the question and the excerpt in Traditional characters, at the same offsets', () => {
    const simplified = buildTermCard(bundledPacks[0]!, 'liangge-xianxing')!;
    const traditional = buildTermCard(bundledPacks[0]!, 'liangge-xianxing', 'traditional')!;
    const [first] = traditional.places;
    expect(first!.excerpt.match).toBe('兩個先行');
    expect(first!.question).toMatch(/^寧波提出/);
    expect(traditional.places.map((p) => p.paragraphId)).toEqual(
      simplified.places.map((p) => p.paragraphId),
    );
    expect(traditional.text).toBe('兩個先行');
    expect(simplified.text).toBe('两个先行');
  });

  it('falls back to the Simplified text where the pack has no Traditional one', () => {
    const pack = bundledPacks[0]!;
    const bare = {
      ...pack,
      entries: pack.entries.map(({ questionTraditional: _q, ...entry }) => entry),
    };
    const card = buildTermCard(bare, 'liangge-xianxing', 'traditional')!;
    expect(card.places[0]!.excerpt.match).toBe('两个先行');
  });
});

describe('buildTermCard on a made-up pack', () => {
  const made: Pack = {
    id: 'donggang',
    label: '东港访谈',
    subjects: { place: ['东港'], region: [] },
    entries: [
      {
        number: 1,
        id: 'qa-1',
        question: '海湾怎么样？',
        paragraphs: [{ id: 'qa-1-p1', n: 1, text: '海湾很美。' }],
        captions: [],
      },
    ],
    terms: [
      {
        id: 'haiwan',
        text: '海湾',
        tier: 'generic',
        aliases: [],
        traditional: ['海灣'],
        pinyin: 'hai wan',
        initials: 'hw',
        quoted: false,
        occurrences: [
          { qa: 1, part: 0, start: 0, end: 2 },
          { qa: 9, part: 1, start: 0, end: 2 },
          { qa: 1, part: 1, start: 0, end: 2 },
        ],
      },
    ],
  };

  it('skips occurrences in entries the pack does not have', () => {
    expect(buildTermCard(made, 'haiwan')?.places.map((p) => p.paragraphId)).toEqual([
      'qa-1',
      'qa-1-p1',
    ]);
  });

  it('excerpts whole short sentences without clipping', () => {
    expect(buildTermCard(made, 'haiwan')?.places[1]?.excerpt).toEqual({
      before: '',
      match: '海湾',
      after: '很美。',
      clippedStart: false,
      clippedEnd: false,
    });
  });
});
