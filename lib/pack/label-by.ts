import type { MessageKey } from '../i18n';
import type { Pack } from './types';

/** Whose a pack's label is: this project's (a bundled pack) or the reader's (an imported one). */
export type LabelBy = 'project' | 'reader';

export const labelBy = (pack: Pick<Pack, 'meta'>): LabelBy => (pack.meta ? 'reader' : 'project');

/** The note shown beside a pack's label, so a label is never taken for the source's own title. */
export const labelNoteKey = (by: LabelBy): MessageKey =>
  by === 'project' ? 'packLabelNote' : 'packLabelYours';
