/** Identifies a term across packs: `packId:termId`. */
export function termKey(packId: string, termId: string): string {
  return `${packId}:${termId}`;
}

/** Splits a term key; undefined when the key is malformed. */
export function parseTermKey(key: string): { packId: string; termId: string } | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) return undefined;
  return { packId: key.slice(0, colon), termId: key.slice(colon + 1) };
}
