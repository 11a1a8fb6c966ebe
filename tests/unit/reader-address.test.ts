import { describe, expect, it } from 'vitest';
import { parseReaderAddress, readerAddress } from '../../lib/reader/reader-address';

describe('reader addresses', () => {
  it('names a pack and a paragraph, and reads them back', () => {
    expect(readerAddress('my-pack', 'qa-4-p2')).toBe('my-pack:qa-4-p2');
    expect(parseReaderAddress('my-pack:qa-4-p2')).toEqual({
      packId: 'my-pack',
      paragraphId: 'qa-4-p2',
    });
  });

  it('reads a bare paragraph id as one of the first pack', () => {
    expect(parseReaderAddress('qa-4')).toEqual({ paragraphId: 'qa-4' });
  });
});
