import type { TermSpec } from '../catalog/catalog-spec';
import { isRecord } from '../protocol/protocol';
import {
  TERM_TIERS,
  type Pack,
  type PackMeta,
  type PackSubjects,
  type QaEntry,
  type TermTier,
} from '../pack/types';

/**
 * The pack format, version 1: what a reader brings (an interview's entries and
 * the catalog they chose), as exported and imported. Everything the lens
 * derives from it (occurrences, Traditional forms, pinyin, edge tables) is
 * rebuilt on import, so a file never carries stale derived data.
 */
export interface PackFile {
  format: typeof PACK_FORMAT;
  version: 1;
  /** Lower-case kebab-case, unique among the reader's packs. */
  id: string;
  meta: PackMeta;
  entries: QaEntry[];
  catalog: { terms: TermSpec[]; subjects: PackSubjects };
}

export const PACK_FORMAT = 'interview-lens-pack';

/** Limits on what one pack may hold, so a pack never fills storage or slows a page. */
export const PACK_LIMITS = {
  /** Size of a pack file or pasted text, in characters. */
  characters: 2_000_000,
  entries: 500,
  paragraphsPerEntry: 200,
  /** Characters of one question or paragraph. */
  paragraph: 20_000,
  terms: 300,
  /** Characters of one term or alias. */
  term: 40,
  aliasesPerTerm: 10,
  /** Characters of a title, source or date. */
  metaField: 200,
  url: 2000,
};

const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A pack file that cannot be used, with where (a field path) and what is wrong. */
export class PackFileError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(field ? `${field}: ${problem}` : problem);
    this.name = 'PackFileError';
  }
}

