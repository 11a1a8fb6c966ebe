import type { Pack } from './types';

/** Whose a pack's label is: this project's (a bundled pack) or the reader's (an imported one). */
export type LabelBy = 'project' | 'reader';

export const labelBy = (pack: Pick<Pack, 'meta'>): LabelBy => (pack.meta ? 'reader' : 'project');
