import type { MessageKey } from '../i18n';
import type { Pack } from './types';

type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

/**
 * The reader's one line about the interview shown: whose its label is (this
 * extension's name for the bundled interview, the reader's for one they
 * added), and the source a pack records, never invented.
 */
export function aboutPack(pack: Pick<Pack, 'label' | 'meta'>, t: Translate): string {
  if (!pack.meta) return t('aboutBundledPack', [pack.label]);
  const { source, title, date } = pack.meta;
  const work = [source, title, date].filter(Boolean).join(t('citationSeparator'));
  return t('aboutImportedPack', [work]);
}
