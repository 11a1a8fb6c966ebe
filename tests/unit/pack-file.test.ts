import { describe, expect, it } from 'vitest';
import {
  PACK_FORMAT,
  PACK_LIMITS,
  PackFileError,
  readPackFile,
  type PackFile,
} from '../../lib/library/pack-file';
import type { QaEntry } from '../../lib/pack/types';

/** An entry with the ids the reader gives it: `qa-<number>` and `qa-<number>-p<n>`. */
function qaEntry(number: number, question: string, paragraphs: string[]): QaEntry {
  return {
    number,
    id: `qa-${number}`,
    question,
    paragraphs: paragraphs.map((text, i) => ({ id: `qa-${number}-p${i + 1}`, n: i + 1, text })),
    captions: [],
  };
}

/** A made-up interview of three entries about a made-up town, with every optional field set. */
function samplePackFile(): PackFile {
  const second = qaEntry(2, '老街改造怎么做?', ['先修路,再修房。', '清河三改是大家商量出来的。']);
  return {
    format: PACK_FORMAT,
    version: 1,
    id: 'qinghe-2023',
    meta: {
      title: '清河镇访谈',
      source: '清河日报',
      url: 'https://example.org/qinghe',
      date: '2023-05-04',
    },
    entries: [
      qaEntry(1, '清河镇这几年有什么变化?', ['老街改造以后,游客多了。']),
      { ...second, captions: [{ text: '图为清河老街。', afterParagraph: 1 }] },
      qaEntry(4, '旅游小镇还要做什么?', ['要让年轻人回来。']),
    ],
    catalog: {
      terms: [
        { id: 'qinghe-sangai', text: '清河三改', tier: 'distinctive' },
        { id: 'laojie-gaizao', text: '老街改造', tier: 'generic', aliases: ['老街改建'] },
        { id: 'lvyou-xiaozhen', text: '旅游小镇', tier: 'national' },
      ],
      subjects: { place: ['清河', '清河镇'], region: ['江北'] },
    },
  };
}

/** The sample as plain JSON, with the value at `path` replaced (or removed, for undefined). */
function sampleWith(path: (string | number)[], value: unknown): unknown {
  const file: unknown = JSON.parse(JSON.stringify(samplePackFile()));
  let node = file as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return file;
}

/** The PackFileError reading `value` throws; fails the test if it reads or throws anything else. */
function errorOf(value: unknown): PackFileError {
  try {
    readPackFile(value);
  } catch (error) {
    if (error instanceof PackFileError) return error;
    throw error;
  }
  throw new Error('readPackFile accepted the value');
}

const repeat = (count: number, make: (i: number) => unknown) =>
  Array.from({ length: count }, (_, i) => make(i));

