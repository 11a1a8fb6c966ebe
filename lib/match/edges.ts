/** A form's edge table, parsed: context → whether it crosses the edge. */
export type EdgeVerdicts = ReadonlyMap<string, boolean>;

/** Parses one side of an `EdgeTable` (see lib/pack/types.ts). */
export function parseEdgeTable(encoded: string): EdgeVerdicts {
  const verdicts = new Map<string, boolean>();
  for (const entry of encoded.split(' ')) {
    if (entry === '') continue;
    if (entry.startsWith('!')) verdicts.set(entry.slice(1), false);
    else verdicts.set(entry, true);
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
