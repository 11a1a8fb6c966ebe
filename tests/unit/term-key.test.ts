import { describe, expect, it } from 'vitest';
import { parseTermKey, termKey } from '../../lib/pack/term-key';

describe('termKey and parseTermKey', () => {
  it('joins pack and term with a colon, and splits them back', () => {
    expect(termKey('ningbo-2022', 'zheli-yongyou')).toBe('ningbo-2022:zheli-yongyou');
    expect(parseTermKey('ningbo-2022:zheli-yongyou')).toEqual({
      packId: 'ningbo-2022',
      termId: 'zheli-yongyou',
    });
  });

  it('splits at the first colon only', () => {
    expect(parseTermKey('a:b:c')).toEqual({ packId: 'a', termId: 'b:c' });
    expect(parseTermKey(termKey('a', 'b:c'))).toEqual({ packId: 'a', termId: 'b:c' });
  });

  it('rejects keys without both halves', () => {
    for (const key of ['', 'ningbo-2022', ':zheli-yongyou', 'ningbo-2022:', ':']) {
      expect(parseTermKey(key), key).toBeUndefined();
    }
  });
});
