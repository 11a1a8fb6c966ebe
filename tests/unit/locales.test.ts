// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Catalog = Readonly<Record<string, LocaleMessage>>;

const root = join(import.meta.dirname, '../..');
const localesDir = join(root, 'public/_locales');

const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const catalogs = new Map(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalog,
  ]),
);

/** The messages.json of one folder under public/_locales. */
function catalogOf(locale: string): Catalog {
  const catalog = catalogs.get(locale);
  if (!catalog) throw new Error(`no catalog for ${locale}`);
  return catalog;
}

const en = catalogOf('en');

// Chrome's grammar: `$name$` names a placeholder, case-insensitively.
const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;

/** What a locale's message gets wrong about its placeholders, measured against en's. */
function placeholderProblems({ key, message }: { key: string; message: LocaleMessage }): string[] {
  const reference = en[key];
  if (!reference) return [];
  const declared = (entry: LocaleMessage) =>
    Object.entries(entry.placeholders ?? {})
      .map(([name, { content }]) => `${name}=${content}`)
      .sort()
      .join(', ');
  const names = new Set(Object.keys(message.placeholders ?? {}).map((name) => name.toLowerCase()));
  const used = new Set([...message.message.matchAll(PLACEHOLDER)].map(([, name]) => name!));
  const usedLower = new Set([...used].map((name) => name.toLowerCase()));
  // The context menu's title takes the selection through %s rather than a placeholder.
  const selections = (text: string) => text.split('%s').length - 1;
  return [
    ...(declared(message) === declared(reference)
      ? []
      : [`${key}: declares {${declared(message)}}, en declares {${declared(reference)}}`]),
    ...[...used]
      .filter((name) => !names.has(name.toLowerCase()))
      .map((name) => `${key}: uses $${name}$, which it does not declare`),
    ...[...names]
      .filter((name) => !usedLower.has(name))
      .map((name) => `${key}: declares ${name} but never shows it`),
    ...(selections(message.message) === selections(reference.message)
      ? []
      : [`${key}: has ${selections(message.message)} %s, en has ${selections(reference.message)}`]),
  ];
}

describe('the locale catalogs', () => {
  it('include English, Simplified Chinese and Taiwan Traditional Chinese', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN', 'zh_TW']));
  });

  it.each(locales)('%s translates exactly the keys of en, each with a message', (locale) => {
    const catalog = catalogOf(locale);
    const missing = Object.keys(en).filter((key) => !(key in catalog));
    const extra = Object.keys(catalog).filter((key) => !(key in en));
    const empty = Object.entries(catalog)
      .filter(([, { message }]) => typeof message !== 'string' || message.trim() === '')
      .map(([key]) => key);
    expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] });
  });

  it.each(locales)('%s declares the placeholders of en and shows each one', (locale) => {
    const problems = Object.entries(catalogOf(locale)).flatMap(([key, message]) =>
      placeholderProblems({ key, message }),
    );
    expect(problems).toEqual([]);
  });
});

describe('the manifest strings', () => {
  // Chrome reads these through __MSG_key__ in the manifest and the pages' titles;
  // a key missing from a locale shows the raw __MSG_…__ text instead.
  const sources = [
    join(root, 'wxt.config.ts'),
    ...readdirSync(join(root, 'entrypoints'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html'))
      .map((path) => join(root, 'entrypoints', path)),
  ];
  const referenced = [
    ...new Set(
      sources.flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(/__MSG_(\w+)__/g)].map(([, key]) => key!),
      ),
    ),
  ].sort();

  it('are found in the manifest and the pages', () => {
    expect(referenced).toEqual(
      expect.arrayContaining([
        'extName',
        'extDescription',
        'actionTitle',
        'commandNextTerm',
        'commandPreviousTerm',
        'commandOpenReader',
        'commandToggleSite',
      ]),
    );
  });

  it.each(locales)('are all in %s, within Chrome’s length limits', (locale) => {
    const catalog = catalogOf(locale);
    expect(referenced.filter((key) => !catalog[key]?.message)).toEqual([]);
    // https://developer.chrome.com/docs/extensions/reference/manifest/name and …/description
    expect(catalog.extName?.message.length).toBeLessThanOrEqual(75);
    expect(catalog.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('the Chinese catalogs', () => {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

  /**
   * The characters of a text that Taiwan Traditional writes differently, as "设→設".
   * Character by character, because the phrase tables rewrite whole words (信息 →
   * 資訊) that are Traditional already. The single-character table picks one form
   * where Simplified merged two (游/遊, 台/臺), so a correct Taiwan character can be
   * flagged: reword, or give the exception its own named list here.
   */
  const simplifiedOnly = (text: string) =>
    [...new Set(text)].filter((c) => toTaiwan(c) !== c).map((c) => `${c}→${toTaiwan(c)}`);

  const zhCN = catalogOf('zh_CN');
  const zhTW = catalogOf('zh_TW');

  it('tell Simplified-only characters from Traditional ones', () => {
    expect(simplifiedOnly('设置访谈')).toEqual(['设→設', '访→訪', '谈→談']);
    expect(simplifiedOnly('設定訪談')).toEqual([]);
  });

  it('write zh_TW in Traditional characters only', () => {
    const problems = Object.entries(zhTW)
      .map(([key, { message }]) => [key, simplifiedOnly(message)] as const)
      .filter(([, characters]) => characters.length > 0)
      .map(([key, characters]) => `${key}: ${characters.join(' ')}`);
    expect(problems).toEqual([]);
  });

  it('do not copy zh_CN text into zh_TW', () => {
    const copied = Object.entries(zhCN)
      .filter(
        ([key, { message }]) =>
          simplifiedOnly(message).length > 0 && zhTW[key]?.message === message,
      )
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});

describe('the English catalog', () => {
  // English shows Chinese only as examples the user would type or see: inside
  // round brackets ("e.g. 两个维护", "问：/答：") or inside 「」 or “” quotes.
  const EXAMPLE = /\([^()]*\)|「[^」]*」|“[^”]*”/g;
  const HAN = /\p{Script=Han}/u;

  it('holds Chinese only inside brackets or quotes', () => {
    const outside = Object.entries(en)
      .filter(([, { message }]) => HAN.test(message.replace(EXAMPLE, '')))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(outside).toEqual([]);
  });
});