/** Checks a value read from JSON and returns it as a pack file, or throws a PackFileError. */
export function readPackFile(value: unknown): PackFile {
  const at = (path: string, problem: string): never => {
    throw new PackFileError(path, problem);
  };
  const record = (v: unknown, path: string) => (isRecord(v) ? v : at(path, 'expected an object'));
  const text = (v: unknown, path: string, max: number, { optional = false } = {}) => {
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string') return at(path, 'expected text');
    if (!optional && v.trim() === '') return at(path, 'is empty');
    if (v.length > max) return at(path, `is longer than ${max} characters`);
    return v;
  };
  const list = (v: unknown, path: string, max: number) => {
    if (!Array.isArray(v)) return at(path, 'expected a list');
    if (v.length > max) return at(path, `has more than ${max} items`);
    return v;
  };

  const file = record(value, '');
  if (file.format !== PACK_FORMAT) at('format', `expected "${PACK_FORMAT}"`);
  if (file.version !== 1) at('version', 'this extension reads version 1 of the pack format');
  const id = text(file.id, 'id', 64)!;
  if (!PACK_ID.test(id)) at('id', 'expected lower-case letters, digits and dashes');

  const meta = record(file.meta, 'meta');
  const url = text(meta.url, 'meta.url', PACK_LIMITS.url, { optional: true });
  if (url !== undefined && url !== '' && !/^https?:\/\//.test(url))
    at('meta.url', 'expected an http:// or https:// address');

  const entries = list(file.entries, 'entries', PACK_LIMITS.entries).map((raw, i) =>
    readEntry(raw, `entries[${i}]`),
  );
  if (entries.length === 0) at('entries', 'has no entries');
  const numbers = new Set<number>();
  entries.forEach((entry, i) => {
    if (numbers.has(entry.number)) at(`entries[${i}].number`, 'is used twice');
    numbers.add(entry.number);
  });

  const catalog = record(file.catalog, 'catalog');
  const subjects = record(catalog.subjects, 'catalog.subjects');
  const words = (v: unknown, path: string) =>
    list(v, path, 20).map((w, i) => text(w, `${path}[${i}]`, PACK_LIMITS.term)!);
  const terms = list(catalog.terms, 'catalog.terms', PACK_LIMITS.terms).map((raw, i) =>
    readTerm(raw, `catalog.terms[${i}]`),
  );
  if (terms.length === 0) at('catalog.terms', 'has no terms');

  const total = JSON.stringify(entries).length;
  if (total > PACK_LIMITS.characters)
    at('entries', `hold more than ${PACK_LIMITS.characters} characters`);

  return {
    format: PACK_FORMAT,
    version: 1,
    id,
    meta: {
      title: text(meta.title, 'meta.title', PACK_LIMITS.metaField)!,
      source: text(meta.source, 'meta.source', PACK_LIMITS.metaField, { optional: true }) ?? '',
      ...(url ? { url } : {}),
      ...(meta.date !== undefined && meta.date !== ''
        ? { date: text(meta.date, 'meta.date', PACK_LIMITS.metaField)! }
        : {}),
    },
    entries,
    catalog: {
      terms,
      subjects: {
        place: words(subjects.place, 'catalog.subjects.place'),
        region: words(subjects.region, 'catalog.subjects.region'),
      },
    },
  };

  function readEntry(raw: unknown, path: string): QaEntry {
    const entry = record(raw, path);
    const number = entry.number;
    if (!Number.isInteger(number) || (number as number) < 0 || (number as number) > 100_000)
      at(`${path}.number`, 'expected a whole number');
    const n = number as number;
    const paragraphs = list(entry.paragraphs, `${path}.paragraphs`, PACK_LIMITS.paragraphsPerEntry);
    if (paragraphs.length === 0) at(`${path}.paragraphs`, 'has no answer paragraph');
    return {
      number: n,
      id: `qa-${n}`,
      question: text(entry.question, `${path}.question`, PACK_LIMITS.paragraph)!,
      paragraphs: paragraphs.map((p, j) => {
        const paragraph = record(p, `${path}.paragraphs[${j}]`);
        return {
          id: `qa-${n}-p${j + 1}`,
          n: j + 1,
          text: text(paragraph.text, `${path}.paragraphs[${j}].text`, PACK_LIMITS.paragraph)!,
        };
      }),
      captions: list(entry.captions ?? [], `${path}.captions`, PACK_LIMITS.paragraphsPerEntry).map(
        (c, j) => {
          const caption = record(c, `${path}.captions[${j}]`);
          const after = caption.afterParagraph;
          if (!Number.isInteger(after) || (after as number) < 0)
            at(`${path}.captions[${j}].afterParagraph`, 'expected a whole number');
          // A caption stands after one of the entry's paragraphs (0: before the first).
          if ((after as number) > paragraphs.length)
            at(
              `${path}.captions[${j}].afterParagraph`,
              'names a paragraph the entry does not have',
            );
          return {
            text: text(caption.text, `${path}.captions[${j}].text`, PACK_LIMITS.paragraph)!,
            afterParagraph: after as number,
          };
        },
      ),
    };
  }

  function readTerm(raw: unknown, path: string): TermSpec {
    const term = record(raw, path);
    const termId = text(term.id, `${path}.id`, 64)!;
    if (!PACK_ID.test(termId)) at(`${path}.id`, 'expected lower-case letters, digits and dashes');
    const tier = term.tier;
    if (!TERM_TIERS.includes(tier as TermTier))
      at(`${path}.tier`, `expected one of ${TERM_TIERS.join(', ')}`);
    const aliases = list(term.aliases ?? [], `${path}.aliases`, PACK_LIMITS.aliasesPerTerm).map(
      (a, j) => text(a, `${path}.aliases[${j}]`, PACK_LIMITS.term)!,
    );
    return {
      id: termId,
      text: text(term.text, `${path}.text`, PACK_LIMITS.term)!,
      tier: tier as TermTier,
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  }
}

/**
 * A pack as a pack file: what the reader would have brought to build it. The
 * bundled interview exports this way too, so it is itself such a pack.
 */
export function packFileOf(pack: Pack): PackFile {
  return {
    format: PACK_FORMAT,
    version: 1,
    id: pack.id,
    meta: pack.meta ?? { title: pack.label, source: '' },
    // The Traditional texts are derived when a pack is built: a file carries the source only.
    entries: pack.entries.map(({ questionTraditional: _q, ...entry }) => ({
      ...entry,
      paragraphs: entry.paragraphs.map(({ traditional: _t, ...paragraph }) => paragraph),
    })),
    catalog: {
      terms: pack.terms.map(({ id, text, tier, aliases }) => ({
        id,
        text,
        tier,
        ...(aliases.length > 0 ? { aliases } : {}),
      })),
      subjects: pack.subjects,
    },
  };
}
