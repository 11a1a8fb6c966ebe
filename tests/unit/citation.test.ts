import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/bundled-packs';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { citationText, quoteWithSource } from '../../lib/pack/citation';
import { buildTermCard, type TermCard } from '../../lib/pack/term-card';

const made: TermCard = {
  packId: 'donggang',
  packLabel: '东港访谈',
  labelBy: 'project',
  termId: 'haiwan',
  text: '海湾',
  tier: 'generic',
  places: [
    {
      qa: 3,
      part: 2,
      paragraphId: 'qa-3-p2',
      question: '怎么样？',
      excerpt: {
        before: '美丽的',
        match: '海湾',
        after: '城市',
        clippedStart: true,
        clippedEnd: true,
      },
    },
    {
      qa: 3,
      part: 0,
      paragraphId: 'qa-3',
      question: '海湾怎么样？',
      excerpt: {
        before: '',
        match: '海湾',
        after: '怎么样？',
        clippedStart: false,
        clippedEnd: false,
      },
    },
  ],
};

/** A translator that shows which message was asked for and with what. */
const echo = (key: MessageKey, substitutions?: (string | number)[]): string =>
  `[${key}${substitutions ? `|${substitutions.join('|')}` : ''}]`;

describe('citationText', () => {
  it('quotes the passage, with ellipses where it was clipped, then the paragraph it came from', () => {
    expect(citationText({ card: made, placeIndex: 0, t: echo })).toBe(
      '“…美丽的海湾城市…”\n[citationSource|东港访谈|[packLabelNote]|3|2]',
    );
  });

  it('names the question when the place is one', () => {
    expect(citationText({ card: made, placeIndex: 1, t: echo })).toBe(
      '“海湾怎么样？”\n[citationSourceQuestion|东港访谈|[packLabelNote]|3]',
    );
  });

  it('falls back to the bare term for a place that does not exist', () => {
    expect(citationText({ card: made, placeIndex: 2, t: echo })).toBe('海湾');
    expect(citationText({ card: made, placeIndex: -1, t: echo })).toBe('海湾');
  });

  it('reads as English with the real messages, marking the label as the project’s own', () => {
    const card = buildTermCard(bundledPacks[0]!, 'zheli-yongyou')!;
    const text = citationText({ card, placeIndex: 0, t });
    const { before, match, after, clippedStart, clippedEnd } = card.places[0]!.excerpt;
    // Q5 ¶3 goes on after the excerpt's semicolon, so the quote ends with an ellipsis.
    expect(clippedEnd).toBe(true);
    const passage = `${clippedStart ? '…' : ''}${before}${match}${after}${clippedEnd ? '…' : ''}`;
    expect(text).toBe(
      `“${passage}”\n` +
        `Source: ${card.packLabel} (label chosen by Interview Lens), Q5, paragraph 3`,
    );
    const question = buildTermCard(bundledPacks[0]!, 'liangge-xianxing')!;
    expect(citationText({ card: question, placeIndex: 0, t }).split('\n')[1]).toBe(
      `Source: ${question.packLabel} (label chosen by Interview Lens), Q2, question`,
    );
  });

  it('builds on quoteWithSource, which any passage can use', () => {
    expect(
      quoteWithSource({
        passage: '海湾很美。',
        packLabel: '东港访谈',
        labelBy: 'project',
        qa: 1,
        part: 4,
        t: echo,
      }),
    ).toBe('“海湾很美。”\n[citationSource|东港访谈|[packLabelNote]|1|4]');
    expect(
      quoteWithSource({
        passage: '海湾？',
        packLabel: '东港访谈',
        labelBy: 'project',
        qa: 1,
        part: 0,
        t: echo,
      }),
    ).toBe('“海湾？”\n[citationSourceQuestion|东港访谈|[packLabelNote]|1]');
    // An imported pack's label is the reader's own name for it, and says so.
    expect(
      quoteWithSource({
        passage: '海湾？',
        packLabel: '我的访谈',
        labelBy: 'reader',
        qa: 1,
        part: 0,
        t: echo,
      }),
    ).toBe('“海湾？”\n[citationSourceQuestion|我的访谈|[packLabelYours]|1]');
  });
});
