import type { Term } from '../pack/types';

/** A Latin spelling a term can be found by. */
export interface PinyinForm {
  value: string;
  via: 'pinyin' | 'initials';
}

// Keyboards have no ü: people type v (IME convention) or plain u.
const U_UMLAUT = /ü/g;

/**
 * The Latin forms of a term: pinyin run together, pinyin with spaces, the ü
 * spelled v and u, and the initials. Duplicates (no ü) are dropped.
 */
export function pinyinForms(term: Term): PinyinForm[] {
  const spaced = term.pinyin.toLowerCase();
  const compact = spaced.replace(/ /g, '');
  const values = new Set([
    compact,
    spaced,
    compact.replace(U_UMLAUT, 'v'),
    compact.replace(U_UMLAUT, 'u'),
  ]);
  const forms: PinyinForm[] = [...values]
    .filter((value) => value !== '')
    .map((value) => ({ value, via: 'pinyin' }));
  if (term.initials !== '') forms.push({ value: term.initials.toLowerCase(), via: 'initials' });
  return forms;
}
