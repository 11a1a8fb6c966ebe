import { t } from '../../lib/i18n';

/** "Saved", beside the controls that were just saved (and announced), empty elsewhere. */
export function SavedNote({ shown }: { shown: boolean }) {
  return (
    <p class="saved" role="status">
      {shown ? t('settingsSaved') : ''}
    </p>
  );
}
