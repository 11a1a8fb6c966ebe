import { t } from '../../lib/i18n';
import { parseTermKey } from '../../lib/pack/term-key';
import type { Pack } from '../../lib/pack/types';
import { updateSettings } from '../../lib/settings/settings-storage';

/**
 * The terms the reader switched off (from a card or the options page), each
 * with a button that marks it again. Nothing shows while none is off.
 */
export function MutedTerms({
  disabledTerms,
  packs,
}: {
  disabledTerms: readonly string[];
  packs: readonly Pack[];
}) {
  const rows = disabledTerms.flatMap((key) => {
    const parsed = parseTermKey(key);
    const pack = packs.find((p) => p.id === parsed?.packId);
    const text = pack?.terms.find((term) => term.id === parsed?.termId)?.text;
    return text ? [{ key, text }] : [];
  });
  if (rows.length === 0) return null;
  const markAgain = (key: string) =>
    void updateSettings({ disabledTerms: disabledTerms.filter((k) => k !== key) });
  return (
    <details class="muted-terms">
      <summary>{t('popupMutedTerms', [rows.length])}</summary>
      <ul>
        {rows.map((row) => (
          <li key={row.key}>
            <span lang="zh">{row.text}</span>{' '}
            <button
              type="button"
              class="link"
              aria-label={t('popupMarkAgainLabel', [row.text])}
              onClick={() => markAgain(row.key)}
            >
              {t('popupMarkAgain')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
