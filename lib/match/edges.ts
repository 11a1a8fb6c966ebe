/** A form's edge table, parsed: context → whether it crosses the edge. */
export type EdgeVerdicts = ReadonlyMap<string, boolean>;

/**
 * Parses one side of an `EdgeTable` (see lib/pack/types.ts): `为!作 奴隶` reads
 * 为 and 奴隶 cross the edge, and 作为 (before) keeps it; after a match, `业!务`
 * reads 业 crosses and 业务 keeps it.
 */
export function parseEdgeTable(encoded: string, side: 'before' | 'after'): EdgeVerdicts {
  const verdicts = new Map<string, boolean>();
  for (const entry of encoded.split(' ')) {
    const [context, kept = ''] = entry.split('!');
    if (!context) continue;
    verdicts.set(context, true);
    for (const other of kept)
      verdicts.set(side === 'before' ? other + context : context + other, false);
  }
  return verdicts;
}

/**
 * Whether the characters before a match (folded, in text order) put its first
 * character inside a word: the pair next to it decides before the single one.
 */
export function crossesBefore(verdicts: EdgeVerdicts, before: string): boolean {
  if (verdicts.size === 0 || before === '') return false;
  return verdicts.get(before.slice(-2)) ?? verdicts.get(before.slice(-1)) ?? false;
}

/** Whether the characters after a match (folded, in text order) put its last character inside a word. */
export function crossesAfter(verdicts: EdgeVerdicts, after: string): boolean {
  if (verdicts.size === 0 || after === '') return false;
  return verdicts.get(after.slice(0, 2)) ?? verdicts.get(after.slice(0, 1)) ?? false;
}
