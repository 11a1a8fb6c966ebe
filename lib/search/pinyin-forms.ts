import type { Term } from '../pack/types';

/** A Latin spelling a term can be found by. */
export interface PinyinForm {
  value: string;
  via: 'pinyin' | 'initials';
  /** Syllables split by spaces, matched only by a query typed with separators. */
  spaced: boolean;
}

// Keyboards have no ü: people type v (IME convention) or plain u.
const U_UMLAUT = /ü/g;

/**
 * The Latin forms of a term: pinyin with spaces and run together, each also with
 * ü spelled v and u, and the initials. Duplicates (no ü) are dropped.
 */
export function pinyinForms(term: Term): PinyinForm[] {
  const syllables = term.pinyin.toLowerCase();
  if (syllables === '') return [];
  const spellings = new Set([
    syllables,
    syllables.replace(U_UMLAUT, 'v'),
    syllables.replace(U_UMLAUT, 'u'),
  ]);
  const forms = [...spellings].flatMap((spelling): PinyinForm[] => [
    { value: spelling.replace(/ /g, ''), via: 'pinyin', spaced: false },
    { value: spelling, via: 'pinyin', spaced: true },
  ]);
  if (term.initials !== '') {
    forms.push({ value: term.initials.toLowerCase(), via: 'initials', spaced: false });
  }
  return forms;
}
