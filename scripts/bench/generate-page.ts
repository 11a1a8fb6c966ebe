import {
  CHANNELS,
  ENGLISH_SENTENCES,
  NEWS_CLAUSES,
  SECTION_TITLES,
  TERM_FRAMES,
} from './news-text';
import { createRandom, type Random } from './random';

/** A page the benchmark serves: its name (also its path) and its HTML. */
export interface BenchPage {
  name: string;
  html: string;
}

/** Characters of text between two terms: about three terms per thousand characters. */
const TERM_GAP = { min: 150, max: 500 };
const INLINE_TAGS = ['a', 'strong', 'em', 'span'] as const;

// Block layout with a positioned sidebar: a flex row would lay the whole article
// out twice (once to measure it), which on the 5 M page costs seconds per load.
const PAGE_STYLE = `body{font:16px/1.7 sans-serif;margin:0;color:#222}
header nav ul,footer ul{display:flex;gap:1em;list-style:none;padding:.5em 1em;margin:0;background:#b00}
header a{color:#fff}.layout{position:relative;max-width:1200px;margin:auto;padding:1em}
main{margin-right:300px}aside{position:absolute;top:1em;right:1em;width:280px}
.related{background:#f4f4f4;padding:.5em}footer{background:#eee}`;

/** Where terms go: characters between two, and how many at most. */
interface TermPlacement {
  termGap?: { min: number; max: number };
  maxTerms?: number;
}

/**
 * Builds sentences of news text with terms at a realistic density, in nested
 * inline markup, some terms split across tags. Tracks the characters of text it
 * emitted (what `textContent` will count), not the bytes of HTML.
 */
function createNewsWriter(
  random: Random,
  termForms: readonly string[][],
  { termGap = TERM_GAP, maxTerms = Infinity }: TermPlacement = {},
) {
  const pool = [...NEWS_CLAUSES, ...TERM_FRAMES, ...SECTION_TITLES, ...CHANNELS];
  const stray = termForms.flat().find((form) => pool.some((words) => words.includes(form)));
  if (stray) throw new Error(`the news text pool contains the term form ${stray}`);
  let chars = 0;
  let terms = 0;
  let untilTerm = random.int(termGap.min, termGap.max);

  const text = (value: string): string => {
    chars += value.length;
    untilTerm -= value.length;
    return value;
  };
  /** Wraps HTML in one to three levels of inline elements (a link at most once: links do not nest). */
  const nest = (html: string, inLink: boolean): string => {
    let result = html;
    let linked = inLink;
    for (let depth = random.int(1, 3); depth > 0; depth--) {
      const tag = random.pick(linked ? INLINE_TAGS.slice(1) : INLINE_TAGS);
      linked ||= tag === 'a';
      const attributes = tag === 'a' ? ` href="/news/${random.int(1000, 9999)}.html"` : '';
      result = `<${tag}${attributes}>${result}</${tag}>`;
    }
    return result;
  };
  const termForm = (): string => {
    const forms = random.pick(termForms);
    return random.chance(0.8) ? forms[0]! : random.pick(forms);
  };
  /** A term in one of three shapes: plain, inside nested markup, or split across tags. */
  const term = (inLink: boolean): string => {
    const form = text(termForm());
    const shape = random.next();
    if (shape < 0.5) return form;
    if (shape < 0.75) return nest(form, inLink);
    const cut = random.int(1, form.length - 1);
    return random.chance(0.5)
      ? `${form.slice(0, cut)}${nest(form.slice(cut), inLink)}`
      : `${nest(form.slice(0, cut), inLink)}${form.slice(cut)}`;
  };
  /** A clause of news, or a term in its frame when one is due; `inLink` when it goes inside a link. */
  const clause = (inLink = false): string => {
    if (untilTerm <= 0 && terms < maxTerms) {
      terms++;
      untilTerm = random.int(termGap.min, termGap.max);
      const [before, after] = random.pick(TERM_FRAMES).split('#') as [string, string];
      return `${text(before)}${term(inLink)}${text(after)}`;
    }
    const value = text(random.pick(NEWS_CLAUSES));
    return random.chance(0.15) ? nest(value, inLink) : value;
  };
  const sentence = (): string => {
    let html = clause();
    for (let more = random.int(0, 2); more > 0; more--) html += text('，') + clause();
    return html + text('。');
  };

  return {
    get chars() {
      return chars;
    },
    text,
    clause,
    paragraph: (): string =>
      `<p>${Array.from({ length: random.int(3, 7) }, sentence).join('')}</p>`,
  };
}

