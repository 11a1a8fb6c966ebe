import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { cardCitation, citePassage, quotePassage } from '../../lib/pack/citation';
import { buildTermCard, type TermCard } from '../../lib/pack/term-card';

const made: TermCard = {
  packId: 'donggang',
  packLabel: '东港访谈',
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

describe('quotePassage', () => {
  it('nests the passage’s own quotes inside the outer ones', () => {
    expect(quotePassage('要在全省“两个先行”的新征程上担当示范')).toBe(
      '“要在全省‘两个先行’的新征程上担当示范”',
    );
    expect(quotePassage('海湾很美。')).toBe('“海湾很美。”');
  });

  it('quotes a text that uses corner brackets with them, the inner ones doubled', () => {
    expect(quotePassage('要在全省「兩個先行」的新征程上')).toBe(
      '「要在全省『兩個先行』的新征程上」',
    );
  });
});

describe('cardCitation', () => {
  it('quotes the passage, with ellipses where it was clipped, then the paragraph it came from', () => {
    expect(cardCitation({ card: made, placeIndex: 0, t: echo }).text).toBe(
      '“…美丽的海湾城市…”\n— 东港访谈[citationSeparator][citationParagraph|3|2]',
    );
  });

  it('names the question when the place is one', () => {
    expect(cardCitation({ card: made, placeIndex: 1, t: echo }).text).toBe(
      '“海湾怎么样？”\n— 东港访谈[citationSeparator][citationQuestion|3]',
    );
  });

  it('falls back to the bare term for a place that does not exist', () => {
    expect(cardCitation({ card: made, placeIndex: 2, t: echo }).text).toBe('海湾');
    expect(cardCitation({ card: made, placeIndex: -1, t: echo }).text).toBe('海湾');
  });

  it('reads as English with the real messages, and holds no UI wording', () => {
    const card = buildTermCard(bundledPacks[0]!, 'liangge-xianxing')!;
    const { text, html } = cardCitation({ card, placeIndex: 0, t });
    const [quote, source, ...rest] = text.split('\n');
    expect(quote).toMatch(/^“.*‘两个先行’.*”$/);
    expect(quote).not.toMatch(/^“.*“/);
    expect(source).toBe(`— ${card.packLabel}, Q2, question`);
    expect(rest).toEqual([]);
    expect(text).not.toMatch(/label chosen|Source:/);
    expect(html).toBe(
      `<blockquote lang="zh">${quote}</blockquote><p>— <cite>${card.packLabel}</cite>, Q2, question</p>`,
    );
  });
});

describe('citePassage', () => {
  const meta = {
    title: '东港访谈录',
    source: '东港日报',
    date: '2022-06-01',
    url: 'https://news.example.com/a?b=1&c=2',
  };

  it('names the work from the pack’s own source, and links it in HTML to the pack’s address only', () => {
    const { text, html } = citePassage({
      passage: '海湾“很美”。',
      source: { packLabel: '我的访谈', meta, qa: 1, part: 4 },
      t,
    });
    expect(text).toBe(
      '“海湾‘很美’。”\n— 东港日报, 东港访谈录, 2022-06-01, Q1, paragraph 4\nhttps://news.example.com/a?b=1&c=2',
    );
    expect(html).toBe(
      '<blockquote lang="zh">“海湾‘很美’。”</blockquote>' +
        '<p>— <cite><a href="https://news.example.com/a?b=1&#38;c=2">东港日报, 东港访谈录, 2022-06-01</a></cite>, Q1, paragraph 4</p>',
    );
  });

  it('invents nothing the pack lacks, and links nothing but a web address', () => {
    const bare = citePassage({
      passage: '海湾',
      source: { packLabel: '我的访谈', meta: { title: '访谈', source: '' }, qa: 2, part: 0 },
      t,
    });
    expect(bare.text).toBe('“海湾”\n— 访谈, Q2, question');
    const script = citePassage({
      passage: '<b>海湾</b>',
      source: { packLabel: 'x', meta: { ...meta, url: 'javascript:alert(1)' }, qa: 2, part: 1 },
      t,
    });
    expect(script.html).not.toContain('<a ');
    expect(script.html).not.toContain('<b>');
    expect(script.text).not.toContain('javascript:');
  });
});
