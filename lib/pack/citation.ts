import type { MessageKey } from '../i18n';
import { QUESTION_PART } from './entry-parts';
import type { TermCard } from './term-card';
import type { PackMeta } from './types';

type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

/** A quoted passage with its source, as plain text and as HTML for rich editors. */
export interface Citation {
  text: string;
  html: string;
}

/** What a citation names: the work (from the pack's own metadata, never invented) and the place in it. */
export interface CitedSource {
  /** The pack's label; the work's name when the pack carries no title. */
  packLabel: string;
  meta?: PackMeta;
  qa: number;
  /** 0 for the question, else the answer paragraph number. */
  part: number;
}

/** Quote marks, outer and inner, for each way Chinese text quotes. */
const QUOTES = {
  curly: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
  corner: { open: '「', close: '」', innerOpen: '『', innerClose: '』' },
} as const;

/**
 * Wraps a passage in the quote marks it uses itself (corner brackets for a text
 * that quotes with 「」, curly quotes otherwise), turning its own quotes into the
 * inner kind, so that quotes nest: “…‘两个先行’…” or 「…『兩個先行』…」.
 */
export function quotePassage(passage: string): string {
  const style = /[「」『』]/.test(passage) ? QUOTES.corner : QUOTES.curly;
  const inner = passage
    .replaceAll(style.open, style.innerOpen)
    .replaceAll(style.close, style.innerClose);
  return `${style.open}${inner}${style.close}`;
}

/** Only web addresses are linked; anything else in a pack's `url` stays text. */
function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A passage of a pack, quoted, with its source: the publisher, title and date
 * the pack records (the bundled pack records none, so its label names it), and
 * the question and paragraph. No UI wording goes into it. The HTML flavour links
 * the work to the pack's own web address, when it has one, and nowhere else.
 */
export function citePassage({
  passage,
  source,
  t,
}: {
  passage: string;
  source: CitedSource;
  t: Translate;
}): Citation {
  const { packLabel, meta, qa, part } = source;
  const separator = t('citationSeparator');
  const work = [meta?.source, meta?.title ?? packLabel, meta?.date].filter(Boolean).join(separator);
  const place =
    part === QUESTION_PART ? t('citationQuestion', [qa]) : t('citationParagraph', [qa, part]);
  const url = webUrl(meta?.url);
  const quoted = quotePassage(passage);
  const text = [quoted, `— ${work}${separator}${place}`, url].filter(Boolean).join('\n');
  const cited = url ? `<a href="${escapeHtml(url)}">${escapeHtml(work)}</a>` : escapeHtml(work);
  const html =
    `<blockquote lang="zh">${escapeHtml(quoted)}</blockquote>` +
    `<p>— <cite>${cited}</cite>${escapeHtml(separator + place)}</p>`;
  return { text, html };
}

/** What the card's "copy with citation" copies: the excerpt of the place shown, and its source. */
export function cardCitation({
  card,
  placeIndex,
  t,
}: {
  card: TermCard;
  placeIndex: number;
  t: Translate;
}): Citation {
  const place = card.places[placeIndex];
  if (!place) return { text: card.text, html: escapeHtml(card.text) };
  const { before, match, after, clippedStart, clippedEnd } = place.excerpt;
  const passage = `${clippedStart ? '…' : ''}${before}${match}${after}${clippedEnd ? '…' : ''}`;
  return citePassage({
    passage,
    source: { packLabel: card.packLabel, meta: card.packMeta, qa: place.qa, part: place.part },
    t,
  });
}