type NewsWriter = ReturnType<typeof createNewsWriter>;

function linkList(writer: NewsWriter, items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li><a href="#">${writer.text(item)}</a></li>`).join('')}</ul>`;
}

function section(writer: NewsWriter, random: Random, index: number): string {
  const paragraphs = Array.from({ length: random.int(4, 10) }, writer.paragraph).join('');
  const related =
    index % 5 === 4
      ? `<div class="related">${writer.text('相关阅读')}<ul>${Array.from(
          { length: 3 },
          () => `<li><a href="#">${writer.clause(true)}</a></li>`,
        ).join('')}</ul></div>`
      : '';
  return `<section><h2>${writer.text(random.pick(SECTION_TITLES))}</h2>${paragraphs}${related}</section>`;
}

function pageHtml({ lang, title, body }: { lang: string; title: string; body: string }): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`;
}

/**
 * A Chinese news page of about `targetChars` characters of text: navigation,
 * an article of sections and paragraphs, a sidebar and a footer. Terms come
 * about three per thousand characters, or, with `terms`, exactly that many
 * spread over the page (a page of ordinary size mentions few or none).
 */
export function generateNewsPage({
  name,
  targetChars,
  seed,
  termForms,
  terms,
}: {
  name: string;
  targetChars: number;
  seed: number;
  termForms: readonly string[][];
  terms?: number;
}): BenchPage {
  const random = createRandom(seed);
  const gap = Math.round(targetChars / ((terms ?? 0) + 1));
  const writer = createNewsWriter(
    random,
    termForms,
    terms === undefined
      ? {}
      : { termGap: { min: Math.round(gap * 0.8), max: Math.round(gap * 1.2) }, maxTerms: terms },
  );
  const nav = `<header><nav>${linkList(writer, CHANNELS)}</nav></header>`;
  const headline = `<h1>${writer.text('宁波新闻网 · 今日要闻')}</h1><p class="meta">${writer.text('来源：宁波日报　编辑：本网记者')}</p>`;
  const aside = `<aside><h3>${writer.text('热点新闻')}</h3><ul>${Array.from(
    { length: 10 },
    () => `<li><a href="#">${writer.clause(true)}</a></li>`,
  ).join('')}</ul></aside>`;
  const footer = `<footer><p>${writer.text('宁波新闻网版权所有，未经授权禁止复制或建立镜像。')}</p>${linkList(writer, CHANNELS)}</footer>`;
  const sections: string[] = [];
  while (writer.chars < targetChars) sections.push(section(writer, random, sections.length));
  const body = `${nav}<div class="layout"><main><article>${headline}${sections.join('')}</article></main>${aside}</div>${footer}`;
  return { name, html: pageHtml({ lang: 'zh-CN', title: `宁波新闻 · ${name}`, body }) };
}

/** Paragraphs of the same news text, to append to a loaded page; `chars` is their text length. */
export function generateParagraphs({
  count,
  seed,
  termForms,
}: {
  count: number;
  seed: number;
  termForms: readonly string[][];
}): { html: string[]; chars: number } {
  const writer = createNewsWriter(createRandom(seed), termForms);
  const html = Array.from({ length: count }, writer.paragraph);
  return { html, chars: writer.chars };
}

/** An English news page of about `targetChars` characters, without one Chinese character. */
export function generateEnglishPage({
  name,
  targetChars,
  seed,
}: {
  name: string;
  targetChars: number;
  seed: number;
}): BenchPage {
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < targetChars) {
    const sentences = Array.from({ length: random.int(3, 7) }, () =>
      random.pick(ENGLISH_SENTENCES),
    ).join(' ');
    chars += sentences.length;
    paragraphs.push(
      random.chance(0.3) ? `<p><a href="#">${sentences}</a></p>` : `<p>${sentences}</p>`,
    );
  }
  const body = `<main><article><h1>City news</h1>${paragraphs.join('')}</article></main>`;
  return { name, html: pageHtml({ lang: 'en', title: 'City news', body }) };
}
