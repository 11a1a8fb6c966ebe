import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACK_FILE = join(import.meta.dirname, '../../data/generated/ningbo-2022.pack.json');

interface PackTerm {
  text: string;
  aliases: string[];
  traditional: string[];
}

/** Every form of every term the pack marks: the canonical text, aliases and Traditional forms. */
export interface TermForms {
  /** One list per term, canonical form first. */
  byTerm: string[][];
  /** All forms, distinct, longest first (so an alternation prefers the longest at a position). */
  all: string[];
}

/** Reads the forms from the generated pack (`npm run data` writes it). */
export function loadTermForms(): TermForms {
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { terms: PackTerm[] };
  const byTerm = pack.terms.map((term) => [term.text, ...term.aliases, ...term.traditional]);
  const all = [...new Set(byTerm.flat())].sort((a, b) => b.length - a.length);
  return { byTerm, all };
}

/** The source of one RegExp alternation of all forms, each escaped. */
export function alternationSource(forms: readonly string[]): string {
  return forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
