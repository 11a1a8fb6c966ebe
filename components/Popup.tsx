import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';

/** The toolbar popup. Search and the page's term list build on this shell. */
export function Popup() {
  return (
    <main class="page popup">
      <h1>{t('popupTitle')}</h1>
      <p class="muted">{t('extDescription')}</p>
      <p>
        <a class="button" href={browser.runtime.getURL('/sidepanel.html')} target="_blank">
          {t('cardReadFull')}
        </a>{' '}
        <a class="button" href={browser.runtime.getURL('/options.html')} target="_blank">
          {t('optionsTitle')}
        </a>
      </p>
    </main>
  );
}
