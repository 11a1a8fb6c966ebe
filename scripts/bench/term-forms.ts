import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = join(import.meta.dirname, '../../data/generated');
const PACK_FILE = join(GENERATED, 'ningbo-2022.pack.json');
const MATCH_FILE = join(GENERATED, 'ningbo-2022.match.json');

/**
 * What a folded separator stands for on a page (lib/text/fold.ts): the lens
 * matches any of them, so the floor and the peers search each. One separator
 * throughout a spelling, as real text writes it.
 */
const SEPARATOR_SPELLINGS: Record<string, string[]> = {
  ',': [',', '，', '、'],
  '·': ['·', '・', '•', ' '],
  '-': ['-', '—', '–', '－'],
};

interface PackTerm {
  text: string;
  aliases: string[];
  traditional: string[];
}

/** Every form of every term the pack marks. */
export interface TermForms {
  /** The pack's own forms, one list per term, canonical form first: what the pages hold. */
  byTerm: string[][];
  /**
   * Everything the lens searches, spelled out for a search that cannot fold:
   * the pack's forms, and every spelling the detection derives (separator
   * variants, cores without a leading qualifier) with each separator a page may
   * use. Distinct, longest first (so an alternation prefers the longest at a position).
   */
  all: string[];
}

/** The page spellings of a folded form: each folded separator written every way it may be. */
function pageSpellings(form: string): string[] {
  const separator = Object.keys(SEPARATOR_SPELLINGS).find((s) => form.includes(s));
  if (!separator) return [form];
  return SEPARATOR_SPELLINGS[separator]!.map((spelling) => form.split(separator).join(spelling));
}

/** Reads the forms from the generated pack and match index (`npm run data` writes them). */
export function loadTermForms(): TermForms {
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { terms: PackTerm[] };
  const matchIndex = JSON.parse(readFileSync(MATCH_FILE, 'utf8')) as {
    terms: { forms: { text: string }[] }[];
  };
  const byTerm = pack.terms.map((term) => [term.text, ...term.aliases, ...term.traditional]);
  const derived = matchIndex.terms.flatMap((term) =>
    term.forms.flatMap((form) => pageSpellings(form.text)),
  );
  const all = [...new Set([...byTerm.flat(), ...derived])].sort((a, b) => b.length - a.length);
  return { byTerm, all };
}

/** The source of one RegExp alternation of all forms, each escaped. */
export function alternationSource(forms: readonly string[]): string {
  return forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
