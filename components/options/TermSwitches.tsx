import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { termKey } from '../../lib/pack/term-key';
import { TERM_TIERS, type Pack, type Term } from '../../lib/pack/types';
import { tierName, TierLabel } from '../shared/TierLabel';

/** Whether a term answers what the reader typed: its characters (either script) or its pinyin. */
function termMatches(term: Term, query: string): boolean {
  const q = query.trim().toLowerCase().replaceAll(' ', '');
  if (q === '') return true;
  return (
    [term.text, ...term.aliases, ...term.traditional].some((form) => form.includes(q)) ||
    term.pinyin.replaceAll(' ', '').startsWith(q) ||
    term.initials.startsWith(q)
  );
}

/**
 * A switch for every term of a pack, grouped by tier and in pinyin order, with
 * a box that narrows the list and, per tier, "mark all" and "mark none" for the
 * terms shown.
 */
export function TermSwitches({
  pack,
  disabledTerms,
  onChange,
}: {
  pack: Pack;
  disabledTerms: readonly string[];
  onChange(disabledTerms: string[]): void;
}) {
  const [query, setQuery] = useState('');
  const off = new Set(disabledTerms);
  const setMarked = (terms: readonly Term[], marked: boolean) => {
    const next = new Set(off);
    for (const term of terms) {
      const key = termKey(pack.id, term.id);
      if (marked) next.delete(key);
      else next.add(key);
    }
    onChange([...next]);
  };
  const searchId = `term-search-${pack.id}`;
  const shown = pack.terms
    .filter((term) => termMatches(term, query))
    .sort((a, b) => a.pinyin.localeCompare(b.pinyin));
  return (
    <div class="term-switches">
      <p>
        <label for={searchId}>{t('settingsFindTerm')}</label>{' '}
        <input
          id={searchId}
          type="search"
          class="search-field narrow"
          autocomplete="off"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </p>
      {TERM_TIERS.map((tier) => {
        const terms = shown.filter((term) => term.tier === tier);
        if (terms.length === 0) return null;
        const marked = terms.filter((term) => !off.has(termKey(pack.id, term.id))).length;
        return (
          <fieldset key={tier} class="tier-group">
            <legend>
              {tierName(tier)}{' '}
              <span class="note">{t('settingsTierCount', [marked, terms.length])}</span>
            </legend>
            <p class="bulk">
              <button type="button" class="button" onClick={() => setMarked(terms, true)}>
                {t('settingsMarkAll')}
              </button>
              <button type="button" class="button" onClick={() => setMarked(terms, false)}>
                {t('settingsMarkNone')}
              </button>
            </p>
            <ul class="term-toggles">
              {terms.map((term) => {
                const key = termKey(pack.id, term.id);
                return (
                  <li key={key}>
                    <label lang="zh">
                      <input
                        type="checkbox"
                        checked={!off.has(key)}
                        onChange={(e) => setMarked([term], e.currentTarget.checked)}
                      />{' '}
                      {term.text} <TierLabel tier={term.tier} />
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      {shown.length === 0 && <p class="muted">{t('settingsNoTermFound')}</p>}
    </div>
  );
}