describe('readPackFile on a valid file', () => {
  it('round-trips through JSON unchanged', () => {
    const file = samplePackFile();
    expect(readPackFile(JSON.parse(JSON.stringify(file)))).toStrictEqual(file);
  });

  it('leaves out the optional fields it was not given, rather than setting them undefined', () => {
    const file = samplePackFile();
    file.meta = { title: file.meta.title, source: file.meta.source };
    file.catalog.terms = file.catalog.terms.map(({ id, text, tier }) => ({ id, text, tier }));
    const read = readPackFile(JSON.parse(JSON.stringify(file)));
    expect(read).toStrictEqual(file);
    expect(Object.keys(read.meta)).toEqual(['title', 'source']);
    expect(read.catalog.terms.every((term) => !('aliases' in term))).toBe(true);
  });

  it('drops an empty url, date and alias list, and reads a missing source as empty', () => {
    const read = readPackFile({
      ...samplePackFile(),
      meta: { title: '清河镇访谈', url: '', date: '' },
      catalog: {
        ...samplePackFile().catalog,
        terms: [{ id: 'qinghe-sangai', text: '清河三改', tier: 'distinctive', aliases: [] }],
      },
    });
    expect(read.meta).toStrictEqual({ title: '清河镇访谈', source: '' });
    expect(read.catalog.terms).toStrictEqual([
      { id: 'qinghe-sangai', text: '清河三改', tier: 'distinctive' },
    ]);
  });

  it('derives entry and paragraph ids from the entry number, whatever the file says', () => {
    const read = readPackFile(
      sampleWith(['entries', 2], {
        number: 4,
        id: 'made-up',
        question: '旅游小镇还要做什么?',
        paragraphs: [{ id: 'p-9', n: 9, text: '要让年轻人回来。' }, { text: '也要让老人留下。' }],
      }),
    );
    expect(read.entries[2]).toStrictEqual({
      number: 4,
      id: 'qa-4',
      question: '旅游小镇还要做什么?',
      paragraphs: [
        { id: 'qa-4-p1', n: 1, text: '要让年轻人回来。' },
        { id: 'qa-4-p2', n: 2, text: '也要让老人留下。' },
      ],
      captions: [],
    });
  });

  it('drops fields it does not know, at every level', () => {
    const file = JSON.parse(JSON.stringify(samplePackFile())) as PackFile;
    const extra = { note: '<b>多余</b>', html: '<script>alert(1)</script>' };
    Object.assign(file, extra);
    Object.assign(file.meta, extra);
    Object.assign(file.entries[0]!, extra);
    Object.assign(file.entries[0]!.paragraphs[0]!, extra);
    Object.assign(file.entries[1]!.captions[0]!, extra);
    Object.assign(file.catalog, extra);
    Object.assign(file.catalog.terms[0]!, extra);
    Object.assign(file.catalog.subjects, extra);
    expect(readPackFile(file)).toStrictEqual(samplePackFile());
  });

  it('does not carry a __proto__ key of the JSON into what it returns', () => {
    const json = JSON.stringify(samplePackFile()).replace(
      '"meta":{',
      '"meta":{"__proto__":{"polluted":"yes"},',
    );
    const read = readPackFile(JSON.parse(json));
    expect(read).toStrictEqual(samplePackFile());
    expect((read.meta as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in any text as literal characters', () => {
    const markup = '<script>alert("清河")</script><img src=x onerror=alert(1)>&amp;';
    const file = samplePackFile();
    file.meta.title = `<b>${file.meta.title}</b>`;
    file.entries[0]!.question = markup;
    file.entries[0]!.paragraphs[0]!.text = `老街改造${markup}`;
    file.catalog.terms[0]!.text = '<i>清河三改</i>';
    const read = readPackFile(JSON.parse(JSON.stringify(file)));
    expect(read.meta.title).toBe('<b>清河镇访谈</b>');
    expect(read.entries[0]!.question).toBe(markup);
    expect(read.entries[0]!.paragraphs[0]!.text).toBe(`老街改造${markup}`);
    expect(read.catalog.terms[0]!.text).toBe('<i>清河三改</i>');
  });

  it('accepts text and lists exactly at their limits', () => {
    const read = readPackFile({
      ...samplePackFile(),
      meta: { title: '清'.repeat(PACK_LIMITS.metaField), source: '' },
      entries: [
        qaEntry(1, '问', ['河'.repeat(PACK_LIMITS.paragraph)]),
        qaEntry(2, '问', repeat(PACK_LIMITS.paragraphsPerEntry, () => '答') as string[]),
      ],
      catalog: {
        terms: [
          {
            id: 'long',
            text: '镇'.repeat(PACK_LIMITS.term),
            tier: 'generic',
            aliases: repeat(PACK_LIMITS.aliasesPerTerm, (i) => `老街${i}`) as string[],
          },
        ],
        subjects: { place: [], region: [] },
      },
    });
    expect(read.entries[0]!.paragraphs[0]!.text).toHaveLength(PACK_LIMITS.paragraph);
    expect(read.entries[1]!.paragraphs).toHaveLength(PACK_LIMITS.paragraphsPerEntry);
    expect(read.catalog.terms[0]!.aliases).toHaveLength(PACK_LIMITS.aliasesPerTerm);
  });

  it('accepts as many entries as the limit allows', () => {
    const entries = repeat(PACK_LIMITS.entries, (i) => qaEntry(i + 1, '问', ['答']));
    expect(readPackFile({ ...samplePackFile(), entries }).entries).toHaveLength(
      PACK_LIMITS.entries,
    );
  });
});

describe('readPackFile on a file it cannot use', () => {
  it('refuses a value that is not an object, naming no field', () => {
    for (const value of [undefined, null, '清河', 42, true, [samplePackFile()]]) {
      const error = errorOf(value);
      expect(error.field, String(value)).toBe('');
      expect(error.message, String(value)).toBe('expected an object');
    }
  });

  // [what is wrong, path to change, new value (undefined removes it), field named]
  const cases: [string, (string | number)[], unknown, string][] = [
    ['another format', ['format'], 'interview-lens-pack-v2', 'format'],
    ['no format', ['format'], undefined, 'format'],
    ['version 2', ['version'], 2, 'version'],
    ['version as text', ['version'], '1', 'version'],
    ['an id with capitals and spaces', ['id'], 'Qinghe 2023', 'id'],
    ['an id with a double dash', ['id'], 'qinghe--2023', 'id'],
    ['an id in Chinese', ['id'], '清河', 'id'],
    ['an empty id', ['id'], '', 'id'],
    ['an id too long', ['id'], 'a'.repeat(65), 'id'],
    ['no meta', ['meta'], undefined, 'meta'],
    ['no title', ['meta', 'title'], undefined, 'meta.title'],
    ['a blank title', ['meta', 'title'], '  ', 'meta.title'],
    ['a title too long', ['meta', 'title'], '清'.repeat(PACK_LIMITS.metaField + 1), 'meta.title'],
    ['a source that is not text', ['meta', 'source'], 7, 'meta.source'],
    ['a javascript: url', ['meta', 'url'], 'javascript:alert(1)', 'meta.url'],
    ['an ftp url', ['meta', 'url'], 'ftp://example.org/qinghe', 'meta.url'],
    ['a url without scheme', ['meta', 'url'], 'example.org/qinghe', 'meta.url'],
    ['a url too long', ['meta', 'url'], `https://${'a'.repeat(PACK_LIMITS.url)}`, 'meta.url'],
    // A date the file gives as a number is lost without a word, where a source or
    // url of the wrong type is refused.
    ['a date that is a number', ['meta', 'date'], 20230504, 'meta.date'],
    ['a date too long', ['meta', 'date'], '2'.repeat(PACK_LIMITS.metaField + 1), 'meta.date'],
    ['entries that are an object', ['entries'], { 1: {} }, 'entries'],
    ['no entries field', ['entries'], undefined, 'entries'],
    ['no entries', ['entries'], [], 'entries'],
    ['an entry that is text', ['entries', 1], '老街改造', 'entries[1]'],
    [
      'an entry without paragraphs',
      ['entries', 1, 'paragraphs'],
      undefined,
      'entries[1].paragraphs',
    ],
    ['an entry with no paragraph', ['entries', 1, 'paragraphs'], [], 'entries[1].paragraphs'],
    ['an entry number used twice', ['entries', 2, 'number'], 1, 'entries[2].number'],
    ['a fractional entry number', ['entries', 0, 'number'], 1.5, 'entries[0].number'],
    ['a negative entry number', ['entries', 0, 'number'], -1, 'entries[0].number'],
    ['an entry number as text', ['entries', 0, 'number'], '1', 'entries[0].number'],
    ['a question that is not text', ['entries', 0, 'question'], null, 'entries[0].question'],
    [
      'a paragraph as bare text',
      ['entries', 1, 'paragraphs', 0],
      '先修路。',
      'entries[1].paragraphs[0]',
    ],
    [
      'a paragraph whose text is a number',
      ['entries', 2, 'paragraphs', 0, 'text'],
      42,
      'entries[2].paragraphs[0].text',
    ],
    [
      'a paragraph whose text is a list',
      ['entries', 2, 'paragraphs', 0, 'text'],
      ['要让年轻人回来。'],
      'entries[2].paragraphs[0].text',
    ],
    [
      'a blank paragraph',
      ['entries', 1, 'paragraphs', 1, 'text'],
      ' \n ',
      'entries[1].paragraphs[1].text',
    ],
    [
      'a paragraph too long',
      ['entries', 1, 'paragraphs', 1, 'text'],
      '河'.repeat(PACK_LIMITS.paragraph + 1),
      'entries[1].paragraphs[1].text',
    ],
    [
      'too many paragraphs',
      ['entries', 0, 'paragraphs'],
      repeat(PACK_LIMITS.paragraphsPerEntry + 1, () => ({ text: '答' })),
      'entries[0].paragraphs',
    ],
    [
      'too many entries',
      ['entries'],
      repeat(PACK_LIMITS.entries + 1, (i) => qaEntry(i + 1, '问', ['答'])),
      'entries',
    ],
    [
      'a caption after no paragraph count',
      ['entries', 1, 'captions', 0, 'afterParagraph'],
      -1,
      'entries[1].captions[0].afterParagraph',
    ],
    // The reader shows a caption after its paragraph; one after a paragraph the entry does
    // not have would never be shown.
    [
      'a caption after a paragraph the entry does not have',
      ['entries', 1, 'captions', 0, 'afterParagraph'],
      3,
      'entries[1].captions[0].afterParagraph',
    ],
    [
      'a caption without text',
      ['entries', 1, 'captions', 0, 'text'],
      undefined,
      'entries[1].captions[0].text',
    ],
    ['no catalog', ['catalog'], undefined, 'catalog'],
    ['no terms', ['catalog', 'terms'], [], 'catalog.terms'],
    ['terms that are not a list', ['catalog', 'terms'], '清河三改', 'catalog.terms'],
    [
      'too many terms',
      ['catalog', 'terms'],
      repeat(PACK_LIMITS.terms + 1, (i) => ({ id: `term-${i}`, text: `词${i}`, tier: 'generic' })),
      'catalog.terms',
    ],
    ['a term id with capitals', ['catalog', 'terms', 0, 'id'], 'QingHe', 'catalog.terms[0].id'],
    ['a tier of its own', ['catalog', 'terms', 1, 'tier'], 'important', 'catalog.terms[1].tier'],
    ['no tier', ['catalog', 'terms', 2, 'tier'], undefined, 'catalog.terms[2].tier'],
    [
      'a term too long',
      ['catalog', 'terms', 0, 'text'],
      '清'.repeat(PACK_LIMITS.term + 1),
      'catalog.terms[0].text',
    ],
    ['an empty term', ['catalog', 'terms', 0, 'text'], '', 'catalog.terms[0].text'],
    [
      'too many aliases',
      ['catalog', 'terms', 1, 'aliases'],
      repeat(PACK_LIMITS.aliasesPerTerm + 1, (i) => `老街${i}`),
      'catalog.terms[1].aliases',
    ],
    [
      'an alias too long',
      ['catalog', 'terms', 1, 'aliases', 0],
      '老'.repeat(PACK_LIMITS.term + 1),
      'catalog.terms[1].aliases[0]',
    ],
    [
      'aliases that are text',
      ['catalog', 'terms', 1, 'aliases'],
      '老街改建',
      'catalog.terms[1].aliases',
    ],
    ['no subjects', ['catalog', 'subjects'], undefined, 'catalog.subjects'],
    ['no place list', ['catalog', 'subjects', 'place'], undefined, 'catalog.subjects.place'],
    ['no region list', ['catalog', 'subjects', 'region'], undefined, 'catalog.subjects.region'],
    ['a place list as text', ['catalog', 'subjects', 'place'], '清河', 'catalog.subjects.place'],
    [
      'a place that is not text',
      ['catalog', 'subjects', 'place', 1],
      3,
      'catalog.subjects.place[1]',
    ],
  ];

  it.each(cases)('refuses %s', (_problem, path, value, field) => {
    const error = errorOf(sampleWith(path, value));
    expect(error.field).toBe(field);
    expect(error.name).toBe('PackFileError');
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('says what a field should have been', () => {
    expect(errorOf(sampleWith(['version'], 2)).message).toBe(
      'version: this extension reads version 1 of the pack format',
    );
    expect(errorOf(sampleWith(['catalog', 'terms', 1, 'tier'], 'important')).message).toBe(
      'catalog.terms[1].tier: expected one of distinctive, national, generic',
    );
    expect(errorOf(sampleWith(['entries'], [])).message).toBe('entries: has no entries');
    expect(
      errorOf(
        sampleWith(['entries', 1, 'paragraphs', 1, 'text'], '河'.repeat(PACK_LIMITS.paragraph + 1)),
      ).message,
    ).toBe(`entries[1].paragraphs[1].text: is longer than ${PACK_LIMITS.paragraph} characters`);
  });

  it('refuses entries that together hold more characters than a pack may', () => {
    const paragraphs = repeat(Math.ceil(PACK_LIMITS.characters / PACK_LIMITS.paragraph) + 1, () =>
      '河'.repeat(PACK_LIMITS.paragraph),
    ) as string[];
    const error = errorOf({ ...samplePackFile(), entries: [qaEntry(1, '问', paragraphs)] });
    expect(error.field).toBe('entries');
    expect(error.message).toContain(String(PACK_LIMITS.characters));
  });
});
