/**
 * Where in the reader: a paragraph id (`qa-4-p2`), or a pack and a paragraph
 * id (`my-pack:qa-4-p2`) when several packs are loaded. A bare paragraph id is
 * in the first pack, so deep links made before packs could be imported still work.
 */
export interface ReaderAddress {
  packId?: string;
  paragraphId: string;
}

export const readerAddress = (packId: string, paragraphId: string): string =>
  `${packId}:${paragraphId}`;

export function parseReaderAddress(address: string): ReaderAddress {
  const colon = address.lastIndexOf(':');
  return colon < 0
    ? { paragraphId: address }
    : { packId: address.slice(0, colon), paragraphId: address.slice(colon + 1) };
}
